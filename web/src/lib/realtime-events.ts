import { useEffect, useRef } from 'react';

import type { RealtimeEnvelope } from '@/lib/realtime-client';

type Listener = (event: RealtimeEnvelope) => void;

const listeners = new Set<Listener>();

/** Hands an event from the app shell's one connection to every feature listening for it. */
export function dispatchRealtimeEvent(event: RealtimeEnvelope): void {
  for (const listener of listeners) listener(event);
}

export function subscribeRealtimeEvents(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Calls `onEvent` with the data of every event of this type while the component is mounted. */
export function useRealtimeEvent(type: string, onEvent: (data: unknown) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(
    () =>
      subscribeRealtimeEvents((event) => {
        if (event.type === type) handler.current(event.data);
      }),
    [type],
  );
}
