import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast-store';
import { useDeleteDocument } from '@/features/knowledge/api/delete-document';
import {
  documentsQueryKey,
  type KnowledgeDocument,
} from '@/features/knowledge/api/knowledge-schema';
import { useRetryDocument } from '@/features/knowledge/api/retry-document';

/** "Try again" and "Remove" for a document whose newest version failed. */
export function FailedDocumentActions({
  document,
  onRemoved,
}: {
  document: Pick<KnowledgeDocument, 'id' | 'title'>;
  onRemoved?: () => void;
}) {
  const queryClient = useQueryClient();
  const retry = useRetryDocument();
  const remove = useDeleteDocument();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="secondary"
        loading={retry.isPending}
        onClick={() => {
          // the promise, not mutate's callbacks: the buttons leave as soon as the status changes
          retry
            .mutateAsync(document.id)
            .then(() => {
              toast.success(`${document.title}: trying again.`);
            })
            .catch(() => undefined);
        }}
      >
        Try again<span className="sr-only"> {document.title}</span>
      </Button>
      <Button
        size="sm"
        variant="danger"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Remove<span className="sr-only"> {document.title}</span>
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Remove document?"
        confirmLabel="Remove document"
        pending={remove.isPending}
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          remove.mutate(document.id, {
            onSuccess: () => {
              toast.success(`${document.title} removed.`);
              setConfirming(false);
              // the delete only marks documents stale (its own page would get a 404): lists refetch now
              void queryClient.invalidateQueries({ queryKey: [...documentsQueryKey, 'list'] });
              onRemoved?.();
            },
          });
        }}
      >
        <strong className="text-fg">{document.title}</strong> is removed with all its versions.
      </ConfirmDialog>
    </div>
  );
}
