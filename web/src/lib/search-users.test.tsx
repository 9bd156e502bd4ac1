import { screen } from '@testing-library/react';

import { authStore } from '@/lib/auth-store';
import { usePeopleSearch, useUsers } from '@/lib/search-users';
import { jsonResponse, mockFetch, renderRoute } from '@/testing/test-utils';

function person(id: string, name: string, status: string) {
  return { id, name, email: `${id}@example.com`, status, roles: [] };
}

const PAGE = {
  items: [person('ann', 'Ann Active', 'active'), person('dee', 'Dee Deactivated', 'deactivated')],
  page: 0,
  size: 20,
  total: 2,
};

function Picker({ q }: { q: string }) {
  const people = usePeopleSearch(q, true);
  return (
    <ul aria-label="Picker">
      {people.data?.map((p) => (
        <li key={p.id}>{p.name}</li>
      ))}
    </ul>
  );
}

function UsersPage({ q }: { q: string }) {
  const users = useUsers({ page: 0, size: 20, q });
  return <p>{users.data ? `${users.data.total} users` : 'Loading'}</p>;
}

describe('the person search', () => {
  beforeEach(() => {
    authStore.getState().setSession('token', 300);
  });

  it('offers pickers the first page of matches without deactivated people', async () => {
    const fetch = mockFetch(() => jsonResponse(200, PAGE));
    renderRoute(<Picker q="a" />);
    expect(await screen.findByText('Ann Active')).toBeVisible();
    expect(screen.queryByText('Dee Deactivated')).toBeNull();
    expect(fetch.requests.map((r) => r.url)).toEqual(['/api/v1/users?page=0&size=20&q=a']);
  });

  it('is one query: a picker and the users page asking the same thing share one request', async () => {
    const fetch = mockFetch(() => jsonResponse(200, PAGE));
    renderRoute(
      <>
        <Picker q="a" />
        <UsersPage q="a" />
      </>,
    );
    expect(await screen.findByText('2 users')).toBeVisible();
    expect(await screen.findByText('Ann Active')).toBeVisible();
    expect(fetch.requests).toHaveLength(1);
  });
});
