import { excerpt, fragmentEdges, splitHighlight } from '@/features/knowledge/components/highlight';

describe('splitHighlight', () => {
  it('marks the parts between <em> tags and keeps the rest as text', () => {
    expect(splitHighlight('the <em>turbine</em> blade and <em>wing</em>')).toEqual([
      { text: 'the ', match: false },
      { text: 'turbine', match: true },
      { text: ' blade and ', match: false },
      { text: 'wing', match: true },
    ]);
  });

  it('keeps any other markup as literal text, never as elements', () => {
    const parts = splitHighlight('<img src=x onerror=alert(1)> <em>x</em><b>y</b>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'x', match: true },
      { text: '<b>y</b>', match: false },
    ]);
  });

  it('tolerates a stray closing tag and an unclosed opening tag', () => {
    expect(splitHighlight('a</em> b <EM>c')).toEqual([
      { text: 'a b ', match: false },
      { text: 'c', match: true },
    ]);
  });

  it('joins adjacent matches and drops empty parts', () => {
    expect(splitHighlight('<em>air</em><em>foil</em>')).toEqual([{ text: 'airfoil', match: true }]);
    expect(splitHighlight('')).toEqual([]);
  });
});

describe('excerpt', () => {
  it('keeps short text whole and cuts long text at a word with an ellipsis', () => {
    expect(excerpt('  short   text ')).toBe('short text');
    const long = excerpt('word '.repeat(200), 50);
    expect(long.endsWith('word…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(51);
  });
});

describe('fragmentEdges', () => {
  it('puts an ellipsis only where the fragment is cut out of a longer text', () => {
    const text = 'First sentence. The airfoil lifts. Last sentence.';
    expect(fragmentEdges('The <em>airfoil</em> lifts.', text)).toEqual({
      before: true,
      after: true,
    });
    expect(fragmentEdges('First <em>sentence</em>.', text)).toEqual({ before: false, after: true });
    expect(fragmentEdges(`${text} `, text)).toEqual({ before: false, after: false });
  });
});
