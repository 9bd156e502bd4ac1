import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamSchema, teamsQueryKey } from '@/features/teams/api/team-schema';
import { apiRequest } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export interface TeamMembersInput {
  id: string;
  members: { userId: string; lead: boolean }[];
}

/** PUT /api/v1/teams/{id}/members — replaces the member list (a MANAGER only for teams they lead). */
export function updateTeamMembers({ id, members }: TeamMembersInput) {
  return apiRequest(`/api/v1/teams/${encodeURIComponent(id)}/members`, {
    method: 'PUT',
    body: { members },
    schema: teamSchema,
  });
}

export function useUpdateTeamMembers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTeamMembers,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: teamsQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    meta: { errorToast: false },
  });
}
