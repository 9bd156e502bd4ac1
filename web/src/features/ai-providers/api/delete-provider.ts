import { useMutation, useQueryClient } from '@tanstack/react-query';

import { aiQueryKey } from '@/features/ai-providers/api/get-providers';
import { apiRequest } from '@/lib/api-client';

/** DELETE /api/v1/ai/providers/{id}. */
export function deleteProvider(id: string) {
  return apiRequest(`/api/v1/ai/providers/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aiQueryKey }),
  });
}
