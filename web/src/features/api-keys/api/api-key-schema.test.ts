import { describe, expect, it } from 'vitest';

import { apiKeyState, expiryFromDate } from '@/features/api-keys/api/api-key-schema';

describe('apiKeyState', () => {
  const now = new Date('2026-11-26T10:00:00Z');

  it('is revoked once revoked, whatever the expiry', () => {
    expect(apiKeyState({ revokedAt: '2026-11-01T00:00:00Z', expiresAt: null }, now)).toBe(
      'revoked',
    );
  });

  it('is expired from its expiry on', () => {
    expect(apiKeyState({ expiresAt: '2026-11-26T10:00:00Z' }, now)).toBe('expired');
    expect(apiKeyState({ expiresAt: '2026-11-26T10:00:01Z' }, now)).toBe('active');
  });

  it('is active without an expiry', () => {
    expect(apiKeyState({ expiresAt: null, revokedAt: null }, now)).toBe('active');
  });
});

describe('expiryFromDate', () => {
  it('ends at the end of the chosen local day', () => {
    const iso = expiryFromDate('2027-01-31');
    expect(iso).toBeDefined();
    const date = new Date(iso!);
    expect(date.getDate()).toBe(31);
    expect(date.getHours()).toBe(23);
  });

  it('is undefined when no date was chosen', () => {
    expect(expiryFromDate('')).toBeUndefined();
  });
});
