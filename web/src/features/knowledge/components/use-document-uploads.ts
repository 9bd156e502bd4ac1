import { useQueryClient } from '@tanstack/react-query';
import { useReducer } from 'react';

import { useUploadPolicy } from '@/features/knowledge/api/get-upload-policy';
import { importDocument } from '@/features/knowledge/api/import-document';
import {
  documentsQueryKey,
  type KnowledgeDocument,
} from '@/features/knowledge/api/knowledge-schema';
import { uploadDocument, type UploadTarget } from '@/features/knowledge/api/upload-document';
import { uploadRefusal } from '@/features/knowledge/components/upload-check';
import { uploadsReducer } from '@/features/knowledge/components/upload-state';
import { describeError } from '@/lib/problem';

let sequence = 0;

function nextKey(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/**
 * Uploads files in parallel, each with its own progress, and imports from URLs (a row each, too);
 * the list refreshes as each is accepted.
 */
export function useDocumentUploads(target: UploadTarget) {
  const queryClient = useQueryClient();
  const [uploads, dispatch] = useReducer(uploadsReducer, []);
  const policy = useUploadPolicy();

  function start(files: readonly File[], details: { title?: string; tags?: string }) {
    // checked against the server's policy first: what it would refuse is not sent at all
    const batch: { key: string; file: File }[] = [];
    const refused: { key: string; fileName: string; size: number; reason: string }[] = [];
    for (const file of files) {
      const reason = policy.data ? uploadRefusal(file, policy.data) : null;
      if (reason)
        refused.push({ key: nextKey('upload'), fileName: file.name, size: file.size, reason });
      else batch.push({ key: nextKey('upload'), file });
    }
    if (refused.length > 0) dispatch({ type: 'refused', files: refused });
    dispatch({
      type: 'added',
      files: batch.map(({ key, file }) => ({ key, fileName: file.name, size: file.size })),
    });
    for (const { key, file } of batch) {
      // A title names one document; with several files each keeps its own.
      const title = batch.length === 1 ? details.title : undefined;
      uploadDocument(target, { file, title, tags: details.tags }, ({ loaded, total }) => {
        dispatch({ type: 'progress', key, loaded, total });
      })
        .then((document) => accepted(key, document))
        .catch((error: unknown) => {
          dispatch({ type: 'rejected', key, error: describeError(error) });
        });
    }
  }

  /** Resolves to whether the server accepted the address (the row then follows the fetch). */
  function importFrom(url: string): Promise<boolean> {
    const key = nextKey('import');
    dispatch({ type: 'added', files: [{ key, fileName: url, size: 0, source: 'url' }] });
    return importDocument(target, { url })
      .then(async (document) => {
        await accepted(key, document);
        return true;
      })
      .catch((error: unknown) => {
        dispatch({ type: 'rejected', key, error: describeError(error) });
        return false;
      });
  }

  async function accepted(key: string, document: KnowledgeDocument) {
    dispatch({ type: 'accepted', key, documentId: document.id });
    queryClient.setQueryData([...documentsQueryKey, 'detail', document.id], document);
    await queryClient.invalidateQueries({ queryKey: documentsQueryKey });
  }

  function dismiss(key: string) {
    dispatch({ type: 'dismissed', key });
  }

  return { uploads, start, importFrom, dismiss, policy: policy.data };
}
