import { useQueryClient } from '@tanstack/react-query';
import { useReducer } from 'react';

import { documentsQueryKey } from '@/features/knowledge/api/knowledge-schema';
import { uploadDocument, type UploadTarget } from '@/features/knowledge/api/upload-document';
import { uploadsReducer } from '@/features/knowledge/components/upload-state';
import { describeError } from '@/lib/problem';

let sequence = 0;

/** Uploads files in parallel, each with its own progress; the list refreshes as each is accepted. */
export function useDocumentUploads(target: UploadTarget) {
  const queryClient = useQueryClient();
  const [uploads, dispatch] = useReducer(uploadsReducer, []);

  function start(files: readonly File[], details: { title?: string; tags?: string }) {
    const batch = files.map((file) => {
      sequence += 1;
      return { key: `upload-${sequence}`, file };
    });
    dispatch({
      type: 'added',
      files: batch.map(({ key, file }) => ({ key, fileName: file.name, size: file.size })),
    });
    for (const { key, file } of batch) {
      // A title names one document; with several files each keeps its own.
      const title = files.length === 1 ? details.title : undefined;
      uploadDocument(target, { file, title, tags: details.tags }, ({ loaded, total }) => {
        dispatch({ type: 'progress', key, loaded, total });
      })
        .then(async (document) => {
          dispatch({ type: 'accepted', key, documentId: document.id });
          queryClient.setQueryData([...documentsQueryKey, 'detail', document.id], document);
          await queryClient.invalidateQueries({ queryKey: documentsQueryKey });
        })
        .catch((error: unknown) => {
          dispatch({ type: 'rejected', key, error: describeError(error) });
        });
    }
  }

  function dismiss(key: string) {
    dispatch({ type: 'dismissed', key });
  }

  return { uploads, start, dismiss };
}
