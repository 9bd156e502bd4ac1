import { useMutation, useQueryClient } from '@tanstack/react-query';

import { documentSchema, documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

/** POST /api/v1/documents/{id}/retry — a failed document's ingestion queued again (409 otherwise). */
export function retryDocument(id: string) {
  return apiRequest(`/api/v1/documents/${encodeURIComponent(id)}/retry`, {
    method: 'POST',
    schema: documentSchema,
  });
}

export function useRetryDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryDocument,
    onSuccess: (document) => {
      queryClient.setQueryData([...documentsQueryKey, 'detail', document.id], document);
      return queryClient.invalidateQueries({ queryKey: documentsQueryKey });
    },
  });
}
