import { z } from 'zod';

import '@/lib/validation-messages';

describe('validation messages', () => {
  it('words a limit declared without a message as a sentence', () => {
    const result = z.string().max(5).safeParse('too long by far');
    expect(result.error?.issues[0]?.message).toBe('Use at most 5 characters.');
    expect(z.array(z.string()).min(2).safeParse(['one']).error?.issues[0]?.message).toBe(
      'Use at least 2 items.',
    );
  });

  it("keeps a schema's own message", () => {
    const result = z.string().min(1, 'Enter a name.').safeParse('');
    expect(result.error?.issues[0]?.message).toBe('Enter a name.');
  });
});
