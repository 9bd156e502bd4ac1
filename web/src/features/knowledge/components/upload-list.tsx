import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { TextLink } from '@/components/ui/text-link';
import { useDocument } from '@/features/knowledge/api/get-document';
import { uploadRowView, type UploadItem } from '@/features/knowledge/components/upload-state';
import { formatBytes } from '@/lib/format';
import { documentPath } from '@/lib/paths';

/** One row per file: the upload's progress bar, then the pipeline's stage by stage. */
export function UploadList({
  uploads,
  onDismiss,
}: {
  uploads: UploadItem[];
  onDismiss: (key: string) => void;
}) {
  if (uploads.length === 0) return null;
  return (
    <ul
      aria-label="Uploads"
      className="divide-y divide-border rounded-lg border border-border bg-surface"
    >
      {uploads.map((item) => (
        <UploadRow key={item.key} item={item} onDismiss={onDismiss} />
      ))}
    </ul>
  );
}

function UploadRow({ item, onDismiss }: { item: UploadItem; onDismiss: (key: string) => void }) {
  // Follows the pipeline live (document:processing events, or polling without them).
  const document = useDocument(item.documentId);
  const view = uploadRowView(item, document.data);
  const textTone =
    view.tone === 'danger'
      ? 'text-danger'
      : view.tone === 'success'
        ? 'text-success'
        : 'text-fg-muted';
  return (
    <li className="space-y-1.5 px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm">
        <span className="min-w-0 truncate font-medium text-fg">
          {item.documentId ? (
            <TextLink to={documentPath(item.documentId)}>{item.fileName}</TextLink>
          ) : (
            item.fileName
          )}
          <span className="ml-2 font-normal text-fg-muted">
            {item.source === 'url'
              ? document.data && document.data.size > 0
                ? formatBytes(document.data.size)
                : ''
              : formatBytes(item.size)}
          </span>
        </span>
        <span className="flex items-center gap-2">
          <span className={textTone} aria-live="polite">
            {view.label}
          </span>
          {view.finished ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                onDismiss(item.key);
              }}
            >
              Dismiss<span className="sr-only"> {item.fileName}</span>
            </Button>
          ) : null}
        </span>
      </div>
      <ProgressBar
        value={view.percent}
        tone={view.tone}
        label={`${item.fileName}: ${view.label}`}
      />
      {view.reason ? <p className="text-xs text-danger">{view.reason}</p> : null}
    </li>
  );
}
