import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { knowledgeBasesQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export const reembeddingStatusSchema = z.enum(['queued', 'running', 'completed', 'failed']);
export type ReembeddingStatus = z.infer<typeof reembeddingStatusSchema>;

/** A re-embedding: in the API's answer and as the `knowledge:reembedding` event's data. */
export const reembeddingSchema = z.object({
  id: z.string(),
  knowledgeBaseId: z.string(),
  status: reembeddingStatusSchema,
  done: z.number(),
  total: z.number(),
  error: z.string().nullish(),
  startedAt: z.string().nullish(),
  finishedAt: z.string().nullish(),
});
export type Reembedding = z.infer<typeof reembeddingSchema>;

export const embeddingProviderSchema = z.enum(['builtin', 'openai-compatible']);
export type EmbeddingProvider = z.infer<typeof embeddingProviderSchema>;

/** GET/PUT /api/v1/knowledge-bases/{id}/embedding-model — the API key itself is never returned. */
export const embeddingModelSchema = z.object({
  provider: embeddingProviderSchema,
  model: z.string(),
  dimensions: z.number(),
  baseUrl: z.string().nullish(),
  apiKeySet: z.boolean().default(false),
  chunkCount: z.number().default(0),
  reembedding: reembeddingSchema.nullish(),
});
export type EmbeddingModel = z.infer<typeof embeddingModelSchema>;

export type EmbeddingModelInput =
  | { provider: 'builtin' }
  | {
      provider: 'openai-compatible';
      baseUrl: string;
      model: string;
      dimensions?: number;
      apiKey?: string;
    };

/** How often an unfinished re-embedding is asked for again when live updates are not arriving. */
export const REEMBEDDING_POLL_MS = 1000;

export function embeddingModelQueryKey(knowledgeBaseId: string) {
  return [...knowledgeBasesQueryKey, 'embedding-model', knowledgeBaseId] as const;
}

export function isReembedding(reembedding: Reembedding | null | undefined): boolean {
  return reembedding?.status === 'queued' || reembedding?.status === 'running';
}

/** 0–100: the share of the chunks moved to the new model so far. */
export function reembeddingPercent(reembedding: Reembedding): number {
  if (reembedding.status === 'completed') return 100;
  if (reembedding.total <= 0) return 0;
  return Math.min(100, (reembedding.done / reembedding.total) * 100);
}

function path(knowledgeBaseId: string) {
  return `/api/v1/knowledge-bases/${encodeURIComponent(knowledgeBaseId)}/embedding-model`;
}

export function getEmbeddingModel(knowledgeBaseId: string, signal?: AbortSignal) {
  return apiRequest(path(knowledgeBaseId), { schema: embeddingModelSchema, signal });
}

/** The knowledge base's model; polls an unfinished re-embedding only when `pollWhileActive`. */
export function useEmbeddingModel(knowledgeBaseId: string, pollWhileActive: boolean) {
  return useQuery(
    queryOptions({
      queryKey: embeddingModelQueryKey(knowledgeBaseId),
      queryFn: ({ signal }) => getEmbeddingModel(knowledgeBaseId, signal),
      refetchInterval: (query) =>
        pollWhileActive && isReembedding(query.state.data?.reembedding)
          ? REEMBEDDING_POLL_MS
          : false,
    }),
  );
}

/** PUT …/embedding-model (kb:admin) — 202 with the queued re-embedding, 200 for the same model. */
export function changeEmbeddingModel(knowledgeBaseId: string, input: EmbeddingModelInput) {
  return apiRequest(path(knowledgeBaseId), {
    method: 'PUT',
    body: input,
    schema: embeddingModelSchema,
  });
}

export function useChangeEmbeddingModel(knowledgeBaseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmbeddingModelInput) => changeEmbeddingModel(knowledgeBaseId, input),
    onSuccess: (model) => {
      queryClient.setQueryData(embeddingModelQueryKey(knowledgeBaseId), model);
      void queryClient.invalidateQueries({ queryKey: knowledgeBasesQueryKey });
    },
    meta: { errorToast: false },
  });
}
