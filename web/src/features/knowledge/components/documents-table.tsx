import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import type { KnowledgeDocument } from '@/features/knowledge/api/knowledge-schema';
import { DocumentStatusView } from '@/features/knowledge/components/document-status';
import { FailedDocumentActions } from '@/features/knowledge/components/failed-document-actions';
import { UploaderName } from '@/features/knowledge/components/uploader-name';
import { formatBytes, formatDateTime } from '@/lib/format';
import { documentPath } from '@/lib/paths';

export function DocumentsTable({
  documents,
  loading,
  error,
  empty,
  canEdit,
}: {
  documents: KnowledgeDocument[] | undefined;
  loading: boolean;
  error: string | undefined;
  empty: string;
  /** Failed documents then offer "Try again" and "Remove". */
  canEdit: boolean;
}) {
  return (
    <Table caption="Documents of this knowledge base">
      <THead>
        <tr>
          <Th>Title</Th>
          <Th>Status</Th>
          <Th>Version</Th>
          <Th>Size</Th>
          <Th>Uploaded by</Th>
          <Th>Updated</Th>
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={documents}
          loading={loading}
          error={error}
          colSpan={6}
          loadingLabel="Loading documents…"
          empty={empty}
        >
          {(document) => (
            <tr key={document.id}>
              <Td label="Title" className="max-w-xs">
                <Link
                  to={documentPath(document.id)}
                  className="block truncate font-medium text-fg hover:text-accent hover:underline"
                >
                  {document.title}
                </Link>
                <div className="flex flex-wrap items-center gap-1 text-fg-muted">
                  {document.fileName && document.fileName !== document.title ? (
                    <span className="truncate">{document.fileName}</span>
                  ) : null}
                  {(document.tags ?? []).map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </div>
              </Td>
              <Td label="Status">
                <DocumentStatusView
                  status={document.status}
                  progress={document.progress}
                  reason={document.statusReason}
                  name={document.title}
                />
                {canEdit && document.status === 'failed' ? (
                  <div className="mt-2">
                    <FailedDocumentActions document={document} />
                  </div>
                ) : null}
              </Td>
              <Td label="Version" className="whitespace-nowrap tabular-nums">
                v{document.currentVersion ?? document.latestVersion}
                {document.currentVersion !== document.latestVersion &&
                document.currentVersion != null ? (
                  <span className="text-fg-muted"> (v{document.latestVersion} new)</span>
                ) : null}
              </Td>
              <Td label="Size" className="whitespace-nowrap tabular-nums">
                {formatBytes(document.size)}
              </Td>
              <Td label="Uploaded by" className="whitespace-nowrap text-fg-muted">
                <UploaderName userId={document.uploadedBy} name={document.uploadedByName} />
              </Td>
              <Td label="Updated" className="whitespace-nowrap text-fg-muted">
                {formatDateTime(document.updatedAt)}
              </Td>
            </tr>
          )}
        </TableRows>
      </TBody>
    </Table>
  );
}
