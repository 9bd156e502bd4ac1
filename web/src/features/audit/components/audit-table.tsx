import { Badge } from '@/components/ui/badge';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import type { AuditEvent } from '@/features/audit/api/get-audit-events';
import { formatDateTime } from '@/lib/format';

function actionTone(action: string) {
  if (action.endsWith('failed') || action.endsWith('reused') || action === 'access.denied')
    return 'danger' as const;
  if (action === 'ratelimit.exceeded') return 'warning' as const;
  if (action.endsWith('deleted') || action.endsWith('deactivated')) return 'warning' as const;
  return 'neutral' as const;
}

function shortId(id: string | null | undefined): string {
  return id ? id.slice(-8) : '';
}

/** The name the entry kept; entries written before names were kept carry it in their details, if at all. */
export function targetLabel(event: AuditEvent): string | undefined {
  if (event.targetName) return event.targetName;
  for (const key of ['name', 'title', 'email']) {
    const value = event.details?.[key];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

export function AuditTable({
  events,
  loading,
  error,
}: {
  events: AuditEvent[] | undefined;
  loading: boolean;
  error: string | undefined;
}) {
  return (
    <Table caption="Audit events, newest first">
      <THead>
        <tr>
          <Th>When</Th>
          <Th>Action</Th>
          <Th>Actor</Th>
          <Th>Target</Th>
          <Th>Details</Th>
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={events}
          loading={loading}
          error={error}
          colSpan={5}
          loadingLabel="Loading events…"
          empty="No events match."
        >
          {(event) => (
            <tr key={event.id} className="align-top">
              <Td label="When" className="whitespace-nowrap text-fg-muted">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </Td>
              <Td label="Action">
                <Badge tone={actionTone(event.action)} className="font-mono">
                  {event.action}
                </Badge>
              </Td>
              <Td label="Actor">
                <div className="text-fg" title={event.actorId ?? undefined}>
                  {event.actorEmail ?? (event.actorId ? shortId(event.actorId) : 'System')}
                </div>
                {event.apiKeyName || event.apiKeyId ? (
                  <div className="text-xs text-fg-muted" title={event.apiKeyId ?? undefined}>
                    via API key ‘{event.apiKeyName ?? shortId(event.apiKeyId)}’
                  </div>
                ) : null}
                {event.ip ? <div className="text-xs text-fg-muted">{event.ip}</div> : null}
              </Td>
              <Td label="Target" className="text-fg-muted">
                {event.targetType ? (
                  <span
                    title={event.targetId ? `${event.targetType} ${event.targetId}` : undefined}
                  >
                    {targetLabel(event) ? (
                      <>
                        <span className="text-fg">{targetLabel(event)}</span>
                        <span className="block text-xs">{event.targetType}</span>
                      </>
                    ) : (
                      <>
                        {event.targetType}{' '}
                        <span className="font-mono text-xs">{shortId(event.targetId)}</span>
                      </>
                    )}
                  </span>
                ) : (
                  '—'
                )}
              </Td>
              <Td label="Details">
                {event.details && Object.keys(event.details).length > 0 ? (
                  <details>
                    <summary className="cursor-pointer text-accent">Show</summary>
                    <pre className="mt-2 max-w-xs overflow-x-auto rounded bg-surface-muted p-2 text-xs">
                      {JSON.stringify(event.details, null, 2)}
                    </pre>
                  </details>
                ) : (
                  <span className="text-fg-muted">—</span>
                )}
              </Td>
            </tr>
          )}
        </TableRows>
      </TBody>
    </Table>
  );
}
