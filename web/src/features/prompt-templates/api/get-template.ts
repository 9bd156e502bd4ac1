import { queryOptions, useQuery } from '@tanstack/react-query';

import {
  promptTemplatesQueryKey,
  templateSchema,
} from '@/features/prompt-templates/api/template-schema';
import { apiRequest } from '@/lib/api-client';

/** GET /api/v1/prompt-templates/{id}, or /versions/{n} for one version. */
export function getTemplate(id: string, version?: number, signal?: AbortSignal) {
  const base = `/api/v1/prompt-templates/${encodeURIComponent(id)}`;
  return apiRequest(version ? `${base}/versions/${version}` : base, {
    schema: templateSchema,
    signal,
  });
}

export function useTemplate(id: string | undefined, version?: number) {
  return useQuery(
    queryOptions({
      queryKey: [...promptTemplatesQueryKey, 'detail', id, version ?? 'latest'],
      queryFn: ({ signal }) => getTemplate(id ?? '', version, signal),
      enabled: Boolean(id),
    }),
  );
}
