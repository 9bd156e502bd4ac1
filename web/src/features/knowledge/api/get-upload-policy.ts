import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { knowledgeQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export const uploadPolicySchema = z.object({
  maxFileSizeBytes: z.number(),
  readableTypes: z.array(
    z.object({ mediaType: z.string(), label: z.string(), extensions: z.array(z.string()) }),
  ),
});
export type UploadPolicy = z.infer<typeof uploadPolicySchema>;

/** GET /api/v1/knowledge-bases/upload-policy — the largest file and the readable types. */
export function getUploadPolicy(signal?: AbortSignal) {
  return apiRequest('/api/v1/knowledge-bases/upload-policy', {
    schema: uploadPolicySchema,
    signal,
  });
}

export function uploadPolicyQueryOptions() {
  return queryOptions({
    queryKey: [...knowledgeQueryKey, 'upload-policy'],
    queryFn: ({ signal }) => getUploadPolicy(signal),
    staleTime: Infinity,
  });
}

/** The server's upload limits, fetched once per session: files are checked against them before sending. */
export function useUploadPolicy() {
  return useQuery(uploadPolicyQueryOptions());
}
