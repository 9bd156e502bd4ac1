import { describe, expect, it } from 'vitest';

import { describeMfaError, groupSecret, normalizeMfaCode, recoveryCodesFile } from '@/lib/mfa';
import { ProblemError } from '@/lib/problem';

describe('normalizeMfaCode', () => {
  it('joins a six-digit code typed with spaces or a dash', () => {
    expect(normalizeMfaCode(' 123 456 ')).toBe('123456');
    expect(normalizeMfaCode('123-456')).toBe('123456');
  });

  it('keeps recovery codes as typed, apart from surrounding spaces', () => {
    expect(normalizeMfaCode(' abcde-fghjk ')).toBe('abcde-fghjk');
  });

  it('does not turn a longer number into a TOTP code', () => {
    expect(normalizeMfaCode('1234 5678')).toBe('1234 5678');
  });
});

describe('groupSecret', () => {
  it('splits the secret into groups of four', () => {
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
    expect(groupSecret('')).toBe('');
  });
});

describe('recoveryCodesFile', () => {
  it('names the account and lists one code per line', () => {
    const text = recoveryCodesFile(['aaaaa-bbbbb', 'ccccc-ddddd'], 'ann@example.test');
    expect(text.split('\n')).toContain('aaaaa-bbbbb');
    expect(text.split('\n')).toContain('ccccc-ddddd');
    expect(text).toContain('ann@example.test');
  });
});

describe('describeMfaError', () => {
  it('says a refused code is wrong, and leaves other problems to the general wording', () => {
    const refused = new ProblemError({
      type: 'validation',
      title: 'Invalid',
      status: 422,
      errors: [],
    });
    expect(describeMfaError(refused)).toContain('code is not correct');
    const throttled = new ProblemError({
      type: 'too-many-requests',
      title: 'Too many',
      status: 429,
      errors: [],
      retryAfterSeconds: 4,
    });
    expect(describeMfaError(throttled)).toBe('Too many attempts, try again in 4 seconds.');
  });
});
