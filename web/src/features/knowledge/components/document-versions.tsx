import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/toast-store';
import { downloadVersionFile } from '@/features/knowledge/api/download-version-file';
import {
  useDocumentVersions,
  type VersionsSnapshot,
} from '@/features/knowledge/api/get-document-versions';
import { useRestoreVersion } from '@/features/knowledge/api/restore-version';
import { DocumentStatusView } from '@/features/knowledge/components/document-status';
import { UploadList } from '@/features/knowledge/components/upload-list';
import { UploadZone } from '@/features/knowledge/components/upload-zone';
import { UploaderName } from '@/features/knowledge/components/uploader-name';
import { useDocumentUploads } from '@/features/knowledge/components/use-document-uploads';
import { VersionDiffCard } from '@/features/knowledge/components/version-diff';
import { formatBytes, formatDateTime } from '@/lib/format';
import { describeError } from '@/lib/problem';

/** The versions, newest first, with (for editors) the upload of a new one and restore; then the diff. */
export function DocumentVersions({
  documentId,
  snapshot,
  canUpload,
}: {
  documentId: string;
  snapshot: VersionsSnapshot;
  canUpload: boolean;
}) {
  const versions = useDocumentVersions(documentId, snapshot);
  const { uploads, start, dismiss, policy } = useDocumentUploads({ documentId });
  const [downloading, setDownloading] = useState<string | null>(null);
  const restore = useRestoreVersion();
  const indexed = versions.data?.filter((v) => v.status === 'indexed') ?? [];
  return (
    <>
      <Card
        title="Versions"
        description="Search serves the current version; a new one takes over once it is indexed."
      >
        {canUpload ? (
          <div className="mb-4 space-y-3">
            <UploadZone
              multiple={false}
              label="Drop a file here to upload a new version"
              onFiles={start}
              policy={policy}
            />
            <UploadList uploads={uploads} onDismiss={dismiss} />
          </div>
        ) : null}
        {versions.isPending ? <Spinner label="Loading versions…" /> : null}
        {versions.isError ? <Alert tone="error">{describeError(versions.error)}</Alert> : null}
        <ol className="divide-y divide-border">
          {versions.data?.map((version) => (
            <li
              key={version.id}
              className="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-start sm:justify-between"
            >
              <div className="min-w-0">
                <p className="font-medium text-fg">
                  Version {version.number}
                  {version.current ? (
                    <Badge tone="success" className="ml-2">
                      Current
                    </Badge>
                  ) : null}
                </p>
                <p className="truncate text-fg-muted">
                  {version.fileName ?? '—'} · {formatBytes(version.size)} · {version.chunkCount}{' '}
                  {version.chunkCount === 1 ? 'chunk' : 'chunks'}
                </p>
                <p className="text-xs text-fg-muted">
                  <UploaderName userId={version.createdBy} />, {formatDateTime(version.createdAt)}
                </p>
              </div>
              <div className="flex shrink-0 flex-col gap-2 sm:items-end">
                <DocumentStatusView
                  status={version.status}
                  progress={version.progress}
                  reason={version.statusReason}
                  name={`Version ${version.number}`}
                />
                {version.sha256 ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    loading={downloading === version.id}
                    onClick={() => {
                      setDownloading(version.id);
                      downloadVersionFile(documentId, version.id, version.fileName ?? 'document')
                        .catch((error: unknown) => {
                          toast.error(describeError(error));
                        })
                        .finally(() => {
                          setDownloading(null);
                        });
                    }}
                  >
                    Download<span className="sr-only"> version {version.number}</span>
                  </Button>
                ) : null}
                {canUpload && version.status === 'indexed' && !version.current ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    loading={restore.isPending && restore.variables.number === version.number}
                    onClick={() => {
                      restore.mutate(
                        { documentId, number: version.number },
                        {
                          onSuccess: () => {
                            toast.success(`Version ${version.number} is current again.`);
                          },
                        },
                      );
                    }}
                  >
                    Restore<span className="sr-only"> version {version.number}</span>
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      </Card>
      {versions.data ? (
        <VersionDiffCard
          key={indexed.map((v) => v.number).join(',')}
          documentId={documentId}
          versions={versions.data}
        />
      ) : null}
    </>
  );
}
