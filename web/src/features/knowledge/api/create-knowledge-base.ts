import { useMutation, useQueryClient } from '@tanstack/react-query';

import {
  knowledgeBaseSchema,
  knowledgeBasesQueryKey,
  type Principal,
} from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export interface KnowledgeBaseInput {
  name: string;
  description?: string | undefined;
  readers: Principal[];
  editors: Principal[];
}

/** POST /api/v1/knowledge-bases (kb:admin) */
export function createKnowledgeBase(input: KnowledgeBaseInput) {
  return apiRequest('/api/v1/knowledge-bases', {
    method: 'POST',
    body: input,
    schema: knowledgeBaseSchema,
  });
}

export function useCreateKnowledgeBase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createKnowledgeBase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeBasesQueryKey }),
    meta: { errorToast: false },
  });
}
