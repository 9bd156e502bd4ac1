import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

const policySchema = z.object({ requiredRoles: z.array(z.string()) });

export type MfaPolicy = z.infer<typeof policySchema>;

const policyKey = ['mfa-policy'] as const;

/** GET /api/v1/auth/mfa/policy — roles whose holders must use two-factor authentication. */
export function useMfaPolicy(enabled: boolean) {
  return useQuery({
    queryKey: policyKey,
    queryFn: ({ signal }) =>
      apiRequest('/api/v1/auth/mfa/policy', { schema: policySchema, signal }),
    enabled,
  });
}

/** PUT /api/v1/auth/mfa/policy */
export function useUpdateMfaPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: MfaPolicy) =>
      apiRequest('/api/v1/auth/mfa/policy', { method: 'PUT', body: policy, schema: policySchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(policyKey, saved);
    },
  });
}
