import { useEffect, useRef } from 'react';

/** Calls `callback` once the calls have stopped for `delayMs` (e.g. search-as-you-type). */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs = 300,
): (...args: A) => void {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  return (...args: A) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      latest.current(...args);
    }, delayMs);
  };
}
