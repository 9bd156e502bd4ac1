import { z } from 'zod';

export const principalSchema = z.object({
  type: z.enum(['tenant', 'team', 'role', 'user']),
  id: z.string().nullish(),
});
export type Principal = z.infer<typeof principalSchema>;

export const knowledgeBaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  readers: z.array(principalSchema).default([]),
  editors: z.array(principalSchema).default([]),
  canEdit: z.boolean().default(false),
  embeddingModel: z
    .object({ provider: z.string(), model: z.string(), dimensions: z.number() })
    .nullish(),
  createdBy: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
});
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;

export const documentStatusSchema = z.enum([
  'fetching',
  'stored',
  'extracting',
  'chunking',
  'embedding',
  'indexed',
  'failed',
]);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** What Tika found in the file: title, author, language, page count (any may be missing). */
const extractedSchema = z
  .object({
    contentType: z.string().nullish(),
    title: z.string().nullish(),
    author: z.string().nullish(),
    language: z.string().nullish(),
    pages: z.number().nullish(),
  })
  .catchall(z.unknown());

export const documentSchema = z.object({
  id: z.string(),
  knowledgeBaseId: z.string(),
  title: z.string(),
  status: documentStatusSchema,
  stage: z.string().nullish(),
  /** 0–100 within the current stage. */
  progress: z.number().default(0),
  /** Why the newest version failed, in a sentence; `failureCode` says the same for programs. */
  statusReason: z.string().nullish(),
  failureCode: z.string().nullish(),
  currentVersion: z.number().nullish(),
  latestVersion: z.number(),
  tags: z.array(z.string()).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  extracted: extractedSchema.nullish(),
  readers: z.array(principalSchema).nullish(),
  fileName: z.string().nullish(),
  contentType: z.string().nullish(),
  size: z.number(),
  /** Where the newest version was imported from (URL imports only). */
  sourceUrl: z.string().nullish(),
  uploadedBy: z.string().nullish(),
  /** The uploader's display name (null once that person is gone). */
  uploadedByName: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  content: z.string().nullish(),
});
export type KnowledgeDocument = z.infer<typeof documentSchema>;

export const versionSchema = z.object({
  id: z.string(),
  number: z.number(),
  current: z.boolean(),
  status: documentStatusSchema,
  statusReason: z.string().nullish(),
  failureCode: z.string().nullish(),
  progress: z.number().default(0),
  fileName: z.string().nullish(),
  contentType: z.string().nullish(),
  size: z.number(),
  sha256: z.string().nullish(),
  sourceUrl: z.string().nullish(),
  chunkCount: z.number().default(0),
  attempts: z.number().default(0),
  extracted: extractedSchema.nullish(),
  createdBy: z.string().nullish(),
  createdAt: z.string().nullish(),
});
export type DocumentVersion = z.infer<typeof versionSchema>;

export const searchModeSchema = z.enum(['hybrid', 'fulltext', 'vector']);
export type SearchMode = z.infer<typeof searchModeSchema>;

export const searchHitSchema = z.object({
  chunkId: z.string(),
  documentId: z.string(),
  versionId: z.string().nullish(),
  knowledgeBaseId: z.string().nullish(),
  documentTitle: z.string(),
  text: z.string(),
  highlights: z.array(z.string()).default([]),
  score: z.number(),
  /** Absolute relevance 0–1 (docs/api.md); null where the server could not measure it. */
  relevance: z.number().nullish(),
  headingPath: z.array(z.string()).default([]),
  page: z.number().nullish(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  mode: searchModeSchema.or(z.string()),
  tookMs: z.number(),
  /** The relevance floor the search applied, and how many of the best hits fell below it. */
  minRelevance: z.number().nullish(),
  belowFloor: z.number().default(0),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** Everything cached under this key is refetched after a knowledge base or document change. */
export const knowledgeQueryKey = ['knowledge'] as const;
export const knowledgeBasesQueryKey = [...knowledgeQueryKey, 'bases'] as const;
export const documentsQueryKey = [...knowledgeQueryKey, 'documents'] as const;
