import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { useDocumentContent } from '@/features/knowledge/api/get-document';

/** How much of the extracted text shows at first, and how much more each "Show more" adds. */
export const PREVIEW_STEP = 3000;

/** The extracted text of the version search serves, a screenful at a time. */
export function ContentPreview({
  documentId,
  currentVersion,
}: {
  documentId: string;
  currentVersion: number | null | undefined;
}) {
  const content = useDocumentContent(documentId, currentVersion);
  const [shown, setShown] = useState(PREVIEW_STEP);
  const text = content.data ?? '';
  return (
    <Card
      title="Extracted text"
      description={currentVersion ? `Version ${currentVersion}, as search reads it.` : undefined}
    >
      {currentVersion === null || currentVersion === undefined ? (
        <p className="text-sm text-fg-muted">The text appears once a version is indexed.</p>
      ) : content.isPending ? (
        <Spinner label="Loading the text…" />
      ) : content.isError ? (
        <Alert tone="error">The text could not be loaded.</Alert>
      ) : text === '' ? (
        <p className="text-sm text-fg-muted">No text was extracted.</p>
      ) : (
        <>
          <pre className="max-h-[32rem] overflow-auto rounded-md bg-surface-muted p-3 font-sans text-sm leading-6 whitespace-pre-wrap text-fg">
            {text.slice(0, shown)}
            {text.length > shown ? '…' : ''}
          </pre>
          <div className="mt-2 flex items-center justify-between text-xs text-fg-muted">
            <span>
              {Math.min(shown, text.length).toLocaleString()} of {text.length.toLocaleString()}{' '}
              characters
            </span>
            {text.length > shown ? (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => {
                  setShown((n) => n + PREVIEW_STEP * 4);
                }}
              >
                Show more
              </Button>
            ) : null}
          </div>
        </>
      )}
    </Card>
  );
}
