import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { rolesQueryKey } from '@/lib/query-keys';
import { pageSchema, roleSchema } from '@/types/api';

/** GET /api/v1/roles?size=100 — the roles a user can be given, for pickers and filters. */
export function getRoleOptions(signal?: AbortSignal) {
  return apiRequest('/api/v1/roles', {
    query: { page: 0, size: 100 },
    schema: pageSchema(roleSchema),
    signal,
  });
}

export function roleOptionsQueryOptions() {
  return queryOptions({
    // Under the roles key, so that a new, changed or deleted role shows here at once.
    queryKey: [...rolesQueryKey, 'options'],
    queryFn: ({ signal }) => getRoleOptions(signal),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

export function useRoleOptions(enabled = true) {
  return useQuery({ ...roleOptionsQueryOptions(), enabled });
}
