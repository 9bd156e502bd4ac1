import { useMutation, useQueryClient } from '@tanstack/react-query';

import { aiQueryKey } from '@/features/ai-providers/api/get-providers';
import { connectionTestSchema } from '@/features/ai-providers/api/provider-schema';
import { apiRequest } from '@/lib/api-client';

/** POST /api/v1/ai/providers/{id}/test — the provider's model list now, or its own error (502). */
export function testProvider(id: string) {
  return apiRequest(`/api/v1/ai/providers/${encodeURIComponent(id)}/test`, {
    method: 'POST',
    schema: connectionTestSchema,
  });
}

export function useTestProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testProvider,
    // a successful test refreshes the provider's model list on the server
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...aiQueryKey, 'models'] }),
    meta: { errorToast: false },
  });
}
