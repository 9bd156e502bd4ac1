import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { rolesQueryKey } from '@/lib/query-keys';
import { pageSchema, roleSchema } from '@/types/api';

/** GET /api/v1/roles — built-in and custom roles (one page of up to 100). */
export function getRoles(signal?: AbortSignal) {
  return apiRequest('/api/v1/roles', {
    query: { page: 0, size: 100 },
    schema: pageSchema(roleSchema),
    signal,
  });
}

export function rolesQueryOptions() {
  return queryOptions({
    queryKey: [...rolesQueryKey, 'list'],
    queryFn: ({ signal }) => getRoles(signal),
  });
}

export function useRoles() {
  return useQuery(rolesQueryOptions());
}
