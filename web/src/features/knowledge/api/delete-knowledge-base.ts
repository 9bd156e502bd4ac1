import { useMutation, useQueryClient } from '@tanstack/react-query';

import { knowledgeBasesQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

/** DELETE /api/v1/knowledge-bases/{id} (kb:admin) — 409 while it still holds documents. */
export function deleteKnowledgeBase(id: string) {
  return apiRequest(`/api/v1/knowledge-bases/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteKnowledgeBase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteKnowledgeBase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeBasesQueryKey }),
    meta: { errorToast: false },
  });
}
