import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { toast } from '@/components/ui/toast-store';
import { exportAuditCsv } from '@/features/audit/api/export-audit-csv';
import { auditActions, useAuditEvents } from '@/features/audit/api/get-audit-events';
import { AuditIntegrity } from '@/features/audit/components/audit-integrity';
import { AuditTable } from '@/features/audit/components/audit-table';
import { describeError } from '@/lib/problem';
import { saveFile } from '@/lib/save-file';
import { useDebouncedCallback } from '@/lib/use-debounced-callback';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 25;

export function AuditLogRoute() {
  const { values, page, setFilter, setPage } = useSearchState([
    'action',
    'actor',
    'from',
    'to',
  ] as const);
  const [actor, setActor] = useState(values.actor);
  const [exporting, setExporting] = useState(false);
  const applyActor = useDebouncedCallback((value: string) => {
    setFilter('actor', value.trim());
  });
  const filters = {
    action: values.action || undefined,
    actor: values.actor || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  };
  const events = useAuditEvents({ page, size: PAGE_SIZE, ...filters });

  async function exportCsv() {
    setExporting(true);
    try {
      const { blob, fileName } = await exportAuditCsv(filters);
      saveFile(blob, fileName);
    } catch (error) {
      toast.error(`Export failed: ${describeError(error)}`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Sign-ins, refusals and every change to users, roles, teams, knowledge bases, documents and settings, newest first. Records cannot be changed, and the trail is hash-chained so tampering shows."
        actions={
          <Button variant="secondary" loading={exporting} onClick={() => void exportCsv()}>
            Export CSV
          </Button>
        }
      />
      <AuditIntegrity />
      <div role="search" className="mb-4 grid gap-3 sm:grid-cols-2 lg:max-w-5xl lg:grid-cols-4">
        <FormField label="Action">
          {(field) => (
            <Select
              {...field}
              value={values.action}
              onChange={(event) => {
                setFilter('action', event.target.value);
              }}
            >
              <option value="">All actions</option>
              {values.action && !(auditActions as readonly string[]).includes(values.action) ? (
                // a prefix from a link (e.g. "knowledge_base.") shows as what it filters by
                <option value={values.action}>{values.action}*</option>
              ) : null}
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label="Actor" hint="The user's id or email address.">
          {(field) => (
            <Input
              {...field}
              type="search"
              value={actor}
              onChange={(event) => {
                setActor(event.target.value);
                applyActor(event.target.value);
              }}
            />
          )}
        </FormField>
        <FormField label="From" hint="UTC day, inclusive.">
          {(field) => (
            <Input
              {...field}
              type="date"
              value={values.from}
              max={values.to || undefined}
              onChange={(event) => {
                setFilter('from', event.target.value);
              }}
            />
          )}
        </FormField>
        <FormField label="To" hint="UTC day, inclusive.">
          {(field) => (
            <Input
              {...field}
              type="date"
              value={values.to}
              min={values.from || undefined}
              onChange={(event) => {
                setFilter('to', event.target.value);
              }}
            />
          )}
        </FormField>
      </div>
      <AuditTable
        events={events.data?.items}
        loading={events.isPending}
        error={events.isError ? describeError(events.error) : undefined}
      />
      {events.data ? (
        <Pagination
          page={events.data.page}
          size={events.data.size}
          total={events.data.total}
          onPageChange={setPage}
          label="Audit log pages"
        />
      ) : null}
    </>
  );
}
