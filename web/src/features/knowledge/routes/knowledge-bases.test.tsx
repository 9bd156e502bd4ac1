import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { KnowledgeBasesRoute } from '@/features/knowledge/routes/knowledge-bases';
import { authStore } from '@/lib/auth-store';
import { jsonResponse, mockFetch, renderRoute } from '@/testing/test-utils';

const WAIT = { timeout: 5000 };
const knowledgeBase = {
  id: 'kb-1',
  name: 'Flight research',
  description: null,
  readers: [{ type: 'tenant' }],
  editors: [{ type: 'role', id: 'r-1' }],
  canEdit: true,
  updatedAt: '2026-11-26T10:00:00Z',
};

function me(permissions: string[]) {
  return { id: 'u-1', email: 'a@example.com', name: 'Ada', status: 'active', permissions };
}

function serve(permissions: string[], onDelete = () => jsonResponse(204, {})) {
  return mockFetch((url, init) => {
    if (url === '/api/v1/users/me') return jsonResponse(200, me(permissions));
    if (init.method === 'DELETE') return onDelete();
    return jsonResponse(200, { items: [knowledgeBase], page: 0, size: 20, total: 1 });
  });
}

beforeEach(() => {
  authStore.getState().setSession('token', 300);
});

describe('Knowledge bases page', () => {
  it('offers no create, settings or delete buttons without kb:admin', async () => {
    serve(['kb:read', 'kb:write']);
    renderRoute(<KnowledgeBasesRoute />, { path: '/knowledge' });
    const row = (await screen.findByText('Flight research', {}, WAIT)).closest('tr')!;
    expect(within(row).getByText('Everyone')).toBeInTheDocument();
    expect(within(row).getByText('1 role')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New knowledge base' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  }, 20_000);

  it('explains, in the dialog, that a knowledge base with documents cannot be deleted', async () => {
    const fetchMock = serve(['kb:read', 'kb:write', 'kb:admin'], () =>
      jsonResponse(409, {
        type: 'https://aigentforce.dev/problems/knowledge-base-not-empty',
        title: 'Conflict',
        status: 409,
        detail: "Delete the knowledge base's documents first",
      }),
    );
    renderRoute(<KnowledgeBasesRoute />, { path: '/knowledge' });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'New knowledge base' }, WAIT);

    // jsdom drops the space before the visually hidden part of the name; browsers keep it.
    await user.click(
      await screen.findByRole('button', { name: /^Delete\s*Flight research$/ }, WAIT),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete knowledge base?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete knowledge base' }));

    expect(await within(dialog).findByRole('alert', {}, WAIT)).toHaveTextContent(
      'still holds documents',
    );
    const deletion = fetchMock.requests.find((r) => r.init.method === 'DELETE');
    expect(deletion?.url).toBe('/api/v1/knowledge-bases/kb-1');
  }, 20_000);
});
