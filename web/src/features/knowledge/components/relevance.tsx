import { cn } from '@/lib/cn';

/**
 * How a hit's absolute relevance (0–1, docs/api.md) reads. On Cranfield (bench/knowledge/floor.sh) judged-relevant
 * hits had a cosine of 0.57 at the median and 0.64 at the upper quartile, unjudged ones 0.46: strong from 0.6, good
 * from 0.45, partial below (down to the floor, under which nothing is shown).
 */
export const STRONG_MATCH = 0.6;
export const GOOD_MATCH = 0.45;

export function relevanceLabel(relevance: number): string {
  if (relevance >= STRONG_MATCH) return 'Strong match';
  if (relevance >= GOOD_MATCH) return 'Good match';
  return 'Partial match';
}

export const RELEVANCE_EXPLANATION =
  'Relevance (0–1) says how closely a passage matches your search on its own, not compared with the other ' +
  'results: the similarity of its meaning to your question, or the share of your words’ weight it contains, ' +
  'whichever is stronger.';

/** A labelled relevance with a small bar; the number and what it means are in the tooltip. */
export function RelevanceMeter({ relevance }: { relevance: number | null | undefined }) {
  if (relevance == null) return null;
  const label = relevanceLabel(relevance);
  const percent = Math.round(relevance * 100);
  return (
    <span
      className="inline-flex items-center gap-1.5 text-xs text-fg-muted"
      title={`Relevance ${relevance.toFixed(2)} of 1. ${RELEVANCE_EXPLANATION}`}
    >
      <span
        role="meter"
        aria-label={`Relevance: ${label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-1.5 w-12 overflow-hidden rounded-full bg-surface-muted"
      >
        <span
          className={cn(
            'block h-full rounded-full',
            relevance >= STRONG_MATCH ? 'bg-success' : 'bg-accent',
          )}
          style={{ width: `${percent}%` }}
        />
      </span>
      {label}
    </span>
  );
}
