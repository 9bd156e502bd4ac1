import { useQueryClient } from '@tanstack/react-query';
import { useStore } from 'zustand';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import {
  indexRebuildSchema,
  indexRebuildsQueryKey,
  isActive,
  rebuildPercent,
  useIndexRebuilds,
  useStartIndexRebuild,
  type IndexRebuild,
  type IndexRebuildStatus,
} from '@/features/knowledge/api/index-rebuilds';
import { formatDateTime } from '@/lib/format';
import { describeError } from '@/lib/problem';
import { realtimeStatusStore } from '@/lib/realtime-client';
import { useRealtimeEvent } from '@/lib/realtime-events';
import type { Page } from '@/types/api';

const STATUS_TONES = {
  queued: 'neutral',
  running: 'accent',
  completed: 'success',
  failed: 'danger',
} as const satisfies Record<IndexRebuildStatus, string>;

/**
 * Search index administration (kb:admin): start a rebuild, follow it live over the WebSocket
 * (`knowledge:index_rebuild`; the list is polled instead while live updates are offline) and see
 * the latest rebuilds with their counts and times.
 */
export function SearchIndexPanel() {
  const queryClient = useQueryClient();
  const live = useStore(realtimeStatusStore, (state) => state.status) === 'live';
  const rebuilds = useIndexRebuilds(!live);
  const start = useStartIndexRebuild();

  useRealtimeEvent('knowledge:index_rebuild', (data) => {
    const parsed = indexRebuildSchema.safeParse(data);
    if (!parsed.success) return;
    const event = parsed.data;
    queryClient.setQueryData<Page<IndexRebuild>>(indexRebuildsQueryKey, (page) => {
      if (!page) return page;
      if (!page.items.some((item) => item.id === event.id)) {
        void queryClient.invalidateQueries({ queryKey: indexRebuildsQueryKey });
        return page;
      }
      return { ...page, items: page.items.map((item) => (item.id === event.id ? event : item)) };
    });
  });

  const items = rebuilds.data?.items ?? [];
  const latest = items[0];
  const active = isActive(latest);
  return (
    <Card
      title="Search index"
      description="Rebuilds this organisation's search index from the database. Search keeps answering while it runs."
      className="mt-6"
    >
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() => {
            start.mutate();
          }}
          disabled={active || start.isPending}
        >
          {active ? 'Rebuilding…' : 'Rebuild index'}
        </Button>
        {latest && active ? <RebuildProgress rebuild={latest} /> : null}
      </div>
      {rebuilds.isError ? (
        <Alert tone="error" className="mt-4">
          {describeError(rebuilds.error)}
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <ul aria-label="Latest index rebuilds" className="mt-4 divide-y divide-border text-sm">
          {items.map((rebuild) => (
            <RebuildRow key={rebuild.id} rebuild={rebuild} />
          ))}
        </ul>
      ) : rebuilds.isSuccess ? (
        <p className="mt-4 text-sm text-fg-muted">The index has not been rebuilt yet.</p>
      ) : null}
    </Card>
  );
}

function RebuildProgress({ rebuild }: { rebuild: IndexRebuild }) {
  const label =
    rebuild.status === 'queued'
      ? 'Waiting to start…'
      : `${rebuild.entitiesDone.toLocaleString()} of ${rebuild.entitiesTotal.toLocaleString()} chunks`;
  return (
    <div className="min-w-48 flex-1">
      <ProgressBar value={rebuildPercent(rebuild)} label="Index rebuild progress" />
      <p className="mt-1 text-xs text-fg-muted" aria-live="polite">
        {label}
      </p>
    </div>
  );
}

function RebuildRow({ rebuild }: { rebuild: IndexRebuild }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2" data-rebuild-id={rebuild.id}>
      <Badge tone={STATUS_TONES[rebuild.status]}>{rebuild.status}</Badge>
      <span className="text-fg">
        {rebuild.entitiesDone.toLocaleString()} of {rebuild.entitiesTotal.toLocaleString()} chunks
        re-indexed
        {rebuild.removedEntries > 0
          ? ` · ${rebuild.removedEntries.toLocaleString()} stale removed`
          : ''}
      </span>
      <span className="text-fg-muted">
        {formatDateTime(rebuild.startedAt ?? rebuild.requestedAt)}
        {rebuild.finishedAt ? ` · took ${duration(rebuild)}` : ''}
      </span>
      {rebuild.error ? <span className="w-full text-danger">{rebuild.error}</span> : null}
    </li>
  );
}

function duration(rebuild: IndexRebuild): string {
  if (!rebuild.startedAt || !rebuild.finishedAt) return '—';
  const ms = new Date(rebuild.finishedAt).getTime() - new Date(rebuild.startedAt).getTime();
  if (ms < 1000) return `${Math.max(0, ms)} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
