import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { usersQueryKey } from '@/lib/search-users';
import { userSchema } from '@/types/api';

export interface CreateUserInput {
  email: string;
  name: string;
  roles: string[];
  password?: string | undefined;
}

const createdUserSchema = userSchema.extend({
  invitation: z
    .object({ token: z.string(), url: z.string(), expiresAt: z.string().nullish() })
    .nullish(),
});

export type CreatedUser = z.infer<typeof createdUserSchema>;

/** POST /api/v1/users — without a password the user is invited and the answer holds the link. */
export function createUser(input: CreateUserInput) {
  return apiRequest('/api/v1/users', {
    method: 'POST',
    body: input.password ? input : { email: input.email, name: input.name, roles: input.roles },
    schema: createdUserSchema,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
    meta: { errorToast: false },
  });
}
