import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { Spinner } from '@/components/ui/spinner';
import { useTemplate } from '@/features/prompt-templates/api/get-template';
import { useTemplateVersions } from '@/features/prompt-templates/api/get-template-versions';
import { formatDateTime } from '@/lib/format';
import { describeError } from '@/lib/problem';

/** The template's versions, newest first; any of them opens read-only. */
export function TemplateVersions({ templateId }: { templateId: string }) {
  const versions = useTemplateVersions(templateId, 0);
  const [viewing, setViewing] = useState<number>();

  return (
    <Card title="Version history">
      {versions.isPending ? <Spinner label="Loading versions…" /> : null}
      {versions.isError ? (
        <p className="text-sm text-danger">{describeError(versions.error)}</p>
      ) : null}
      <ul className="divide-y divide-border">
        {versions.data?.items.map((version) => (
          <li key={version.version} className="flex items-center justify-between gap-3 py-2">
            <div className="min-w-0 text-sm">
              <div className="font-medium text-fg">Version {version.version}</div>
              <div className="text-xs text-fg-muted">{formatDateTime(version.savedAt)}</div>
            </div>
            <Button
              variant="secondary"
              size="sm"
              aria-label={`View version ${version.version}`}
              onClick={() => {
                setViewing(version.version);
              }}
            >
              View
            </Button>
          </li>
        ))}
      </ul>
      {versions.data && versions.data.total > versions.data.items.length ? (
        <p className="mt-2 text-xs text-fg-muted">
          Showing the newest {versions.data.items.length} of {versions.data.total}.
        </p>
      ) : null}
      {viewing ? (
        <VersionDialog
          templateId={templateId}
          version={viewing}
          onClose={() => {
            setViewing(undefined);
          }}
        />
      ) : null}
    </Card>
  );
}

function VersionDialog({
  templateId,
  version,
  onClose,
}: {
  templateId: string;
  version: number;
  onClose: () => void;
}) {
  const template = useTemplate(templateId, version);
  return (
    <Dialog open onClose={onClose} title={`Version ${version}`} size="lg">
      {template.isPending ? <Spinner label="Loading version…" /> : null}
      {template.isError ? (
        <p className="text-sm text-danger">{describeError(template.error)}</p>
      ) : null}
      {template.data ? (
        <div className="space-y-3 text-sm">
          <p>
            <span className="font-medium">{template.data.name}</span>
            <span className="text-fg-muted"> · saved {formatDateTime(template.data.savedAt)}</span>
          </p>
          <pre
            aria-label={`Body of version ${version}`}
            className="rounded-md border border-border bg-surface-muted p-3 whitespace-pre-wrap"
          >
            {template.data.body}
          </pre>
          {template.data.variables.length > 0 ? (
            <ul className="list-inside list-disc text-fg-muted">
              {template.data.variables.map((variable) => (
                <li key={variable.name}>
                  <code>{variable.name}</code>: {variable.type}
                  {variable.required ? ', required' : ''}
                  {variable.options.length > 0 ? ` (${variable.options.join(', ')})` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Dialog>
  );
}
