import { screen } from '@testing-library/react';

import { describeUsage, StorageUsageSummary } from '@/features/knowledge/components/storage-usage';
import { authStore } from '@/lib/auth-store';
import { jsonResponse, mockFetch, renderRoute } from '@/testing/test-utils';

describe('describeUsage', () => {
  it('shows used of limit with a percentage, or that there is no limit', () => {
    expect(describeUsage({ usedBytes: 1536, limitBytes: 10 * 1024 })).toBe(
      '1.5 KB of 10 KB used (15%)',
    );
    expect(describeUsage({ usedBytes: 2048, limitBytes: null })).toBe('2.0 KB used, no limit');
  });
});

describe('StorageUsageSummary', () => {
  beforeEach(() => {
    authStore.getState().setSession('token', 300);
  });

  it('warns once the limit is reached', async () => {
    mockFetch(() => jsonResponse(200, { usedBytes: 2048, limitBytes: 2048 }));
    renderRoute(<StorageUsageSummary />, { path: '/knowledge' });
    expect(await screen.findByText(/The storage limit is reached/)).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Storage used' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
  });
});
