import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { rolesQueryKey } from '@/lib/query-keys';

/** DELETE /api/v1/roles/{id} — refused (409) for built-in roles and roles still assigned. */
export function deleteRole(id: string) {
  return apiRequest(`/api/v1/roles/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolesQueryKey }),
  });
}
