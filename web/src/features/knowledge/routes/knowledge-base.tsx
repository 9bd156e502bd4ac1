import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { SearchIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { TextLink } from '@/components/ui/text-link';
import { useDocuments } from '@/features/knowledge/api/get-documents';
import { useKnowledgeBase } from '@/features/knowledge/api/get-knowledge-base';
import type { KnowledgeBase } from '@/features/knowledge/api/knowledge-schema';
import { useProcessingUpdates } from '@/features/knowledge/api/processing-updates';
import { DeleteKnowledgeBaseDialog } from '@/features/knowledge/components/delete-knowledge-base-dialog';
import { DocumentsTable } from '@/features/knowledge/components/documents-table';
import { EmbeddingModelPanel } from '@/features/knowledge/components/embedding-model-panel';
import { ImportUrlForm } from '@/features/knowledge/components/import-url-form';
import { KnowledgeBaseFormDialog } from '@/features/knowledge/components/knowledge-base-form-dialog';
import { UploadList } from '@/features/knowledge/components/upload-list';
import { UploadZone } from '@/features/knowledge/components/upload-zone';
import { useDocumentUploads } from '@/features/knowledge/components/use-document-uploads';
import { usePickerSources } from '@/features/knowledge/components/use-picker-sources';
import { useHasPermission } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;

export function KnowledgeBaseRoute() {
  const { knowledgeBaseId = '' } = useParams();
  const knowledgeBase = useKnowledgeBase(knowledgeBaseId);
  if (knowledgeBase.isPending) return <Spinner label="Loading the knowledge base…" />;
  if (knowledgeBase.isError) {
    return (
      <>
        <PageHeader title="Knowledge base" />
        <Alert tone="error">{describeError(knowledgeBase.error)}</Alert>
        <p className="mt-4 text-sm">
          <TextLink to={paths.knowledge}>Back to the knowledge bases</TextLink>
        </p>
      </>
    );
  }
  return <KnowledgeBasePage knowledgeBase={knowledgeBase.data} />;
}

function KnowledgeBasePage({ knowledgeBase }: { knowledgeBase: KnowledgeBase }) {
  const navigate = useNavigate();
  const canAdmin = useHasPermission(permissions.kbAdmin);
  const canWrite = useHasPermission(permissions.kbWrite);
  const canUpload = canWrite && knowledgeBase.canEdit;
  const sources = usePickerSources();
  const { page, setPage } = useSearchState([] as const);
  const documents = useDocuments({ knowledgeBaseId: knowledgeBase.id, page, size: PAGE_SIZE });
  const { uploads, start, importFrom, dismiss, policy } = useDocumentUploads({
    knowledgeBaseId: knowledgeBase.id,
  });
  useProcessingUpdates();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <TextLink to={paths.knowledge}>Knowledge</TextLink>
        <span className="text-fg-muted"> / {knowledgeBase.name}</span>
      </nav>
      <PageHeader
        title={knowledgeBase.name}
        description={knowledgeBase.description ?? undefined}
        actions={
          <>
            <Link
              to={`${paths.knowledgeSearch}?kb=${encodeURIComponent(knowledgeBase.id)}`}
              className={buttonClasses('secondary')}
            >
              <SearchIcon className="size-4" />
              Search here
            </Link>
            {canAdmin ? (
              <>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSettingsOpen(true);
                  }}
                >
                  Settings
                </Button>
                <Button
                  variant="secondary"
                  className="text-danger"
                  onClick={() => {
                    setDeleting(true);
                  }}
                >
                  Delete
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {canUpload ? (
        <div className="mb-6 space-y-3">
          <UploadZone onFiles={start} policy={policy} />
          <ImportUrlForm onImport={importFrom} />
          <UploadList uploads={uploads} onDismiss={dismiss} />
        </div>
      ) : null}
      <DocumentsTable
        documents={documents.data?.items}
        loading={documents.isPending}
        error={documents.isError ? describeError(documents.error) : undefined}
        canEdit={canUpload}
        empty={
          canUpload
            ? 'No documents yet. Drop files above or choose them to upload.'
            : 'No documents you may read yet.'
        }
      />
      {documents.data ? (
        <Pagination
          page={documents.data.page}
          size={documents.data.size}
          total={documents.data.total}
          onPageChange={setPage}
          label="Document pages"
        />
      ) : null}
      <EmbeddingModelPanel knowledgeBaseId={knowledgeBase.id} canAdmin={canAdmin} />
      <KnowledgeBaseFormDialog
        open={settingsOpen}
        knowledgeBase={knowledgeBase}
        sources={sources}
        onClose={() => {
          setSettingsOpen(false);
        }}
      />
      <DeleteKnowledgeBaseDialog
        knowledgeBase={deleting ? knowledgeBase : undefined}
        onClose={() => {
          setDeleting(false);
        }}
        onDeleted={() => {
          void navigate(paths.knowledge);
        }}
      />
    </>
  );
}
