import { documentSchema } from '@/features/knowledge/api/knowledge-schema';
import { apiRequest } from '@/lib/api-client';

export interface DocumentImport {
  url: string;
  title?: string | undefined;
  tags?: string[] | undefined;
}

/** Where the imported file goes: a new document of a knowledge base, or a new version. */
export type ImportTarget = { knowledgeBaseId: string } | { documentId: string };

function targetPath(target: ImportTarget): string {
  return 'knowledgeBaseId' in target
    ? `/api/v1/knowledge-bases/${encodeURIComponent(target.knowledgeBaseId)}/documents/import`
    : `/api/v1/documents/${encodeURIComponent(target.documentId)}/versions/import`;
}

/**
 * POST …/documents/import or …/versions/import: answers 202 with the document (status
 * `fetching`); the server fetches the file in the background, then ingests it like an upload.
 */
export function importDocument(target: ImportTarget, input: DocumentImport) {
  return apiRequest(targetPath(target), {
    method: 'POST',
    body: input,
    schema: documentSchema,
  });
}

/** An absolute http(s) URL, or the reason it is not one. */
export function checkImportUrl(raw: string): { url: string } | { error: string } {
  const text = raw.trim();
  if (!text) return { error: 'Enter the address of the file.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'Enter a full address, starting with http:// or https://.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: 'Only http:// and https:// addresses can be imported.' };
  }
  return { url: text };
}
