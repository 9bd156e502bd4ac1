export type DiffLineKind = 'added' | 'removed' | 'hunk' | 'file' | 'context';

/** What a line of a unified diff is, for colouring it. */
export function diffLineKind(line: string): DiffLineKind {
  if (line.startsWith('+++') || line.startsWith('---')) return 'file';
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'added';
  if (line.startsWith('-')) return 'removed';
  return 'context';
}
