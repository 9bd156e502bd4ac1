import { Link } from 'react-router';

import type { SearchHit } from '@/features/knowledge/api/knowledge-schema';
import { excerpt, fragmentEdges } from '@/features/knowledge/components/highlight';
import { HighlightedText } from '@/features/knowledge/components/highlighted-text';
import { RelevanceMeter } from '@/features/knowledge/components/relevance';
import { passagePath } from '@/lib/paths';

/** What the document page shows of the hit someone came from. */
export interface HitState {
  hit: { text: string; page?: number | null; headingPath: string[] };
}

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol aria-label="Search results" className="space-y-3">
      {hits.map((hit) => {
        const state: HitState = {
          hit: { text: hit.text, page: hit.page, headingPath: hit.headingPath },
        };
        return (
          <li
            key={hit.chunkId}
            className="rounded-lg border border-border bg-surface p-4 shadow-xs"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <Link
                to={passagePath(hit.documentId, hit.chunkId)}
                state={state}
                className="font-medium text-accent underline-offset-4 hover:underline"
              >
                {hit.documentTitle}
              </Link>
              <RelevanceMeter relevance={hit.relevance} />
            </div>
            {hit.headingPath.length > 0 || hit.page ? (
              <p className="mt-0.5 text-xs text-fg-muted">
                {hit.headingPath.join(' › ')}
                {hit.headingPath.length > 0 && hit.page ? ' · ' : ''}
                {hit.page ? `page ${hit.page}` : ''}
              </p>
            ) : null}
            <div className="mt-2 space-y-1 text-sm text-fg">
              {hit.highlights.length > 0 ? (
                hit.highlights.map((fragment, index) => {
                  const edges = fragmentEdges(fragment, hit.text);
                  return (
                    <p key={index}>
                      {edges.before ? '…' : ''}
                      <HighlightedText fragment={fragment} />
                      {edges.after ? '…' : ''}
                    </p>
                  );
                })
              ) : (
                <p>{excerpt(hit.text)}</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
