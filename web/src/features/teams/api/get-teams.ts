import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { teamSchema, teamsQueryKey } from '@/features/teams/api/team-schema';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

export interface TeamsQuery {
  page: number;
  size: number;
  q?: string | undefined;
}

/** GET /api/v1/teams — paged, searchable by name. */
export function getTeams(query: TeamsQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/teams', {
    query: { ...query },
    schema: pageSchema(teamSchema),
    signal,
  });
}

export function teamsQueryOptions(query: TeamsQuery) {
  return queryOptions({
    queryKey: [...teamsQueryKey, 'list', query],
    queryFn: ({ signal }) => getTeams(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTeams(query: TeamsQuery) {
  return useQuery(teamsQueryOptions(query));
}
