import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { enrolmentSchema, normalizeMfaCode, recoveryCodesSchema } from '@/lib/mfa';

const mfaStatusSchema = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});

export type MfaStatus = z.infer<typeof mfaStatusSchema>;

const mfaStatusKey = ['mfa-status'] as const;

/** GET /api/v1/auth/mfa — whether two-factor authentication is on, and required. */
export function mfaStatusQueryOptions() {
  return queryOptions({
    queryKey: mfaStatusKey,
    queryFn: ({ signal }) => apiRequest('/api/v1/auth/mfa', { schema: mfaStatusSchema, signal }),
  });
}

export function useMfaStatus() {
  return useQuery(mfaStatusQueryOptions());
}

/** POST /api/v1/auth/mfa/totp/enroll — a new secret and its otpauth:// URI. */
export function useStartEnrolment() {
  return useMutation({
    mutationFn: () =>
      apiRequest('/api/v1/auth/mfa/totp/enroll', { method: 'POST', schema: enrolmentSchema }),
  });
}

/** POST /api/v1/auth/mfa/totp/confirm — the recovery codes, shown once. */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest('/api/v1/auth/mfa/totp/confirm', {
        method: 'POST',
        body: { code },
        schema: recoveryCodesSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
    meta: { errorToast: false },
  });
}

export type DisableMfaInput = { code: string } | { password: string };

/** DELETE /api/v1/auth/mfa/totp — with a current code or the password; 204. */
export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DisableMfaInput) =>
      apiRequest('/api/v1/auth/mfa/totp', {
        method: 'DELETE',
        body: 'code' in input ? { code: normalizeMfaCode(input.code) } : input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
    meta: { errorToast: false },
  });
}
