import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/auth';
import { cookieAuthHeaders, startSession, tokenResponseSchema } from '@/lib/auth-session';
import { enrolmentSchema } from '@/lib/mfa';

/** POST /api/v1/auth/mfa/enrollment — the enrolment the organisation requires, by mfaToken. */
export function beginRequiredEnrolment(mfaToken: string) {
  return apiRequest('/api/v1/auth/mfa/enrollment', {
    method: 'POST',
    body: { mfaToken },
    schema: enrolmentSchema,
    authenticated: false,
  });
}

export function useRequiredEnrolment(mfaToken: string) {
  return useQuery({
    queryKey: ['mfa-enrolment', mfaToken],
    queryFn: () => beginRequiredEnrolment(mfaToken),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

const enrolledSignInSchema = tokenResponseSchema.extend({ recoveryCodes: z.array(z.string()) });

/** POST /api/v1/auth/mfa/enrollment/confirm — the recovery codes, and the sign-in completes. */
export function confirmRequiredEnrolment(input: { mfaToken: string; code: string }) {
  return apiRequest('/api/v1/auth/mfa/enrollment/confirm', {
    method: 'POST',
    body: input,
    schema: enrolledSignInSchema,
    headers: cookieAuthHeaders(),
    credentials: 'include',
    authenticated: false,
  });
}

/** Confirms; the session starts only when the person has seen their recovery codes. */
export function useConfirmRequiredEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmRequiredEnrolment,
    meta: { errorToast: false },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['mfa-enrolment'] });
    },
  });
}

/** Starts the session with the tokens a confirmed enrolment returned. */
export function useFinishEnrolledSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (tokens: z.infer<typeof tokenResponseSchema>) => {
      startSession(tokens);
      await queryClient.query({ ...meQueryOptions(), staleTime: 0 });
    },
  });
}
