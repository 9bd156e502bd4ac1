import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { KnowledgeBasesRoute } from '@/features/knowledge/routes/knowledge-bases';
import { authStore } from '@/lib/auth-store';
import { realtimeStatusStore } from '@/lib/realtime-client';
import { dispatchRealtime } from '@/lib/realtime-events';
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
    if (url.startsWith('/api/v1/knowledge-base/index/rebuilds')) {
      return jsonResponse(200, { items: [], page: 0, size: 5, total: 0 });
    }
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

  it('starts an index rebuild and follows its progress from live events', async () => {
    const rebuild = {
      id: 'rb-1',
      status: 'running',
      entitiesTotal: 40,
      entitiesDone: 10,
      removedEntries: 0,
      requestedAt: '2026-11-26T10:00:00Z',
      startedAt: '2026-11-26T10:00:01Z',
      finishedAt: null,
      error: null,
    };
    // live updates are up: the list is not polled, the events alone move the progress on
    realtimeStatusStore.setState({ status: 'live' });
    let started = false;
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/users/me') return jsonResponse(200, me(['kb:read', 'kb:admin']));
      if (url === '/api/v1/knowledge-base/index/rebuild' && init.method === 'POST') {
        started = true;
        return jsonResponse(202, { ...rebuild, status: 'queued', entitiesDone: 0 });
      }
      if (url.startsWith('/api/v1/knowledge-base/index/rebuilds')) {
        const items = started ? [rebuild] : [];
        return jsonResponse(200, { items, page: 0, size: 5, total: items.length });
      }
      return jsonResponse(200, { items: [knowledgeBase], page: 0, size: 20, total: 1 });
    });
    renderRoute(<KnowledgeBasesRoute />, { path: '/knowledge' });
    const user = userEvent.setup();
    expect(await screen.findByText('The index has not been rebuilt yet.', {}, WAIT)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Rebuild index' }));
    const progress = await screen.findByRole(
      'progressbar',
      { name: 'Index rebuild progress' },
      WAIT,
    );
    expect(progress).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByRole('button', { name: 'Rebuilding…' })).toBeDisabled();
    expect(fetchMock.requests.some((r) => r.init.method === 'POST')).toBe(true);

    dispatchRealtime({
      type: 'knowledge:index_rebuild',
      tenantId: 't-1',
      id: 'e-1',
      timestamp: '2026-11-26T10:00:05Z',
      data: {
        ...rebuild,
        status: 'completed',
        entitiesDone: 40,
        finishedAt: '2026-11-26T10:00:05Z',
      },
    });
    const list = await screen.findByRole('list', { name: 'Latest index rebuilds' }, WAIT);
    expect(await within(list).findByText('completed', {}, WAIT)).toBeVisible();
    expect(within(list).getByText(/40 of 40 chunks/)).toBeVisible();
    expect(screen.queryByRole('progressbar', { name: 'Index rebuild progress' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Rebuild index' })).toBeEnabled();
    realtimeStatusStore.setState({ status: 'offline' });
  }, 20_000);
});
