import { useMutation, useQueryClient } from '@tanstack/react-query';

import { documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

/** DELETE /api/v1/documents/{id} — out of search at once. */
export function deleteDocument(id: string) {
  return apiRequest(`/api/v1/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    // Marked stale without refetching now: the deleted document's own page would only get a 404.
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: documentsQueryKey, refetchType: 'none' }),
  });
}
