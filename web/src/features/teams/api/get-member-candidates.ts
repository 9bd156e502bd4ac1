import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { pageSchema, userSchema } from '@/types/api';

/** GET /api/v1/users?q= — people who could join a team (needs `users:read`). */
export function getMemberCandidates(q: string, signal?: AbortSignal) {
  return apiRequest('/api/v1/users', {
    query: { page: 0, size: 20, q: q || undefined },
    schema: pageSchema(userSchema),
    signal,
  });
}

export function memberCandidatesQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['teams', 'member-candidates', q],
    queryFn: ({ signal }) => getMemberCandidates(q, signal),
    select: (page) => page.items.filter((user) => user.status !== 'deactivated'),
    placeholderData: keepPreviousData,
  });
}

export function useMemberCandidates(q: string, enabled: boolean) {
  return useQuery({ ...memberCandidatesQueryOptions(q), enabled });
}
