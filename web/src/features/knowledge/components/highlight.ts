/** A piece of a search snippet: plain text, or a part the search matched. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

const TAG = /<(\/?)em>/gi;

/**
 * Splits a highlighted fragment from the server ("a <em>word</em> here") into parts, so it can be
 * rendered as text nodes and <mark> elements. Only the <em> tags mean anything; every other
 * character, markup included, stays literal text (never parsed as HTML). Unbalanced tags are
 * tolerated: a stray </em> is dropped, an unclosed <em> runs to the end.
 */
export function splitHighlight(fragment: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let inside = false;
  let last = 0;
  const push = (text: string) => {
    if (text === '') return;
    const previous = parts[parts.length - 1];
    if (previous?.match === inside) previous.text += text;
    else parts.push({ text, match: inside });
  };
  for (const tag of fragment.matchAll(TAG)) {
    push(fragment.slice(last, tag.index));
    inside = tag[1] !== '/';
    last = tag.index + tag[0].length;
  }
  push(fragment.slice(last));
  return parts;
}

/** A plain-text excerpt for hits without highlights (vector matches): whole words, an ellipsis. */
export function excerpt(text: string, max = 320): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A highlight fragment with an ellipsis on each side where it does not reach the text's edge. */
export function fragmentEdges(fragment: string, text: string): { before: boolean; after: boolean } {
  const plain = splitHighlight(fragment)
    .map((part) => part.text)
    .join('')
    .trim();
  const whole = text.trim();
  return { before: !whole.startsWith(plain), after: !whole.endsWith(plain) };
}
