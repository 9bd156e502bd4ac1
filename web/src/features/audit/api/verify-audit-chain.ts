import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

const chainVerificationSchema = z.object({
  intact: z.boolean(),
  recordsChecked: z.number(),
  firstBrokenLink: z
    .object({
      seq: z.number(),
      recordId: z.string().nullish(),
      reason: z.enum(['ALTERED', 'RELINKED', 'MISSING', 'TRUNCATED']),
    })
    .nullish(),
});

export type ChainVerification = z.infer<typeof chainVerificationSchema>;

/** GET /api/v1/audit/verify — recomputes the trail's hash chain; run on demand, it reads every record. */
export function verifyAuditChain() {
  return apiRequest('/api/v1/audit/verify', { schema: chainVerificationSchema });
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
