import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { TeamInput } from '@/features/teams/api/create-team';
import { teamSchema, teamsQueryKey } from '@/features/teams/api/team-schema';
import { apiRequest } from '@/lib/api-client';

/** PUT /api/v1/teams/{id} */
export function updateTeam({ id, ...input }: TeamInput & { id: string }) {
  return apiRequest(`/api/v1/teams/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: input,
    schema: teamSchema,
  });
}

export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTeam,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
    meta: { errorToast: false },
  });
}
