import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

const sessionSchema = z.object({
  id: z.string(),
  device: z.string(),
  userAgent: z.string().nullish(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  ip: z.string().nullish(),
  current: z.boolean(),
});

export type SignedInSession = z.infer<typeof sessionSchema>;

const sessionsQueryKey = ['auth', 'sessions'] as const;

/** GET /api/v1/auth/sessions — the caller's open sessions, most recently used first. */
export function getSessions() {
  return apiRequest('/api/v1/auth/sessions', { schema: z.array(sessionSchema) });
}

export function useSessions() {
  return useQuery({ queryKey: sessionsQueryKey, queryFn: getSessions });
}

/** DELETE /api/v1/auth/sessions/{id}, or every session but the current one without an id. */
export function signOutSession(id: string | undefined) {
  return apiRequest(
    id ? `/api/v1/auth/sessions/${encodeURIComponent(id)}` : '/api/v1/auth/sessions',
    { method: 'DELETE' },
  );
}

export function useSignOutSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
