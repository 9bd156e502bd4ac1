import { describe, expect, it } from 'vitest';

import { locatePassage } from '@/features/knowledge/components/passage';

describe('locatePassage', () => {
  const content = 'Intro line.\n\nThe okapi (a giraffe relative) eats leaves.\n\nIt sleeps little.';

  it('finds a passage whose paragraphs are joined differently from the text', () => {
    const range = locatePassage(content, 'The okapi (a giraffe relative) eats leaves.\nIt sleeps');
    expect(range).not.toBeNull();
    expect(content.slice(range?.start, range?.end)).toBe(
      'The okapi (a giraffe relative) eats leaves.\n\nIt sleeps',
    );
  });

  it('treats regular-expression characters in the passage literally', () => {
    expect(locatePassage('costs $5 (or more)?', '$5 (or more)?')).toEqual({ start: 6, end: 19 });
  });

  it('answers null for a passage the text does not hold, or an empty one', () => {
    expect(locatePassage(content, 'The okapi runs fast')).toBeNull();
    expect(locatePassage(content, '  \n ')).toBeNull();
  });
});
