/**
 * Where a passage (a search hit's chunk) sits in a document's extracted text, or null when it is
 * not there (e.g. it came from another version). A chunk joins paragraphs with one line break
 * where the text has a blank line, so any run of white space matches any other.
 */
export function locatePassage(
  content: string,
  passage: string,
): { start: number; end: number } | null {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const match = new RegExp(pattern).exec(content);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
