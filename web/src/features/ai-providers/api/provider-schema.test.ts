import { describe, expect, it } from 'vitest';

import {
  formatPrice,
  priceFromInput,
  providerSchema,
} from '@/features/ai-providers/api/provider-schema';

describe('priceFromInput', () => {
  it('reads an empty field as no price and a number as that price', () => {
    expect(priceFromInput('')).toBeNull();
    expect(priceFromInput('  ')).toBeNull();
    expect(priceFromInput('0.15')).toBe(0.15);
  });
});

describe('formatPrice', () => {
  it('shows a dash for no price', () => {
    expect(formatPrice(null)).toBe('—');
    expect(formatPrice(undefined)).toBe('—');
    expect(formatPrice(2.5)).toBe('2.5');
  });
});

describe('providerSchema', () => {
  it('refuses an unknown kind', () => {
    const provider = {
      id: '1',
      name: 'x',
      kind: 'gemini',
      baseUrl: 'http://x',
      apiKeySet: false,
      models: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    expect(providerSchema.safeParse(provider).success).toBe(false);
    expect(providerSchema.safeParse({ ...provider, kind: 'ollama' }).success).toBe(true);
  });
});
