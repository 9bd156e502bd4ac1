import { diffLineKind } from '@/features/knowledge/components/diff-lines';

describe('diffLineKind', () => {
  it('tells file headers, hunks, additions, removals and context apart', () => {
    const diff = [
      '--- v1',
      '+++ v2',
      '@@ -1,2 +1,2 @@',
      ' same',
      '-old line',
      '+new line',
      '-- dashes',
    ];
    expect(diff.map(diffLineKind)).toEqual([
      'file',
      'file',
      'hunk',
      'context',
      'removed',
      'added',
      'removed',
    ]);
  });
});
