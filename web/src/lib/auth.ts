import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { useAuthStore } from '@/lib/auth-store';
import type { Permission } from '@/lib/permissions';
import { userSchema, type User } from '@/types/api';

/** GET /api/v1/users/me — the signed-in user, with the permissions that drive the UI. */
export function getMe(signal?: AbortSignal): Promise<User> {
  return apiRequest('/api/v1/users/me', { schema: userSchema, signal });
}

export const meQueryKey = ['me'] as const;

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 60_000,
  });
}

export function useMe() {
  const signedIn = useAuthStore((state) => state.status === 'authenticated');
  return useQuery({ ...meQueryOptions(), enabled: signedIn });
}

/** Whether the signed-in user holds a permission; false while their profile is loading. */
export function useHasPermission(permission: Permission): boolean {
  const { data } = useMe();
  return data?.permissions.includes(permission) ?? false;
}

export function useHasAnyPermission(wanted: readonly Permission[]): boolean {
  const { data } = useMe();
  return wanted.some((permission) => data?.permissions.includes(permission) ?? false);
}
