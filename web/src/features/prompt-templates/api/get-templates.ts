import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import {
  promptTemplatesQueryKey,
  templateSummarySchema,
} from '@/features/prompt-templates/api/template-schema';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

/** GET /api/v1/prompt-templates — latest versions, by name. */
export function getTemplates(query: { page: number; size: number }, signal?: AbortSignal) {
  return apiRequest('/api/v1/prompt-templates', {
    query: { ...query },
    schema: pageSchema(templateSummarySchema),
    signal,
  });
}

export function useTemplates(query: { page: number; size: number }) {
  return useQuery(
    queryOptions({
      queryKey: [...promptTemplatesQueryKey, 'list', query],
      queryFn: ({ signal }) => getTemplates(query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
