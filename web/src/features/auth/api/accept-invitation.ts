import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

const acceptedSchema = z.object({ tenantId: z.string(), userId: z.string() });

export interface AcceptInvitationInput {
  token: string;
  password: string;
  name?: string | undefined;
}

/** POST /api/v1/auth/invitations/accept — sets the invited user's password (and name). */
export function acceptInvitation(input: AcceptInvitationInput) {
  return apiRequest('/api/v1/auth/invitations/accept', {
    method: 'POST',
    body: input,
    schema: acceptedSchema,
    authenticated: false,
  });
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation, meta: { errorToast: false } });
}
