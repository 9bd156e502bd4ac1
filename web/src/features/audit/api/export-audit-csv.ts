import type { AuditQuery } from '@/features/audit/api/get-audit-events';
import { apiDownload } from '@/lib/api-client';

export type AuditExportQuery = Omit<AuditQuery, 'page' | 'size'>;

/** GET /api/v1/audit/export.csv — the entries the filters select, newest first, as a CSV file. */
export async function exportAuditCsv(query: AuditExportQuery) {
  const { blob, fileName } = await apiDownload('/api/v1/audit/export.csv', {
    query: { ...query },
    accept: 'text/csv',
  });
  return { blob, fileName: fileName ?? 'audit.csv' };
}
