import { describe, expect, it, vi } from 'vitest';

import type { RealtimeEnvelope } from '@/lib/realtime-client';
import { dispatchRealtime, subscribeRealtime } from '@/lib/realtime-events';

function envelope(type: string, data: unknown): RealtimeEnvelope {
  return { type, tenantId: 't', data, timestamp: '2026-01-01T00:00:00Z', id: '1' };
}

describe('realtime events', () => {
  it('reach the subscribers of their type until they unsubscribe', () => {
    const listener = vi.fn();
    const other = vi.fn();
    const unsubscribe = subscribeRealtime('knowledge:index_rebuild', listener);
    subscribeRealtime('document:processing', other);
    dispatchRealtime(envelope('knowledge:index_rebuild', { id: 'a' }));
    unsubscribe();
    dispatchRealtime(envelope('knowledge:index_rebuild', { id: 'b' }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ data: { id: 'a' } });
    expect(other).not.toHaveBeenCalled();
  });
});
