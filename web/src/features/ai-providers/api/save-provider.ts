import { useMutation, useQueryClient } from '@tanstack/react-query';

import { aiQueryKey } from '@/features/ai-providers/api/get-providers';
import {
  providerSchema,
  type ModelSettings,
  type ProviderKind,
} from '@/features/ai-providers/api/provider-schema';
import { apiRequest } from '@/lib/api-client';

export interface ProviderInput {
  name: string;
  kind: ProviderKind;
  baseUrl: string;
  /** Absent keeps the saved key; null removes it; a value replaces it. */
  apiKey?: string | null;
  defaultModel?: string | null;
  models: ModelSettings[];
}

/** POST /api/v1/ai/providers, or PUT /api/v1/ai/providers/{id} when `id` is given. */
export function saveProvider({ id, input }: { id?: string | undefined; input: ProviderInput }) {
  return apiRequest(
    id ? `/api/v1/ai/providers/${encodeURIComponent(id)}` : '/api/v1/ai/providers',
    { method: id ? 'PUT' : 'POST', body: input, schema: providerSchema },
  );
}

export function useSaveProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aiQueryKey }),
    meta: { errorToast: false },
  });
}
