import { roleOptionsQueryOptions } from '@/features/users/api/get-role-options';
import { createQueryClient } from '@/lib/query-client';
import { rolesQueryKey } from '@/lib/query-keys';

describe('role options', () => {
  it('are refetched when the roles change (a new custom role must be assignable at once)', async () => {
    const queryClient = createQueryClient();
    const options = roleOptionsQueryOptions();
    queryClient.setQueryData(options.queryKey, { items: [], page: 0, size: 100, total: 0 });

    await queryClient.invalidateQueries({ queryKey: rolesQueryKey });

    expect(queryClient.getQueryState(options.queryKey)?.isInvalidated).toBe(true);
  });
});
