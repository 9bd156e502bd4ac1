import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';
import { createStore } from 'zustand/vanilla';

import {
  documentStatusSchema,
  documentsQueryKey,
  knowledgeQueryKey,
  type DocumentStatus,
  type KnowledgeDocument,
} from '@/features/knowledge/api/knowledge-schema';
import { useHasPermission, useMe } from '@/lib/auth';
import { permissions } from '@/lib/permissions';
import { realtimeStatusStore, type RealtimeStatus } from '@/lib/realtime-client';
import { subscribeRealtime } from '@/lib/realtime-events';
import type { Page } from '@/types/api';

/** How often a document still in the pipeline is asked for again while no events reach us. */
export const PROCESSING_POLL_MS = 1000;

export const PROCESSING_EVENT = 'document:processing';

export function isFinal(status: DocumentStatus): boolean {
  return status === 'indexed' || status === 'failed';
}

/**
 * Who the server sends `document:processing` events to: the person who uploaded the version
 * and holders of kb:admin. Kept up to date by {@link useProcessingUpdates}.
 */
export interface EventAudience {
  userId: string | null;
  kbAdmin: boolean;
}

export const eventAudienceStore = createStore<EventAudience>()(() => ({
  userId: null,
  kbAdmin: false,
}));

/** A document or version still being watched: its status and who uploaded it. */
export interface Watched {
  status: DocumentStatus;
  uploadedBy?: string | null | undefined;
}

/** Whether events about this upload reach us now (socket live, and we are in the audience). */
export function receivesEvents(
  uploadedBy: string | null | undefined,
  audience: EventAudience = eventAudienceStore.getState(),
  socket: RealtimeStatus = realtimeStatusStore.getState().status,
): boolean {
  if (socket !== 'live') return false;
  return audience.kbAdmin || (Boolean(uploadedBy) && uploadedBy === audience.userId);
}

/**
 * The refetch interval for queries holding documents: none once all are indexed or failed, none
 * while the WebSocket brings their `document:processing` events; polling only for documents in
 * the pipeline whose events do not reach us (socket down, or someone else's upload).
 */
export function processingRefetchInterval(items: readonly Watched[] | undefined): number | false {
  if (!items) return false;
  const pending = items.filter((item) => !isFinal(item.status));
  if (pending.length === 0) return false;
  return pending.every((item) => receivesEvents(item.uploadedBy)) ? false : PROCESSING_POLL_MS;
}

export const processingEventSchema = z.object({
  documentId: z.string(),
  versionNumber: z.number(),
  status: documentStatusSchema,
  stage: z.string().nullish(),
  progress: z.number().default(0),
  statusReason: z.string().nullish(),
});
export type ProcessingEvent = z.infer<typeof processingEventSchema>;

/**
 * Writes an event into the cached document and document lists; a finished stage (indexed,
 * failed), a fetched import or a version the cache does not know yet refetches them (current
 * version, file name and size, chunk counts, versions list, storage used).
 */
export function applyProcessingEvent(queryClient: QueryClient, event: ProcessingEvent) {
  const detailKey = [...documentsQueryKey, 'detail', event.documentId];
  const listKey = [...documentsQueryKey, 'list'];
  const cached = [
    queryClient.getQueryData<KnowledgeDocument>(detailKey),
    ...queryClient
      .getQueriesData<Page<KnowledgeDocument>>({ queryKey: listKey })
      .flatMap(([, page]) => page?.items ?? []),
  ].filter((document) => document?.id === event.documentId);
  const unknownVersion = cached.some(
    (document) => document !== undefined && event.versionNumber > document.latestVersion,
  );
  // an import's file has just arrived: its name, type and size are known from now on
  const fetched = cached.some((document) => document?.status === 'fetching');
  const patch = (document: KnowledgeDocument): KnowledgeDocument =>
    document.id !== event.documentId || event.versionNumber !== document.latestVersion
      ? document
      : {
          ...document,
          status: event.status,
          stage: event.stage,
          progress: event.progress,
          statusReason: event.statusReason,
        };
  queryClient.setQueryData<KnowledgeDocument>(detailKey, (document) =>
    document ? patch(document) : document,
  );
  queryClient.setQueriesData<Page<KnowledgeDocument>>({ queryKey: listKey }, (page) =>
    page ? { ...page, items: page.items.map(patch) } : page,
  );
  if (isFinal(event.status) || unknownVersion || fetched) {
    void queryClient.invalidateQueries({ predicate: (query) => isStatusQuery(query.queryKey) });
  }
}

/** Documents, lists, versions and storage usage; never the (large, immutable) extracted text. */
function isStatusQuery(key: QueryKey): boolean {
  if (key[0] !== knowledgeQueryKey[0]) return false;
  if (key[1] === 'usage') return true;
  return key[1] === documentsQueryKey[1] && ['detail', 'list', 'versions'].includes(String(key[2]));
}

/**
 * Live processing status for the knowledge pages: `document:processing` events from the app's
 * WebSocket update the cache; when the socket drops, queries with documents in the pipeline fall
 * back to polling, and when it comes back they catch up once.
 */
export function useProcessingUpdates() {
  const queryClient = useQueryClient();
  const me = useMe();
  const kbAdmin = useHasPermission(permissions.kbAdmin);
  const userId = me.data?.id ?? null;

  useEffect(() => {
    eventAudienceStore.setState({ userId, kbAdmin });
  }, [userId, kbAdmin]);

  useEffect(() => {
    const unsubscribe = subscribeRealtime(PROCESSING_EVENT, (event) => {
      const parsed = processingEventSchema.safeParse(event.data);
      if (parsed.success) applyProcessingEvent(queryClient, parsed.data);
    });
    const unwatch = realtimeStatusStore.subscribe((state, previous) => {
      if (state.status === previous.status) return;
      if (state.status === 'live' || previous.status === 'live') {
        // dropped: refetching re-evaluates the intervals, so polling starts; back: catch up
        void queryClient.invalidateQueries({ predicate: (query) => isStatusQuery(query.queryKey) });
      }
    });
    return () => {
      unsubscribe();
      unwatch();
    };
  }, [queryClient]);
}
