import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

const invitationSchema = z.object({
  email: z.string(),
  name: z.string().nullish(),
  organizationName: z.string(),
  expiresAt: z.string().nullish(),
});

export type Invitation = z.infer<typeof invitationSchema>;

/** GET /api/v1/auth/invitations/{token} — who is invited, to which organisation. */
export function getInvitation(token: string, signal?: AbortSignal) {
  return apiRequest(`/api/v1/auth/invitations/${encodeURIComponent(token)}`, {
    schema: invitationSchema,
    authenticated: false,
    signal,
  });
}

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => getInvitation(token, signal),
    retry: false,
  });
}

export function useInvitation(token: string) {
  return useQuery({ ...invitationQueryOptions(token), enabled: token.length > 0 });
}
