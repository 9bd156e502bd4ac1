import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { rolesQueryKey } from '@/lib/query-keys';
import { roleSchema } from '@/types/api';

export interface RoleInput {
  name: string;
  description?: string | undefined;
  permissions: string[];
}

/** POST /api/v1/roles — a custom role. */
export function createRole(input: RoleInput) {
  return apiRequest('/api/v1/roles', { method: 'POST', body: input, schema: roleSchema });
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolesQueryKey }),
    meta: { errorToast: false },
  });
}
