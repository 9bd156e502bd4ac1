import { useMutation, useQueryClient } from '@tanstack/react-query';

import { documentSchema, documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export interface RestoreInput {
  documentId: string;
  number: number;
}

/**
 * POST /api/v1/documents/{id}/versions/{number}/restore — an indexed version becomes current
 * again; search serves it when the call returns (409 when that version is not indexed).
 */
export function restoreVersion({ documentId, number }: RestoreInput) {
  return apiRequest(
    `/api/v1/documents/${encodeURIComponent(documentId)}/versions/${number}/restore`,
    { method: 'POST', schema: documentSchema },
  );
}

export function useRestoreVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsQueryKey }),
  });
}
