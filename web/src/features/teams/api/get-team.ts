import { queryOptions, useQuery } from '@tanstack/react-query';

import { teamSchema, teamsQueryKey } from '@/features/teams/api/team-schema';
import { apiRequest } from '@/lib/api-client';

/** GET /api/v1/teams/{id} — one team with its members. */
export function getTeam(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/v1/teams/${encodeURIComponent(id)}`, { schema: teamSchema, signal });
}

export function teamQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...teamsQueryKey, 'detail', id],
    queryFn: ({ signal }) => getTeam(id, signal),
  });
}

export function useTeam(id: string) {
  return useQuery(teamQueryOptions(id));
}
