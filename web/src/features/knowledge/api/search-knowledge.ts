import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import {
  knowledgeQueryKey,
  searchResultSchema,
  type SearchMode,
} from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export interface KnowledgeSearch {
  q: string;
  mode: SearchMode;
  knowledgeBaseId?: string | undefined;
  tags: string[];
  limit: number;
}

/** POST /api/v1/knowledge-base/search — only chunks the caller may read are ranked. */
export function searchKnowledge(search: KnowledgeSearch, signal?: AbortSignal) {
  return apiRequest('/api/v1/knowledge-base/search', {
    method: 'POST',
    body: {
      q: search.q,
      mode: search.mode,
      limit: search.limit,
      knowledgeBaseId: search.knowledgeBaseId === '' ? undefined : search.knowledgeBaseId,
      tags: search.tags.length > 0 ? search.tags : undefined,
    },
    schema: searchResultSchema,
    signal,
  });
}

export function knowledgeSearchQueryOptions(search: KnowledgeSearch) {
  return queryOptions({
    queryKey: [...knowledgeQueryKey, 'search', search],
    queryFn: ({ signal }) => searchKnowledge(search, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useKnowledgeSearch(search: KnowledgeSearch) {
  return useQuery({ ...knowledgeSearchQueryOptions(search), enabled: search.q.trim() !== '' });
}
