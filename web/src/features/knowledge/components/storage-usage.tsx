import { ProgressBar } from '@/components/ui/progress-bar';
import { useStorageUsage, type StorageUsage } from '@/features/knowledge/api/get-storage-usage';
import { formatBytes } from '@/lib/format';

/** "1.5 MB of 10 MB used (15%)", or "1.5 MB used" without a limit. */
export function describeUsage({ usedBytes, limitBytes }: StorageUsage): string {
  if (limitBytes === null || limitBytes === undefined) {
    return `${formatBytes(usedBytes)} used, no limit`;
  }
  const percent = limitBytes > 0 ? Math.min(100, Math.floor((100 * usedBytes) / limitBytes)) : 100;
  return `${formatBytes(usedBytes)} of ${formatBytes(limitBytes)} used (${percent}%)`;
}

/** The organisation's file storage; nothing while loading or when it cannot be read. */
export function StorageUsageSummary() {
  const usage = useStorageUsage();
  if (!usage.data) return null;
  const { usedBytes, limitBytes } = usage.data;
  const hasLimit = limitBytes !== null && limitBytes !== undefined && limitBytes > 0;
  const full = hasLimit && usedBytes >= limitBytes;
  return (
    <section
      aria-label="Storage"
      data-testid="storage-usage"
      className="mb-4 max-w-md space-y-1.5 text-sm"
    >
      <p className="text-fg-muted">
        <span className="font-medium text-fg">Storage: </span>
        {describeUsage(usage.data)}
      </p>
      {hasLimit ? (
        <ProgressBar
          value={(100 * usedBytes) / limitBytes}
          tone={full ? 'danger' : 'accent'}
          label="Storage used"
        />
      ) : null}
      {full ? (
        <p className="text-xs text-danger">
          The storage limit is reached: delete documents (their files go after the retention period)
          or ask an administrator for more.
        </p>
      ) : null}
    </section>
  );
}
