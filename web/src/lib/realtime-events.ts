import { useEffect, useRef } from 'react';

import type { RealtimeEnvelope } from '@/lib/realtime-client';

type Listener = (event: RealtimeEnvelope) => void;

const listeners = new Map<string, Set<Listener>>();

/**
 * Lets features react to real-time events of one type (`document:processing`, …) that arrive
 * over the app shell's one WebSocket connection. Returns the unsubscribe function.
 */
export function subscribeRealtime(type: string, listener: Listener): () => void {
  let set = listeners.get(type);
  if (!set) {
    set = new Set();
    listeners.set(type, set);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** Hands an event to the listeners of its type (called by the app shell's connection). */
export function dispatchRealtime(event: RealtimeEnvelope) {
  for (const listener of listeners.get(event.type) ?? []) {
    listener(event);
  }
}

/** Calls `onEvent` with the data of every event of this type while the component is mounted. */
export function useRealtimeEvent(type: string, onEvent: (data: unknown) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(
    () =>
      subscribeRealtime(type, (event) => {
        handler.current(event.data);
      }),
    [type],
  );
}
