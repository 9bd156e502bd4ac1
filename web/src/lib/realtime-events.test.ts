import { describe, expect, it, vi } from 'vitest';

import type { RealtimeEnvelope } from '@/lib/realtime-client';
import { dispatchRealtimeEvent, subscribeRealtimeEvents } from '@/lib/realtime-events';

function envelope(type: string, data: unknown): RealtimeEnvelope {
  return { type, tenantId: 't', data, timestamp: '2026-01-01T00:00:00Z', id: '1' };
}

describe('realtime events', () => {
  it('reaches subscribers until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeRealtimeEvents(listener);
    dispatchRealtimeEvent(envelope('knowledge:index_rebuild', { id: 'a' }));
    unsubscribe();
    dispatchRealtimeEvent(envelope('knowledge:index_rebuild', { id: 'b' }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ data: { id: 'a' } });
  });
});
