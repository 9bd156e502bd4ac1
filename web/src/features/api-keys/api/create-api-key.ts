import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiKeysQueryKey } from '@/features/api-keys/api/get-api-keys';
import { apiRequest } from '@/lib/api-client';

export interface CreateApiKeyInput {
  name: string;
  permissions: string[];
  expiresAt?: string | undefined;
}

const createdApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  key: z.string().startsWith('afk_'),
  permissions: z.array(z.string()),
  expiresAt: z.string().nullish(),
});

export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

/** POST /api/v1/api-keys — the only answer that ever contains the key. */
export function createApiKey(input: CreateApiKeyInput) {
  return apiRequest('/api/v1/api-keys', {
    method: 'POST',
    body: input,
    schema: createdApiKeySchema,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
    meta: { errorToast: false },
  });
}
