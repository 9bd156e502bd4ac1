import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { documentsQueryKey, versionSchema } from '@/features/knowledge/api/knowledge-schema';
import { processingRefetchInterval } from '@/features/knowledge/api/processing-updates';
import { apiRequest } from '@/lib/api-client';

/** GET /api/v1/documents/{id}/versions — newest first. */
export function getDocumentVersions(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/v1/documents/${encodeURIComponent(id)}/versions`, {
    schema: z.array(versionSchema),
    signal,
  });
}

export function documentVersionsQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...documentsQueryKey, 'versions', id],
    queryFn: ({ signal }) => getDocumentVersions(id, signal),
    refetchInterval: (query) =>
      processingRefetchInterval(query.state.data?.map((version) => version.status)),
  });
}

export function useDocumentVersions(id: string) {
  return useQuery(documentVersionsQueryOptions(id));
}
