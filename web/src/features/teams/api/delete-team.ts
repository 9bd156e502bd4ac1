import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamsQueryKey } from '@/features/teams/api/team-schema';
import { apiRequest } from '@/lib/api-client';

/** DELETE /api/v1/teams/{id} */
export function deleteTeam(id: string) {
  return apiRequest(`/api/v1/teams/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTeam,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
  });
}
