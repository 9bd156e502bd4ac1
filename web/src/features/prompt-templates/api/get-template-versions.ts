import { queryOptions, useQuery } from '@tanstack/react-query';

import {
  promptTemplatesQueryKey,
  templateSummarySchema,
} from '@/features/prompt-templates/api/template-schema';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

/** GET /api/v1/prompt-templates/{id}/versions — newest first. */
export function getTemplateVersions(id: string, page: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/prompt-templates/${encodeURIComponent(id)}/versions`, {
    query: { page, size: 20 },
    schema: pageSchema(templateSummarySchema),
    signal,
  });
}

export function useTemplateVersions(id: string | undefined, page: number) {
  return useQuery(
    queryOptions({
      queryKey: [...promptTemplatesQueryKey, 'versions', id, page],
      queryFn: ({ signal }) => getTemplateVersions(id ?? '', page, signal),
      enabled: Boolean(id),
    }),
  );
}
