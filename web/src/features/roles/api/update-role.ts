import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { RoleInput } from '@/features/roles/api/create-role';
import { apiRequest } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import { rolesQueryKey } from '@/lib/query-keys';
import { roleSchema } from '@/types/api';

/** PUT /api/v1/roles/{id} — custom roles only (built-in ones answer 409). */
export function updateRole({ id, ...input }: RoleInput & { id: string }) {
  return apiRequest(`/api/v1/roles/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: input,
    schema: roleSchema,
  });
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRole,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: rolesQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    meta: { errorToast: false },
  });
}
