import { apiDownload } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

/** GET /api/v1/documents/{id}/versions/{versionId}/file, saved under the file's own name. */
export async function downloadVersionFile(documentId: string, versionId: string, fileName: string) {
  const { blob } = await apiDownload(
    `/api/v1/documents/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}/file`,
    { accept: '*/*' },
  );
  saveFile(blob, fileName);
}
