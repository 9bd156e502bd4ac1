import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiKeySchema } from '@/features/api-keys/api/api-key-schema';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

export const apiKeysQueryKey = ['api-keys'] as const;

/** GET /api/v1/api-keys — the organisation's keys, newest first. */
export function getApiKeys(page: number, size: number, signal?: AbortSignal) {
  return apiRequest('/api/v1/api-keys', {
    query: { page, size },
    schema: pageSchema(apiKeySchema),
    signal,
  });
}

export function apiKeysQueryOptions(page: number, size: number) {
  return queryOptions({
    queryKey: [...apiKeysQueryKey, 'list', page, size],
    queryFn: ({ signal }) => getApiKeys(page, size, signal),
    placeholderData: keepPreviousData,
  });
}

export function useApiKeys(page: number, size: number) {
  return useQuery(apiKeysQueryOptions(page, size));
}
