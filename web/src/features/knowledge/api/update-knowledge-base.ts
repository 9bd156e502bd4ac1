import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { KnowledgeBaseInput } from '@/features/knowledge/api/create-knowledge-base';
import {
  knowledgeBaseSchema,
  knowledgeBasesQueryKey,
} from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

/** PUT /api/v1/knowledge-bases/{id} (kb:admin) — name, description and who may read and edit. */
export function updateKnowledgeBase({ id, ...input }: KnowledgeBaseInput & { id: string }) {
  return apiRequest(`/api/v1/knowledge-bases/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: input,
    schema: knowledgeBaseSchema,
  });
}

export function useUpdateKnowledgeBase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateKnowledgeBase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeBasesQueryKey }),
    meta: { errorToast: false },
  });
}
