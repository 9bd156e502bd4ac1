import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { documentSchema, documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { processingRefetchInterval } from '@/features/knowledge/api/processing-updates';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

export interface DocumentsQuery {
  knowledgeBaseId: string;
  page: number;
  size: number;
}

/** GET /api/v1/knowledge-bases/{id}/documents — newest first, only those the caller may read. */
export function getDocuments({ knowledgeBaseId, ...query }: DocumentsQuery, signal?: AbortSignal) {
  return apiRequest(`/api/v1/knowledge-bases/${encodeURIComponent(knowledgeBaseId)}/documents`, {
    query: { ...query },
    schema: pageSchema(documentSchema),
    signal,
  });
}

export function documentsQueryOptions(query: DocumentsQuery) {
  return queryOptions({
    queryKey: [...documentsQueryKey, 'list', query],
    queryFn: ({ signal }) => getDocuments(query, signal),
    placeholderData: keepPreviousData,
    // Polls for status only while events about listed documents cannot reach us.
    refetchInterval: (query) => processingRefetchInterval(query.state.data?.items),
  });
}

export function useDocuments(query: DocumentsQuery) {
  return useQuery(documentsQueryOptions(query));
}
