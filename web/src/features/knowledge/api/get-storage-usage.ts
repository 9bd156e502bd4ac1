import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { knowledgeQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export const storageUsageSchema = z.object({
  usedBytes: z.number(),
  /** Null when the organisation has no limit. */
  limitBytes: z.number().nullish(),
});
export type StorageUsage = z.infer<typeof storageUsageSchema>;

export const storageUsageQueryKey = [...knowledgeQueryKey, 'usage'] as const;

/** GET /api/v1/knowledge-bases/usage — bytes of files the organisation stores, and its limit. */
export function getStorageUsage(signal?: AbortSignal) {
  return apiRequest('/api/v1/knowledge-bases/usage', { schema: storageUsageSchema, signal });
}

export function storageUsageQueryOptions() {
  return queryOptions({
    queryKey: storageUsageQueryKey,
    queryFn: ({ signal }) => getStorageUsage(signal),
    staleTime: 30_000,
  });
}

export function useStorageUsage() {
  return useQuery(storageUsageQueryOptions());
}
