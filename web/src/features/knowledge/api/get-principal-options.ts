import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { rolesQueryKey } from '@/lib/query-keys';
import { pageSchema, roleSchema, userSchema } from '@/types/api';

/** A team or role an access list can name, as the picker shows it (people are searched instead). */
export interface PrincipalOption {
  id: string;
  label: string;
}

const teamOptionSchema = z.object({ id: z.string(), name: z.string() });

/** GET /api/v1/teams?size=100 (teams:read) — teams for the sharing picker. */
export function teamOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['teams', 'knowledge-options'],
    queryFn: ({ signal }) =>
      apiRequest('/api/v1/teams', {
        query: { page: 0, size: 100 },
        schema: pageSchema(teamOptionSchema),
        signal,
      }),
    select: (page): PrincipalOption[] => page.items.map((t) => ({ id: t.id, label: t.name })),
    staleTime: 60_000,
  });
}

/** GET /api/v1/roles?size=100 (roles:read) — roles for the sharing picker. */
export function roleOptionsQueryOptions() {
  return queryOptions({
    queryKey: [...rolesQueryKey, 'knowledge-options'],
    queryFn: ({ signal }) =>
      apiRequest('/api/v1/roles', {
        query: { page: 0, size: 100 },
        schema: pageSchema(roleSchema),
        signal,
      }),
    select: (page): PrincipalOption[] => page.items.map((r) => ({ id: r.id, label: r.name })),
    staleTime: 60_000,
  });
}

export function useTeamOptions(enabled: boolean) {
  return useQuery({ ...teamOptionsQueryOptions(), enabled });
}

export function useRoleOptions(enabled: boolean) {
  return useQuery({ ...roleOptionsQueryOptions(), enabled });
}

/** GET /api/v1/users/{id} (users:read) — the name shown for an uploader. */
export function useUserName(id: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'knowledge-name', id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/users/${encodeURIComponent(id ?? '')}`, { schema: userSchema, signal }),
    select: (user) => user.name,
    enabled: enabled && Boolean(id),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
