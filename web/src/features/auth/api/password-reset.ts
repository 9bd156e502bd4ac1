import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

const acceptedSchema = z.object({ message: z.string() });

export interface RequestPasswordResetInput {
  email: string;
  tenant?: string | undefined;
}

/** POST /api/v1/auth/password-reset — the same 202 whether or not the address has an account. */
export function requestPasswordReset(input: RequestPasswordResetInput) {
  return apiRequest('/api/v1/auth/password-reset', {
    method: 'POST',
    body: input.tenant ? input : { email: input.email },
    schema: acceptedSchema,
    authenticated: false,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset, meta: { errorToast: false } });
}

export interface ConfirmPasswordResetInput {
  token: string;
  password: string;
}

/** POST /api/v1/auth/password-reset/confirm — sets the new password; the link is spent. */
export function confirmPasswordReset(input: ConfirmPasswordResetInput) {
  return apiRequest('/api/v1/auth/password-reset/confirm', {
    method: 'POST',
    body: input,
    authenticated: false,
  });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset, meta: { errorToast: false } });
}
