import type { DocumentStatus } from '@/features/knowledge/api/knowledge-schema';
import { isFinal } from '@/features/knowledge/api/processing-updates';

/** The pipeline's stages in order (URL imports start with `fetching`); `indexed` (or `failed`) ends it. */
const stages: readonly DocumentStatus[] = [
  'fetching',
  'stored',
  'extracting',
  'chunking',
  'embedding',
  'indexed',
];

const labels: Record<DocumentStatus, string> = {
  fetching: 'Fetching',
  stored: 'Stored',
  extracting: 'Extracting',
  chunking: 'Chunking',
  embedding: 'Embedding',
  indexed: 'Indexed',
  failed: 'Failed',
};

/** Where each stage starts on the overall bar; embedding takes the longest. */
const stageStart: Record<DocumentStatus, number> = {
  fetching: 0,
  stored: 5,
  extracting: 10,
  chunking: 35,
  embedding: 50,
  indexed: 100,
  failed: 100,
};

export function statusLabel(status: DocumentStatus): string {
  return labels[status];
}

/**
 * The whole pipeline as one percentage, from the stage and the progress (0–100) within it; 100
 * only once the document is indexed (or failed), never while the last batch is still stored.
 */
export function processingPercent(status: DocumentStatus, progress: number): number {
  if (isFinal(status)) return 100;
  const start = stageStart[status];
  const next = stages[stages.indexOf(status) + 1] ?? 'indexed';
  const within = Math.min(100, Math.max(0, progress)) / 100;
  return Math.min(99, Math.floor(start + (stageStart[next] - start) * within));
}
