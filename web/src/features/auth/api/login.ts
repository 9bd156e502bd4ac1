import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/auth';
import { cookieAuthHeaders, startSession, tokenResponseSchema } from '@/lib/auth-session';

export const loginInputSchema = z.object({
  email: z.email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.'),
  tenant: z.string().trim().optional(),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

/** The sign-in answer: tokens, or a second step (an MFA code, or the enrolment a policy requires). */
export const loginResponseSchema = z.union([
  z.object({ mfaRequired: z.literal(true), mfaToken: z.string().min(1) }),
  z.object({ mfaEnrollmentRequired: z.literal(true), mfaToken: z.string().min(1) }),
  tokenResponseSchema,
]);

export type LoginOutcome =
  { step: 'done' } | { step: 'mfa'; mfaToken: string } | { step: 'enrol'; mfaToken: string };

/** POST /api/v1/auth/login in cookie mode: the refresh token comes back as an httpOnly cookie. */
export function login(input: LoginInput) {
  return apiRequest('/api/v1/auth/login', {
    method: 'POST',
    body: {
      email: input.email,
      password: input.password,
      ...(input.tenant ? { tenant: input.tenant } : {}),
    },
    schema: loginResponseSchema,
    headers: cookieAuthHeaders(),
    credentials: 'include',
    authenticated: false,
  });
}

/**
 * Signs in, then loads the user's profile and permissions before anything is shown; or says
 * which second step the server asks for.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput): Promise<LoginOutcome> => {
      const answer = await login(input);
      if ('mfaRequired' in answer) return { step: 'mfa', mfaToken: answer.mfaToken };
      if ('mfaEnrollmentRequired' in answer) return { step: 'enrol', mfaToken: answer.mfaToken };
      startSession(answer);
      await queryClient.query({ ...meQueryOptions(), staleTime: 0 });
      return { step: 'done' };
    },
    meta: { errorToast: false },
  });
}
