import { documentSchema } from '@/features/knowledge/api/knowledge-schema';
import { uploadRequest, type UploadProgress } from '@/lib/upload';

export interface DocumentUpload {
  file: File;
  title?: string | undefined;
  /** Comma-separated. */
  tags?: string | undefined;
}

/** Where the file goes: a new document of a knowledge base, or a new version of a document. */
export type UploadTarget = { knowledgeBaseId: string } | { documentId: string };

function targetPath(target: UploadTarget): string {
  return 'knowledgeBaseId' in target
    ? `/api/v1/knowledge-bases/${encodeURIComponent(target.knowledgeBaseId)}/documents`
    : `/api/v1/documents/${encodeURIComponent(target.documentId)}/versions`;
}

/**
 * POST /api/v1/knowledge-bases/{id}/documents or /api/v1/documents/{id}/versions (multipart):
 * answers 202 with the document; ingestion continues in the background.
 */
export function uploadDocument(
  target: UploadTarget,
  upload: DocumentUpload,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
) {
  const body = new FormData();
  body.append('file', upload.file, upload.file.name);
  if (upload.title?.trim()) body.append('title', upload.title.trim());
  if (upload.tags?.trim()) body.append('tags', upload.tags.trim());
  return uploadRequest(targetPath(target), body, { schema: documentSchema, onProgress, signal });
}
