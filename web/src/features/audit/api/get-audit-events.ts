import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/types/api';

export const auditActions = [
  'tenant.registered',
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.refresh.reused',
  'auth.logout',
  'mfa.enrolled',
  'mfa.disabled',
  'mfa.verify_failed',
  'mfa.recovery_code_used',
  'mfa.policy_updated',
  'apikey.created',
  'apikey.revoked',
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.password.changed',
  'user.invitation.accepted',
  'user.roles.changed',
  'role.created',
  'role.updated',
  'role.deleted',
  'team.created',
  'team.updated',
  'team.deleted',
  'team.members.changed',
  'access.denied',
  'ratelimit.exceeded',
  'tenant.rate_limit_changed',
  'knowledge_base.created',
  'knowledge_base.updated',
  'knowledge_base.deleted',
  'knowledge_base.embedding_model_changed',
  'document.uploaded',
  'document.version_uploaded',
  'document.version_restored',
  'document.import_refused',
  'document.deleted',
  'document.purged',
  'search_index.rebuild_requested',
  'search_index.rebuild_completed',
  'search_index.rebuild_failed',
  'audit.exported',
] as const;

const auditEventSchema = z.object({
  id: z.string(),
  seq: z.number().optional(),
  action: z.string(),
  actorId: z.string().nullish(),
  actorEmail: z.string().nullish(),
  apiKeyId: z.string().nullish(),
  apiKeyName: z.string().nullish(),
  targetType: z.string().nullish(),
  targetId: z.string().nullish(),
  targetName: z.string().nullish(),
  ip: z.string().nullish(),
  userAgent: z.string().nullish(),
  details: z.record(z.string(), z.unknown()).nullish(),
  occurredAt: z.string(),
});

export type AuditEvent = z.infer<typeof auditEventSchema>;

export interface AuditQuery {
  page: number;
  size: number;
  action?: string | undefined;
  actor?: string | undefined;
  /** ISO dates (UTC days, both inclusive) or instants. */
  from?: string | undefined;
  to?: string | undefined;
}

/** GET /api/v1/audit — newest first, filterable by action, actor and date. */
export function getAuditEvents(query: AuditQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/audit', {
    query: { ...query },
    schema: pageSchema(auditEventSchema),
    signal,
  });
}

export function auditEventsQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: ['audit', 'list', query],
    queryFn: ({ signal }) => getAuditEvents(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(query: AuditQuery) {
  return useQuery(auditEventsQueryOptions(query));
}
