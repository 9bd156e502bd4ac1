import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamSchema, teamsQueryKey } from '@/features/teams/api/team-schema';
import { apiRequest } from '@/lib/api-client';

export interface TeamInput {
  name: string;
  description?: string | undefined;
}

/** POST /api/v1/teams */
export function createTeam(input: TeamInput) {
  return apiRequest('/api/v1/teams', { method: 'POST', body: input, schema: teamSchema });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
    meta: { errorToast: false },
  });
}
