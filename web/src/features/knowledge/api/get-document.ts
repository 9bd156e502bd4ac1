import { queryOptions, useQuery } from '@tanstack/react-query';

import { documentSchema, documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { processingRefetchInterval } from '@/features/knowledge/api/processing-updates';
import { apiRequest } from '@/lib/api-client';

/** GET /api/v1/documents/{id}; `withContent` adds the extracted text (`?include=content`). */
export function getDocument(id: string, withContent: boolean, signal?: AbortSignal) {
  return apiRequest(`/api/v1/documents/${encodeURIComponent(id)}`, {
    query: { include: withContent ? 'content' : undefined },
    schema: documentSchema,
    signal,
  });
}

export function documentQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...documentsQueryKey, 'detail', id],
    queryFn: ({ signal }) => getDocument(id, false, signal),
    // Polls for status only while its events cannot reach us (see processingRefetchInterval).
    refetchInterval: (query) =>
      processingRefetchInterval(query.state.data ? [query.state.data] : undefined),
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({ ...documentQueryOptions(id ?? ''), enabled: Boolean(id) });
}

/** The extracted text of the version search serves; fetched once per version. */
export function useDocumentContent(id: string, version: number | null | undefined) {
  return useQuery({
    queryKey: [...documentsQueryKey, 'content', id, version],
    queryFn: ({ signal }) => getDocument(id, true, signal),
    select: (document) => document.content ?? '',
    enabled: version !== null && version !== undefined,
    staleTime: Infinity,
  });
}
