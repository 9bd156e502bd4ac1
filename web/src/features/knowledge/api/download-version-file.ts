import { apiFile } from '@/lib/api-client';

/** GET /api/v1/documents/{id}/versions/{versionId}/file, saved under the file's own name. */
export async function downloadVersionFile(documentId: string, versionId: string, fileName: string) {
  const blob = await apiFile(
    `/api/v1/documents/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}/file`,
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // after the click has handed the blob to the browser's download
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
