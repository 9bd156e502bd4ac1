import { Badge } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { DocumentStatus } from '@/features/knowledge/api/knowledge-schema';
import { isFinal } from '@/features/knowledge/api/processing-updates';
import { processingPercent, statusLabel } from '@/features/knowledge/components/processing';

/** The status badge; while in the pipeline, the stage and a progress bar under it. */
export function DocumentStatusView({
  status,
  progress,
  reason,
  name,
}: {
  status: DocumentStatus;
  progress: number;
  reason?: string | null | undefined;
  /** What the progress bar is announced as being for. */
  name: string;
}) {
  const tone = status === 'indexed' ? 'success' : status === 'failed' ? 'danger' : 'accent';
  const within = status === 'embedding' && progress > 0 ? ` ${progress}%` : '';
  return (
    <div className="min-w-28 space-y-1">
      <Badge tone={tone}>{`${statusLabel(status)}${isFinal(status) ? '' : `${within}…`}`}</Badge>
      {isFinal(status) ? null : (
        <ProgressBar
          value={processingPercent(status, progress)}
          label={`${name}: ${statusLabel(status)}`}
        />
      )}
      {status === 'failed' && reason ? <p className="text-xs text-danger">{reason}</p> : null}
    </div>
  );
}
