import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

export const indexRebuildStatusSchema = z.enum(['queued', 'running', 'completed', 'failed']);
export type IndexRebuildStatus = z.infer<typeof indexRebuildStatusSchema>;

/** One search index rebuild: the API's answer and the `knowledge:index_rebuild` event's data. */
export const indexRebuildSchema = z.object({
  id: z.string(),
  status: indexRebuildStatusSchema,
  entitiesTotal: z.number(),
  entitiesDone: z.number(),
  removedEntries: z.number().default(0),
  requestedBy: z.string().nullish(),
  requestedAt: z.string().nullish(),
  startedAt: z.string().nullish(),
  finishedAt: z.string().nullish(),
  error: z.string().nullish(),
});
export type IndexRebuild = z.infer<typeof indexRebuildSchema>;

export const indexRebuildsQueryKey = ['knowledge', 'index-rebuilds'] as const;

/** How many of the latest rebuilds the panel lists. */
export const RECENT_REBUILDS = 5;

/** How often an unfinished rebuild is asked for again when live updates are not arriving. */
export const REBUILD_POLL_MS = 1000;

export function isActive(rebuild: IndexRebuild | undefined): boolean {
  return rebuild?.status === 'queued' || rebuild?.status === 'running';
}

/** 0–100: the share of the searchable chunks re-indexed so far. */
export function rebuildPercent(rebuild: IndexRebuild): number {
  if (rebuild.status === 'completed') return 100;
  if (rebuild.entitiesTotal <= 0) return 0;
  return Math.min(100, (rebuild.entitiesDone / rebuild.entitiesTotal) * 100);
}

/** GET /api/v1/knowledge-base/index/rebuilds — the latest first (kb:admin). */
export function getIndexRebuilds(signal?: AbortSignal) {
  return apiRequest('/api/v1/knowledge-base/index/rebuilds', {
    query: { page: 0, size: RECENT_REBUILDS },
    schema: pageSchema(indexRebuildSchema),
    signal,
  });
}

export function indexRebuildsQueryOptions(pollWhileActive: boolean) {
  return queryOptions({
    queryKey: indexRebuildsQueryKey,
    queryFn: ({ signal }) => getIndexRebuilds(signal),
    refetchInterval: (query) =>
      pollWhileActive && isActive(query.state.data?.items[0]) ? REBUILD_POLL_MS : false,
  });
}

/** The latest rebuilds; polls an unfinished one only when `pollWhileActive` (no live updates). */
export function useIndexRebuilds(pollWhileActive: boolean) {
  return useQuery(indexRebuildsQueryOptions(pollWhileActive));
}

/** POST /api/v1/knowledge-base/index/rebuild — 202 with the queued rebuild, 409 if one runs. */
export function startIndexRebuild() {
  return apiRequest('/api/v1/knowledge-base/index/rebuild', {
    method: 'POST',
    schema: indexRebuildSchema,
  });
}

export function useStartIndexRebuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startIndexRebuild,
    onSettled: () => queryClient.invalidateQueries({ queryKey: indexRebuildsQueryKey }),
  });
}
