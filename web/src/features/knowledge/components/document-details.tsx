import type { ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { KnowledgeDocument } from '@/features/knowledge/api/knowledge-schema';
import { UploaderName } from '@/features/knowledge/components/uploader-name';
import { formatBytes, formatDateTime } from '@/lib/format';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1.5">
      <dt className="text-fg-muted">{term}</dt>
      <dd className="min-w-0 break-words text-fg">{children}</dd>
    </div>
  );
}

function orDash(value: string | number | null | undefined): ReactNode {
  return value === null || value === undefined || value === '' ? '—' : value;
}

/** The file, what extraction found in it, and the document's tags and metadata. */
export function DocumentDetails({ document }: { document: KnowledgeDocument }) {
  const extracted = document.extracted;
  const metadata = Object.entries(document.metadata ?? {});
  const tags = document.tags ?? [];
  return (
    <Card title="Details">
      <dl className="divide-y divide-border text-sm">
        <Row term="File">{orDash(document.fileName)}</Row>
        <Row term="Type">{orDash(extracted?.contentType ?? document.contentType)}</Row>
        <Row term="Size">{formatBytes(document.size)}</Row>
        <Row term="Uploaded by">
          <UploaderName userId={document.uploadedBy} name={document.uploadedByName} />
        </Row>
        {document.sourceUrl ? (
          <Row term="Imported from">
            <a
              href={document.sourceUrl}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="text-accent underline-offset-2 hover:underline"
            >
              {document.sourceUrl}
            </a>
          </Row>
        ) : null}
        <Row term="Created">{formatDateTime(document.createdAt)}</Row>
        <Row term="Updated">{formatDateTime(document.updatedAt)}</Row>
        <Row term="Title in file">{orDash(extracted?.title)}</Row>
        <Row term="Author">{orDash(extracted?.author)}</Row>
        <Row term="Language">{orDash(extracted?.language)}</Row>
        <Row term="Pages">{orDash(extracted?.pages)}</Row>
        <Row term="Tags">
          {tags.length > 0 ? (
            <span className="flex flex-wrap gap-1">
              {tags.map((tag) => (
                <Badge key={tag}>{tag}</Badge>
              ))}
            </span>
          ) : (
            '—'
          )}
        </Row>
        <Row term="Metadata">
          {metadata.length > 0 ? (
            <ul className="space-y-0.5">
              {metadata.map(([key, value]) => (
                <li key={key}>
                  <span className="font-mono text-xs text-fg-muted">{key}</span> {value}
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </Row>
      </dl>
    </Card>
  );
}
