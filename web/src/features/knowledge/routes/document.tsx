import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { TextLink } from '@/components/ui/text-link';
import { toast } from '@/components/ui/toast-store';
import { useDeleteDocument } from '@/features/knowledge/api/delete-document';
import { useDocument } from '@/features/knowledge/api/get-document';
import { useKnowledgeBase } from '@/features/knowledge/api/get-knowledge-base';
import { usePassage } from '@/features/knowledge/api/get-passage';
import type { KnowledgeDocument } from '@/features/knowledge/api/knowledge-schema';
import { useProcessingUpdates } from '@/features/knowledge/api/processing-updates';
import { ContentPreview } from '@/features/knowledge/components/content-preview';
import { DocumentDetails } from '@/features/knowledge/components/document-details';
import { DocumentEditForm } from '@/features/knowledge/components/document-edit-form';
import { DocumentStatusView } from '@/features/knowledge/components/document-status';
import { DocumentVersions } from '@/features/knowledge/components/document-versions';
import { FailedDocumentActions } from '@/features/knowledge/components/failed-document-actions';
import { useHasPermission } from '@/lib/auth';
import { knowledgeBasePath, paths } from '@/lib/paths';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';

/** The search hit someone came from (router state set by the search results). */
const hitStateSchema = z.object({
  hit: z.object({
    text: z.string(),
    page: z.number().nullish(),
    headingPath: z.array(z.string()).default([]),
  }),
});

export function DocumentRoute() {
  const { documentId = '' } = useParams();
  const document = useDocument(documentId);
  useProcessingUpdates();
  if (document.isPending) return <Spinner label="Loading the document…" />;
  if (document.isError) {
    return (
      <>
        <PageHeader title="Document" />
        <Alert tone="error">{describeError(document.error)}</Alert>
        <p className="mt-4 text-sm">
          <TextLink to={paths.knowledge}>Back to the knowledge bases</TextLink>
        </p>
      </>
    );
  }
  return <DocumentPage document={document.data} />;
}

function DocumentPage({ document }: { document: KnowledgeDocument }) {
  const navigate = useNavigate();
  const location = useLocation();
  const knowledgeBase = useKnowledgeBase(document.knowledgeBaseId);
  const canWrite = useHasPermission(permissions.kbWrite);
  const canEdit = canWrite && (knowledgeBase.data?.canEdit ?? false);
  const remove = useDeleteDocument();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [searchParams] = useSearchParams();
  // the passage a search hit named: in the address, so a reload or a shared link finds it again
  const chunkId = searchParams.get('chunk');
  const passage = usePassage(document.id, chunkId);
  const state = hitStateSchema.safeParse(location.state);
  const hit = passage.data ?? (state.success ? state.data.hit : undefined);
  const anchorPage = /^#page-(\d+)$/.exec(location.hash)?.[1] ?? passage.data?.page?.toString();

  useEffect(() => {
    if (location.hash) window.document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [location.hash]);

  const kbPath = knowledgeBasePath(document.knowledgeBaseId);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 truncate text-sm">
        <TextLink to={paths.knowledge}>Knowledge</TextLink>
        <span className="text-fg-muted"> / </span>
        <TextLink to={kbPath}>{knowledgeBase.data?.name ?? 'Knowledge base'}</TextLink>
      </nav>
      <PageHeader
        title={document.title}
        description={
          document.currentVersion
            ? `Search serves version ${document.currentVersion} of ${document.latestVersion}.`
            : 'Not searchable yet: no version is indexed.'
        }
        actions={
          canEdit ? (
            <>
              <Button
                variant="secondary"
                onClick={() => {
                  setEditing(true);
                }}
              >
                Edit title and tags
              </Button>
              <Button
                variant="secondary"
                className="text-danger"
                onClick={() => {
                  setConfirming(true);
                }}
              >
                Delete document
              </Button>
            </>
          ) : null
        }
      />
      {editing ? (
        <DocumentEditForm
          document={document}
          onDone={() => {
            setEditing(false);
          }}
        />
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-4">
          {hit || anchorPage || chunkId ? (
            <section
              id={anchorPage && !chunkId ? `page-${anchorPage}` : undefined}
              aria-label="Search hit"
              className="scroll-mt-20 rounded-lg border border-accent/40 bg-accent-soft p-4 text-sm"
            >
              <p className="font-medium text-fg">
                From your search
                {anchorPage ? ` · page ${anchorPage}` : ''}
                {hit && hit.headingPath.length > 0 ? ` · ${hit.headingPath.join(' › ')}` : ''}
              </p>
              {hit ? <p className="mt-1 whitespace-pre-wrap text-fg">{hit.text}</p> : null}
              {passage.data && passage.data.versionNumber !== document.currentVersion ? (
                <p className="mt-1 text-xs text-fg-muted">
                  From version {passage.data.versionNumber}; the text below is the current version.
                </p>
              ) : null}
              {passage.isError ? (
                <p className="mt-1 text-xs text-fg-muted">
                  That passage is no longer part of this document.
                </p>
              ) : null}
            </section>
          ) : null}
          <Card title="Status">
            <DocumentStatusView
              status={document.status}
              progress={document.progress}
              reason={document.statusReason}
              name={document.title}
            />
            {canEdit && document.status === 'failed' ? (
              <div className="mt-3">
                <FailedDocumentActions
                  document={document}
                  onRemoved={() => {
                    void navigate(kbPath);
                  }}
                />
              </div>
            ) : null}
          </Card>
          <ContentPreview
            documentId={document.id}
            currentVersion={document.currentVersion}
            passage={chunkId && passage.data ? { chunkId, text: passage.data.text } : undefined}
          />
          <DocumentVersions
            documentId={document.id}
            snapshot={{
              latestVersion: document.latestVersion,
              currentVersion: document.currentVersion,
              status: document.status,
            }}
            canUpload={canEdit}
          />
        </div>
        <div className="min-w-0">
          <DocumentDetails document={document} />
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete document?"
        confirmLabel="Delete document"
        pending={remove.isPending}
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          remove.mutate(document.id, {
            onSuccess: () => {
              toast.success(`${document.title} deleted.`);
              setConfirming(false);
              void navigate(kbPath);
            },
          });
        }}
      >
        <strong className="text-fg">{document.title}</strong> leaves search at once, with all its
        versions.
      </ConfirmDialog>
    </>
  );
}
