import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

const permissionsSchema = z.object({
  items: z.array(z.object({ name: z.string(), description: z.string().nullish() })),
});

export type PermissionInfo = z.infer<typeof permissionsSchema>['items'][number];

/** GET /api/v1/permissions — every permission a role can grant. */
export function getPermissions(signal?: AbortSignal) {
  return apiRequest('/api/v1/permissions', { schema: permissionsSchema, signal });
}

export function permissionsQueryOptions() {
  return queryOptions({
    queryKey: ['permissions'],
    queryFn: ({ signal }) => getPermissions(signal),
    select: (data) => data.items,
    staleTime: Infinity,
  });
}

export function usePermissionCatalog() {
  return useQuery(permissionsQueryOptions());
}
