import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import {
  knowledgeBaseSchema,
  knowledgeBasesQueryKey,
} from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

export interface KnowledgeBasesQuery {
  page: number;
  size: number;
}

/** GET /api/v1/knowledge-bases — the ones the caller may read, paged. */
export function getKnowledgeBases(query: KnowledgeBasesQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/knowledge-bases', {
    query: { ...query },
    schema: pageSchema(knowledgeBaseSchema),
    signal,
  });
}

export function knowledgeBasesQueryOptions(query: KnowledgeBasesQuery) {
  return queryOptions({
    queryKey: [...knowledgeBasesQueryKey, 'list', query],
    queryFn: ({ signal }) => getKnowledgeBases(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useKnowledgeBases(query: KnowledgeBasesQuery) {
  return useQuery(knowledgeBasesQueryOptions(query));
}
