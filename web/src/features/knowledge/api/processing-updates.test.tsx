import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';

import {
  documentsQueryKey,
  type KnowledgeDocument,
} from '@/features/knowledge/api/knowledge-schema';
import {
  PROCESSING_POLL_MS,
  applyProcessingEvent,
  eventAudienceStore,
  processingRefetchInterval,
  receivesEvents,
  useProcessingUpdates,
} from '@/features/knowledge/api/processing-updates';
import { processingPercent } from '@/features/knowledge/components/processing';
import { authStore } from '@/lib/auth-store';
import { realtimeStatusStore } from '@/lib/realtime-client';
import { dispatchRealtime } from '@/lib/realtime-events';
import { jsonResponse, mockFetch } from '@/testing/test-utils';
import type { Page } from '@/types/api';

function document(overrides: Partial<KnowledgeDocument> = {}): KnowledgeDocument {
  return {
    id: 'd1',
    knowledgeBaseId: 'kb',
    title: 'Handbook',
    status: 'extracting',
    progress: 0,
    latestVersion: 1,
    size: 10,
    uploadedBy: 'me',
    ...overrides,
  };
}

afterEach(() => {
  realtimeStatusStore.setState({ status: 'offline' });
  eventAudienceStore.setState({ userId: null, kbAdmin: false });
});

describe('processingRefetchInterval', () => {
  it('polls every second while a document is in the pipeline and no events reach us', () => {
    expect(processingRefetchInterval([{ status: 'indexed' }, { status: 'stored' }])).toBe(
      PROCESSING_POLL_MS,
    );
    expect(processingRefetchInterval([{ status: 'fetching' }])).toBe(1000);
  });

  it('stops once every document is indexed or failed, and before any data', () => {
    expect(processingRefetchInterval([{ status: 'indexed' }, { status: 'failed' }])).toBe(false);
    expect(processingRefetchInterval([])).toBe(false);
    expect(processingRefetchInterval(undefined)).toBe(false);
  });

  it('does not poll while the socket is live and brings the events of our own uploads', () => {
    realtimeStatusStore.setState({ status: 'live' });
    eventAudienceStore.setState({ userId: 'me', kbAdmin: false });
    expect(processingRefetchInterval([{ status: 'embedding', uploadedBy: 'me' }])).toBe(false);
    // someone else's upload: its events go to them and to kb admins, so keep polling
    expect(processingRefetchInterval([{ status: 'embedding', uploadedBy: 'other' }])).toBe(1000);
  });

  it('falls back to polling when the socket is down', () => {
    eventAudienceStore.setState({ userId: 'me', kbAdmin: true });
    realtimeStatusStore.setState({ status: 'connecting' });
    expect(processingRefetchInterval([{ status: 'chunking', uploadedBy: 'me' }])).toBe(1000);
  });
});

describe('receivesEvents', () => {
  it('holds for kb admins and for the uploader, only while live', () => {
    expect(receivesEvents('x', { userId: 'me', kbAdmin: true }, 'live')).toBe(true);
    expect(receivesEvents('me', { userId: 'me', kbAdmin: false }, 'live')).toBe(true);
    expect(receivesEvents(null, { userId: null, kbAdmin: false }, 'live')).toBe(false);
    expect(receivesEvents('me', { userId: 'me', kbAdmin: true }, 'offline')).toBe(false);
  });
});

describe('applyProcessingEvent', () => {
  function cache() {
    const client = new QueryClient();
    client.setQueryData([...documentsQueryKey, 'detail', 'd1'], document());
    client.setQueryData<Page<KnowledgeDocument>>(
      [...documentsQueryKey, 'list', { knowledgeBaseId: 'kb', page: 0, size: 20 }],
      { items: [document(), document({ id: 'd2' })], page: 0, size: 20, total: 2 },
    );
    return client;
  }

  it('moves the cached document and its list row to the event status', () => {
    const client = cache();
    applyProcessingEvent(client, {
      documentId: 'd1',
      versionNumber: 1,
      status: 'embedding',
      stage: 'embedding',
      progress: 40,
    });
    const detail = client.getQueryData<KnowledgeDocument>([...documentsQueryKey, 'detail', 'd1']);
    expect(detail).toMatchObject({ status: 'embedding', progress: 40 });
    const list = client.getQueriesData<Page<KnowledgeDocument>>({
      queryKey: [...documentsQueryKey, 'list'],
    })[0]?.[1];
    expect(list?.items.map((item) => item.status)).toEqual(['embedding', 'extracting']);
  });

  it('ignores events of an older version', () => {
    const client = cache();
    client.setQueryData([...documentsQueryKey, 'detail', 'd1'], document({ latestVersion: 2 }));
    applyProcessingEvent(client, {
      documentId: 'd1',
      versionNumber: 1,
      status: 'failed',
      progress: 0,
      statusReason: 'old news',
    });
    expect(
      client.getQueryData<KnowledgeDocument>([...documentsQueryKey, 'detail', 'd1'])?.status,
    ).toBe('extracting');
  });

  it('refetches documents once one is indexed, but never the extracted text', () => {
    const client = cache();
    client.setQueryData([...documentsQueryKey, 'content', 'd1', 1], document());
    applyProcessingEvent(client, {
      documentId: 'd1',
      versionNumber: 1,
      status: 'indexed',
      progress: 100,
    });
    const stale = client
      .getQueryCache()
      .getAll()
      .filter((query) => query.isStale())
      .map((query) => query.queryKey[2]);
    expect(stale).toContain('detail');
    expect(stale).toContain('list');
    expect(stale).not.toContain('content');
  });
});

describe('applyProcessingEvent after an import is fetched', () => {
  it('refetches the document, whose file name and size are known now', () => {
    const client = new QueryClient();
    client.setQueryData(
      [...documentsQueryKey, 'detail', 'd1'],
      document({ status: 'fetching', size: 0 }),
    );
    applyProcessingEvent(client, {
      documentId: 'd1',
      versionNumber: 1,
      status: 'stored',
      progress: 0,
    });
    const query = client.getQueryCache().find({ queryKey: [...documentsQueryKey, 'detail', 'd1'] });
    expect(query?.state.data).toMatchObject({ status: 'stored' });
    expect(query?.isStale()).toBe(true);
  });
});

describe('processingPercent', () => {
  it('moves forward through the stages and reaches 100 only at the end', () => {
    const steps = [
      processingPercent('fetching', 0),
      processingPercent('stored', 0),
      processingPercent('extracting', 0),
      processingPercent('chunking', 0),
      processingPercent('embedding', 0),
      processingPercent('embedding', 99),
      processingPercent('indexed', 100),
    ];
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(steps[5]).toBeLessThan(100);
    expect(steps[6]).toBe(100);
    expect(processingPercent('embedding', 250)).toBe(99);
  });
});

describe('useProcessingUpdates', () => {
  it('writes document:processing events from the app connection into the cache', async () => {
    authStore.getState().setSession('token', 300);
    mockFetch(() =>
      jsonResponse(200, {
        id: 'me',
        email: 'a@example.com',
        name: 'Ada',
        status: 'active',
        permissions: [],
      }),
    );
    const client = new QueryClient();
    client.setQueryData([...documentsQueryKey, 'detail', 'd1'], document());
    const { unmount } = renderHook(
      () => {
        useProcessingUpdates();
      },
      {
        wrapper: ({ children }) => (
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        ),
      },
    );
    dispatchRealtime({
      type: 'document:processing',
      tenantId: 't',
      id: 'e1',
      timestamp: '2026-11-26T10:00:00Z',
      data: { documentId: 'd1', versionNumber: 1, status: 'chunking', progress: 0 },
    });
    expect(
      client.getQueryData<KnowledgeDocument>([...documentsQueryKey, 'detail', 'd1'])?.status,
    ).toBe('chunking');
    await vi.waitFor(() => {
      expect(eventAudienceStore.getState().userId).toBe('me');
    });
    unmount();
    dispatchRealtime({
      type: 'document:processing',
      tenantId: 't',
      id: 'e2',
      timestamp: '2026-11-26T10:00:01Z',
      data: { documentId: 'd1', versionNumber: 1, status: 'embedding', progress: 0 },
    });
    expect(
      client.getQueryData<KnowledgeDocument>([...documentsQueryKey, 'detail', 'd1'])?.status,
    ).toBe('chunking');
  });
});
