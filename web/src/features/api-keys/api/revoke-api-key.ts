import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiKeysQueryKey } from '@/features/api-keys/api/get-api-keys';
import { apiRequest } from '@/lib/api-client';

/** DELETE /api/v1/api-keys/{id} — the key stops working at once. */
export function revokeApiKey(id: string) {
  return apiRequest(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  });
}
