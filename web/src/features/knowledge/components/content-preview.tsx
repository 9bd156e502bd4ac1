import { useEffect, useMemo, useRef, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { useDocumentContent } from '@/features/knowledge/api/get-document';
import { locatePassage } from '@/features/knowledge/components/passage';

/** How much of the extracted text shows at first, and how much more each "Show more" adds. */
export const PREVIEW_STEP = 3000;

/**
 * The extracted text of the version search serves, a screenful at a time; a passage someone
 * came to see (a search hit) is shown, highlighted and scrolled to.
 */
export function ContentPreview({
  documentId,
  currentVersion,
  passage,
}: {
  documentId: string;
  currentVersion: number | null | undefined;
  passage?: { chunkId: string; text: string } | undefined;
}) {
  const content = useDocumentContent(documentId, currentVersion);
  const [more, setMore] = useState(PREVIEW_STEP);
  const text = content.data ?? '';
  const passageText = passage?.text;
  const range = useMemo(
    () => (passageText ? locatePassage(text, passageText) : null),
    [text, passageText],
  );
  // the passage and a little after it are always in view, however far into the text it is
  const shown = Math.max(more, range ? range.end + PREVIEW_STEP / 3 : 0);
  const mark = useRef<HTMLElement>(null);
  const rangeStart = range?.start;
  useEffect(() => {
    if (rangeStart !== undefined) mark.current?.scrollIntoView({ block: 'center' });
  }, [rangeStart, passage?.chunkId]);
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
            {range && passage ? (
              <>
                {text.slice(0, range.start)}
                <mark
                  ref={mark}
                  id={`chunk-${passage.chunkId}`}
                  aria-label="Passage from your search"
                  className="scroll-mt-20 rounded-sm bg-accent-soft text-fg ring-2 ring-accent/50"
                >
                  {text.slice(range.start, range.end)}
                </mark>
                {text.slice(range.end, shown)}
              </>
            ) : (
              text.slice(0, shown)
            )}
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
                  setMore(shown + PREVIEW_STEP * 4);
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
