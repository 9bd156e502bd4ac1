import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { pageSchema, userSchema } from '@/types/api';

export interface UsersQuery {
  page: number;
  size: number;
  q?: string | undefined;
  role?: string | undefined;
  team?: string | undefined;
}

const usersPageSchema = pageSchema(userSchema);

/** GET /api/v1/users — paged, searchable by name or email, filterable by role and team. */
export function getUsers(query: UsersQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/users', {
    query: { ...query },
    schema: usersPageSchema,
    signal,
  });
}

export const usersQueryKey = ['users'] as const;

export function usersQueryOptions(query: UsersQuery) {
  return queryOptions({
    queryKey: [...usersQueryKey, 'list', query],
    queryFn: ({ signal }) => getUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UsersQuery) {
  return useQuery(usersQueryOptions(query));
}
