import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export const passageSchema = z.object({
  chunkId: z.string(),
  versionId: z.string(),
  versionNumber: z.number(),
  text: z.string(),
  headingPath: z.array(z.string()).default([]),
  page: z.number().nullish(),
});
export type Passage = z.infer<typeof passageSchema>;

/** GET /api/v1/documents/{id}/chunks/{chunkId} — the passage a search hit named. */
export function getPassage(documentId: string, chunkId: string, signal?: AbortSignal) {
  return apiRequest(
    `/api/v1/documents/${encodeURIComponent(documentId)}/chunks/${encodeURIComponent(chunkId)}`,
    { schema: passageSchema, signal },
  );
}

export function usePassage(documentId: string, chunkId: string | null) {
  return useQuery({
    queryKey: [...documentsQueryKey, 'passage', documentId, chunkId],
    queryFn: ({ signal }) => getPassage(documentId, chunkId ?? '', signal),
    enabled: Boolean(chunkId),
    staleTime: Infinity,
  });
}
