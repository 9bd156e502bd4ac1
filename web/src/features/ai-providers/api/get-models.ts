import { queryOptions, useQuery } from '@tanstack/react-query';

import { aiQueryKey } from '@/features/ai-providers/api/get-providers';
import { modelSchema } from '@/features/ai-providers/api/provider-schema';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

/** GET /api/v1/ai/models — every usable model: listed by its provider, configured, or both. */
export function getModels(signal?: AbortSignal) {
  return apiRequest('/api/v1/ai/models', {
    query: { page: 0, size: 500 },
    schema: pageSchema(modelSchema),
    signal,
  });
}

export function modelsQueryOptions() {
  return queryOptions({
    queryKey: [...aiQueryKey, 'models'],
    queryFn: ({ signal }) => getModels(signal),
  });
}

export function useModels() {
  return useQuery(modelsQueryOptions());
}
