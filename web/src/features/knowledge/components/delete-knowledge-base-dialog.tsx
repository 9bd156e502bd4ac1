import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast-store';
import { useDeleteKnowledgeBase } from '@/features/knowledge/api/delete-knowledge-base';
import type { KnowledgeBase } from '@/features/knowledge/api/knowledge-schema';
import { describeError, ProblemError } from '@/lib/problem';

/** The 409 a knowledge base with documents answers, as a sentence a person can act on. */
export function describeDeleteError(error: unknown): string {
  if (error instanceof ProblemError && error.status === 409) {
    return 'This knowledge base still holds documents. Delete its documents first, then the knowledge base.';
  }
  return describeError(error);
}

export function DeleteKnowledgeBaseDialog({
  knowledgeBase,
  onClose,
  onDeleted,
}: {
  knowledgeBase: KnowledgeBase | undefined;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const remove = useDeleteKnowledgeBase();
  const [error, setError] = useState<string>();
  function close() {
    setError(undefined);
    remove.reset();
    onClose();
  }
  return (
    <ConfirmDialog
      open={knowledgeBase !== undefined}
      title="Delete knowledge base?"
      confirmLabel="Delete knowledge base"
      pending={remove.isPending}
      onCancel={close}
      onConfirm={() => {
        if (!knowledgeBase) return;
        setError(undefined);
        remove.mutate(knowledgeBase.id, {
          onSuccess: () => {
            toast.success(`Knowledge base ${knowledgeBase.name} deleted.`);
            close();
            onDeleted?.();
          },
          onError: (e) => {
            setError(describeDeleteError(e));
          },
        });
      }}
    >
      {error ? (
        <Alert tone="error" className="mb-3">
          {error}
        </Alert>
      ) : null}
      The knowledge base <strong className="text-fg">{knowledgeBase?.name}</strong> will be deleted.
      Only an empty knowledge base can be deleted.
    </ConfirmDialog>
  );
}
