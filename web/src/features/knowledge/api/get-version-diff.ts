import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export const versionDiffSchema = z.object({
  from: z.number(),
  to: z.number(),
  changes: z.number(),
  diff: z.string(),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

/** GET /api/v1/documents/{id}/diff?from=&to= — unified diff of two versions' extracted text. */
export function getVersionDiff(id: string, from: number, to: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/documents/${encodeURIComponent(id)}/diff`, {
    query: { from, to },
    schema: versionDiffSchema,
    signal,
  });
}

export function useVersionDiff(id: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [...documentsQueryKey, 'diff', id, from, to],
    queryFn: ({ signal }) => getVersionDiff(id, from ?? 0, to ?? 0, signal),
    enabled: from !== undefined && to !== undefined && from !== to,
    staleTime: Infinity,
  });
}
