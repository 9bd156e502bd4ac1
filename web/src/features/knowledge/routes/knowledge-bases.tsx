import { useState } from 'react';
import { Link } from 'react-router';

import { Button, buttonClasses } from '@/components/ui/button';
import { PlusIcon, SearchIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { useKnowledgeBases } from '@/features/knowledge/api/get-knowledge-bases';
import type { KnowledgeBase } from '@/features/knowledge/api/knowledge-schema';
import { DeleteKnowledgeBaseDialog } from '@/features/knowledge/components/delete-knowledge-base-dialog';
import { KnowledgeBaseFormDialog } from '@/features/knowledge/components/knowledge-base-form-dialog';
import { KnowledgeBasesTable } from '@/features/knowledge/components/knowledge-bases-table';
import { SearchIndexPanel } from '@/features/knowledge/components/search-index-panel';
import { StorageUsageSummary } from '@/features/knowledge/components/storage-usage';
import { usePickerSources } from '@/features/knowledge/components/use-picker-sources';
import { useHasPermission } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;

export function KnowledgeBasesRoute() {
  const canAdmin = useHasPermission(permissions.kbAdmin);
  const sources = usePickerSources();
  const { page, setPage } = useSearchState([] as const);
  const knowledgeBases = useKnowledgeBases({ page, size: PAGE_SIZE });

  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<KnowledgeBase>();
  const [deleting, setDeleting] = useState<KnowledgeBase>();

  return (
    <>
      <PageHeader
        title="Knowledge"
        description="The documents your assistants and simulations draw on."
        actions={
          <>
            <Link to={paths.knowledgeSearch} className={buttonClasses('secondary')}>
              <SearchIcon className="size-4" />
              Search
            </Link>
            {canAdmin ? (
              <Button
                onClick={() => {
                  setEditing(undefined);
                  setFormOpen(true);
                }}
              >
                <PlusIcon className="size-4" />
                New knowledge base
              </Button>
            ) : null}
          </>
        }
      />
      <StorageUsageSummary />
      <KnowledgeBasesTable
        knowledgeBases={knowledgeBases.data?.items}
        loading={knowledgeBases.isPending}
        error={knowledgeBases.isError ? describeError(knowledgeBases.error) : undefined}
        canAdmin={canAdmin}
        empty={
          canAdmin
            ? 'No knowledge bases yet. Create one to start uploading documents.'
            : 'No knowledge bases are shared with you yet.'
        }
        onEdit={(kb) => {
          setEditing(kb);
          setFormOpen(true);
        }}
        onDelete={setDeleting}
      />
      {knowledgeBases.data ? (
        <Pagination
          page={knowledgeBases.data.page}
          size={knowledgeBases.data.size}
          total={knowledgeBases.data.total}
          onPageChange={setPage}
          label="Knowledge base pages"
        />
      ) : null}
      {canAdmin ? <SearchIndexPanel /> : null}
      <KnowledgeBaseFormDialog
        open={formOpen}
        knowledgeBase={editing}
        sources={sources}
        onClose={() => {
          setFormOpen(false);
          setEditing(undefined);
        }}
      />
      <DeleteKnowledgeBaseDialog
        knowledgeBase={deleting}
        onClose={() => {
          setDeleting(undefined);
        }}
      />
    </>
  );
}
