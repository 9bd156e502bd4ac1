import { splitHighlight } from '@/features/knowledge/components/highlight';

/** A server highlight rendered safely: text nodes and <mark>, never inner HTML. */
export function HighlightedText({ fragment }: { fragment: string }) {
  return (
    <>
      {splitHighlight(fragment).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-warning-soft px-0.5 font-semibold text-fg">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
