import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import { usersQueryKey } from '@/lib/search-users';

const userRolesSchema = z.object({
  roles: z.array(z.string()),
  permissions: z.array(z.string()).default([]),
});

/** PUT /api/v1/users/{id}/roles — replaces the user's roles (needs `roles:assign`). */
export function updateUserRoles({ id, roles }: { id: string; roles: string[] }) {
  return apiRequest(`/api/v1/users/${encodeURIComponent(id)}/roles`, {
    method: 'PUT',
    body: { roles },
    schema: userRolesSchema,
  });
}

export function useUpdateUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRoles,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    meta: { errorToast: false },
  });
}
