import { queryOptions, useQuery } from '@tanstack/react-query';

import { providerSchema } from '@/features/ai-providers/api/provider-schema';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

export const aiQueryKey = ['ai'] as const;

/** GET /api/v1/ai/providers — the organisation's model providers, by name. */
export function getProviders(signal?: AbortSignal) {
  return apiRequest('/api/v1/ai/providers', {
    query: { page: 0, size: 100 },
    schema: pageSchema(providerSchema),
    signal,
  });
}

export function providersQueryOptions() {
  return queryOptions({
    queryKey: [...aiQueryKey, 'providers'],
    queryFn: ({ signal }) => getProviders(signal),
  });
}

export function useProviders() {
  return useQuery(providersQueryOptions());
}
