import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { useVersionDiff } from '@/features/knowledge/api/get-version-diff';
import type { DocumentVersion } from '@/features/knowledge/api/knowledge-schema';
import { diffLineKind, type DiffLineKind } from '@/features/knowledge/components/diff-lines';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/problem';

const lineClasses: Record<DiffLineKind, string> = {
  added: 'bg-success-soft text-success',
  removed: 'bg-danger-soft text-danger',
  hunk: 'text-accent',
  file: 'text-fg-muted',
  context: 'text-fg',
};

/** The text difference between two indexed versions (newest against the one before, at first). */
export function VersionDiffCard({
  documentId,
  versions,
}: {
  documentId: string;
  versions: DocumentVersion[];
}) {
  const withText = versions.filter((v) => v.status === 'indexed');
  const [to, setTo] = useState(withText[0]?.number);
  const [from, setFrom] = useState(withText[1]?.number);
  const diff = useVersionDiff(documentId, from, to);
  if (withText.length < 2) return null;

  const picker = (label: string, value: number | undefined, onChange: (n: number) => void) => (
    <FormField label={label} className="sm:w-40">
      {(field) => (
        <Select
          {...field}
          value={value ?? ''}
          onChange={(event) => {
            onChange(Number(event.target.value));
          }}
        >
          {withText.map((v) => (
            <option key={v.id} value={v.number}>
              Version {v.number}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );

  return (
    <Card title="Compare versions" description="What changed in the extracted text.">
      <div className="mb-3 flex flex-col gap-3 sm:flex-row">
        {picker('From', from, setFrom)}
        {picker('To', to, setTo)}
      </div>
      {from === to ? (
        <p className="text-sm text-fg-muted">Choose two different versions.</p>
      ) : diff.isPending ? (
        <Spinner label="Comparing…" />
      ) : diff.isError ? (
        <Alert tone="error">{describeError(diff.error)}</Alert>
      ) : diff.data.changes === 0 ? (
        <p className="text-sm text-fg-muted">The two versions have the same text.</p>
      ) : (
        <>
          <p className="mb-2 text-xs text-fg-muted">
            {diff.data.changes} {diff.data.changes === 1 ? 'change' : 'changes'}
          </p>
          <pre
            aria-label={`Differences from version ${from ?? ''} to version ${to ?? ''}`}
            className="max-h-96 overflow-auto rounded-md border border-border font-mono text-xs leading-5"
          >
            {diff.data.diff.split('\n').map((line, index) => (
              <div
                key={index}
                className={cn('px-3 whitespace-pre-wrap', lineClasses[diffLineKind(line)])}
              >
                {line || ' '}
              </div>
            ))}
          </pre>
        </>
      )}
    </Card>
  );
}
