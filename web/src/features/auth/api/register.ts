import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';

export { MIN_PASSWORD_LENGTH };

export const registerInputSchema = z.object({
  organizationName: z.string().trim().min(1, 'Enter the name of your organisation.').max(200),
  name: z.string().trim().min(1, 'Enter your name.').max(200),
  email: z.email('Enter a valid email address.'),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(256),
});

export type RegisterInput = z.infer<typeof registerInputSchema>;

const registrationSchema = z.object({
  tenantId: z.string(),
  tenantSlug: z.string().nullish(),
  userId: z.string(),
});

/** POST /api/v1/auth/register — creates an organisation and its first user (its owner). */
export function register(input: RegisterInput) {
  return apiRequest('/api/v1/auth/register', {
    method: 'POST',
    body: input,
    schema: registrationSchema,
    authenticated: false,
  });
}

export function useRegister() {
  return useMutation({ mutationFn: register, meta: { errorToast: false } });
}
