import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { pageSchema, userSchema, type Page, type User } from '@/types/api';

/**
 * The one person search (GET /api/v1/users, users:read), shared by the users page, the team
 * member picker and the knowledge-base sharing picker. All of it is cached under `users`, which
 * the user mutations and the `user:*` events invalidate.
 */
export interface UsersQuery {
  page: number;
  size: number;
  q?: string | undefined;
  role?: string | undefined;
  team?: string | undefined;
}

export const usersQueryKey = ['users'] as const;

const usersPageSchema = pageSchema(userSchema);

/** GET /api/v1/users — paged, searchable by name or email, filterable by role and team. */
export function getUsers(query: UsersQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/users', {
    query: { ...query },
    schema: usersPageSchema,
    signal,
  });
}

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

/** How many matches a person picker asks for. */
const PICKER_SIZE = 20;

/** A picker offers people who can still sign in. */
function pickable(page: Page<User>): User[] {
  return page.items.filter((user) => user.status !== 'deactivated');
}

/** People whose name or email matches `q`, as a picker offers them (the first page, none deactivated). */
export function usePeopleSearch(q: string, enabled: boolean) {
  return useQuery({
    ...usersQueryOptions({ page: 0, size: PICKER_SIZE, q: q || undefined }),
    select: pickable,
    enabled,
  });
}
