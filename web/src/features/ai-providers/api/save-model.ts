import { useMutation, useQueryClient } from '@tanstack/react-query';

import { aiQueryKey } from '@/features/ai-providers/api/get-providers';
import { modelSchema, type ModelSettings } from '@/features/ai-providers/api/provider-schema';
import { apiRequest } from '@/lib/api-client';

/** PUT /api/v1/ai/providers/{id}/models — one model's settings (e.g. its prices); the rest stays. */
export function saveModel({
  providerId,
  settings,
}: {
  providerId: string;
  settings: ModelSettings;
}) {
  return apiRequest(`/api/v1/ai/providers/${encodeURIComponent(providerId)}/models`, {
    method: 'PUT',
    body: settings,
    schema: modelSchema,
  });
}

export function useSaveModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveModel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aiQueryKey }),
    meta: { errorToast: false },
  });
}
