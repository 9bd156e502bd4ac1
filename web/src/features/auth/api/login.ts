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

/** POST /api/v1/auth/login in cookie mode: the refresh token comes back as an httpOnly cookie. */
export function login(input: LoginInput) {
  return apiRequest('/api/v1/auth/login', {
    method: 'POST',
    body: {
      email: input.email,
      password: input.password,
      ...(input.tenant ? { tenant: input.tenant } : {}),
    },
    schema: tokenResponseSchema,
    headers: cookieAuthHeaders(),
    credentials: 'include',
    authenticated: false,
  });
}

/** Signs in, then loads the user's profile and permissions before anything is shown. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      startSession(await login(input));
      await queryClient.query({ ...meQueryOptions(), staleTime: 0 });
    },
    meta: { errorToast: false },
  });
}
