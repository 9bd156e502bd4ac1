import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { usersQueryKey } from '@/lib/search-users';

/** DELETE /api/v1/users/{id} — deactivates the user; their data is kept. */
export function deactivateUser(id: string) {
  return apiRequest(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
