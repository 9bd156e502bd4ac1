import { queryOptions, useQuery } from '@tanstack/react-query';

import {
  knowledgeBaseSchema,
  knowledgeBasesQueryKey,
} from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

/** GET /api/v1/knowledge-bases/{id} */
export function getKnowledgeBase(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/v1/knowledge-bases/${encodeURIComponent(id)}`, {
    schema: knowledgeBaseSchema,
    signal,
  });
}

export function knowledgeBaseQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...knowledgeBasesQueryKey, 'detail', id],
    queryFn: ({ signal }) => getKnowledgeBase(id, signal),
  });
}

export function useKnowledgeBase(id: string | undefined) {
  return useQuery({ ...knowledgeBaseQueryOptions(id ?? ''), enabled: Boolean(id) });
}
