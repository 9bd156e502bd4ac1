import type { DocumentStatus } from '@/features/knowledge/api/knowledge-schema';

/** How often a document still in the pipeline is asked for again. */
export const PROCESSING_POLL_MS = 1000;

export function isFinal(status: DocumentStatus): boolean {
  return status === 'indexed' || status === 'failed';
}

/**
 * The refetch interval for queries holding documents: poll while any of them is still in the
 * pipeline, stop once all are indexed or failed. The one place to change when status arrives
 * over the WebSocket (`document:processing` events) instead.
 */
export function processingRefetchInterval(
  statuses: readonly DocumentStatus[] | undefined,
): number | false {
  if (!statuses) return false;
  return statuses.some((status) => !isFinal(status)) ? PROCESSING_POLL_MS : false;
}
