import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import { usersQueryKey } from '@/lib/search-users';
import { userSchema, type UserStatus } from '@/types/api';

export interface UpdateUserInput {
  id: string;
  name?: string;
  /** Needs `users:admin`. */
  status?: UserStatus;
}

/** PUT /api/v1/users/{id} — name and (for user admins) status. */
export function updateUser({ id, ...changes }: UpdateUserInput) {
  return apiRequest(`/api/v1/users/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: changes,
    schema: userSchema,
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    meta: { errorToast: false },
  });
}
