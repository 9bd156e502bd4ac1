import { useMutation, useQueryClient } from '@tanstack/react-query';

import { documentSchema, documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export interface DocumentEdit {
  id: string;
  title?: string;
  tags?: string[];
}

/** PATCH /api/v1/documents/{id} — a new title and/or tags (absent ones stay). */
export function updateDocument({ id, ...edit }: DocumentEdit) {
  return apiRequest(`/api/v1/documents/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: edit,
    schema: documentSchema,
  });
}

export function useUpdateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDocument,
    onSuccess: (document) => {
      queryClient.setQueryData([...documentsQueryKey, 'detail', document.id], document);
      return queryClient.invalidateQueries({ queryKey: documentsQueryKey });
    },
    meta: { errorToast: false },
  });
}
