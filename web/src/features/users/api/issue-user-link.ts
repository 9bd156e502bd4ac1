import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { usersQueryKey } from '@/lib/search-users';

const issuedLinkSchema = z.object({
  delivery: z.enum(['email', 'link']),
  url: z.string().nullish(),
  expiresAt: z.string().nullish(),
  linkBase: z.string(),
  linkBaseFromSetting: z.boolean(),
});

export type IssuedLink = z.infer<typeof issuedLinkSchema>;

/** What the admin asks for: a new invitation (the old link dies) or a one-time password-reset link. */
export type LinkKind = 'invitation' | 'password-reset';

/**
 * POST /api/v1/users/{id}/invitation or /password-reset — the invitation answer always carries the link; the reset
 * answer carries it only when no mail server delivered it (`delivery: 'link'`).
 */
export function issueUserLink({ id, kind }: { id: string; kind: LinkKind }) {
  return apiRequest(`/api/v1/users/${encodeURIComponent(id)}/${kind}`, {
    method: 'POST',
    schema: issuedLinkSchema,
  });
}

export function useIssueUserLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueUserLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
