import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/auth';
import { cookieAuthHeaders, startSession, tokenResponseSchema } from '@/lib/auth-session';
import { normalizeMfaCode } from '@/lib/mfa';

export interface VerifyMfaInput {
  mfaToken: string;
  code: string;
}

/** POST /api/v1/auth/mfa/verify — a TOTP or recovery code for the sign-in's mfaToken. */
export function verifyMfa(input: VerifyMfaInput) {
  return apiRequest('/api/v1/auth/mfa/verify', {
    method: 'POST',
    body: { mfaToken: input.mfaToken, code: normalizeMfaCode(input.code) },
    schema: tokenResponseSchema,
    headers: cookieAuthHeaders(),
    credentials: 'include',
    authenticated: false,
  });
}

export function useVerifyMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: VerifyMfaInput) => {
      startSession(await verifyMfa(input));
      await queryClient.query({ ...meQueryOptions(), staleTime: 0 });
    },
    meta: { errorToast: false },
  });
}
