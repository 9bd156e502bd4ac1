import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { KnowledgeSearchRoute } from '@/features/knowledge/routes/knowledge-search';
import { jsonResponse, mockFetch, renderRoute } from '@/testing/test-utils';

const hit = {
  chunkId: 'c1',
  documentId: 'doc-1',
  versionId: 'v1',
  knowledgeBaseId: 'kb-1',
  documentTitle: 'Wing design notes',
  text: 'The airfoil <script>alert(1)</script> lift',
  highlights: ['The <em>airfoil</em> <script>alert(1)</script> lift'],
  score: 0.0327,
  relevance: 0.71,
  headingPath: ['Aerodynamics', 'Lift'],
  page: 3,
};

describe('Knowledge search page', () => {
  it('sends the query with mode and filters, and shows highlighted hits safely', async () => {
    const fetchMock = mockFetch((url) =>
      url.startsWith('/api/v1/knowledge-bases')
        ? jsonResponse(200, {
            items: [{ id: 'kb-1', name: 'Engineering', readers: [], editors: [] }],
            page: 0,
            size: 100,
            total: 1,
          })
        : jsonResponse(200, { items: [hit], mode: 'fulltext', tookMs: 12 }),
    );
    const { container } = renderRoute(<KnowledgeSearchRoute />, {
      path: '/knowledge/search',
      url: '/knowledge/search?mode=fulltext&kb=kb-1',
    });
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Engineering' }, { timeout: 5000 });

    await user.type(screen.getByLabelText(/^Tags/), 'wings, , lift');
    await user.type(screen.getByLabelText('Search for'), 'airfoil{Enter}');

    const results = await screen.findByRole('list', { name: 'Search results' }, { timeout: 5000 });
    expect(within(results).getByText('airfoil').tagName).toBe('MARK');
    expect(container.querySelector('script')).toBeNull();
    expect(results).toHaveTextContent('<script>alert(1)</script>');
    expect(screen.getByText(/12 ms/)).toBeInTheDocument();
    // the relevance reads as a labelled bar with its number explained, not as a bare score
    const meter = within(results).getByRole('meter', { name: 'Relevance: Strong match' });
    expect(meter).toHaveAttribute('aria-valuenow', '71');
    expect(meter.parentElement).toHaveAttribute(
      'title',
      expect.stringMatching(/^Relevance 0\.71 of 1\./),
    );
    expect(results).not.toHaveTextContent('0.0327');
    expect(within(results).getByText('Aerodynamics › Lift · page 3')).toBeInTheDocument();
    expect(within(results).getByRole('link', { name: 'Wing design notes' })).toHaveAttribute(
      'href',
      '/knowledge/documents/doc-1?chunk=c1#chunk-c1',
    );

    const search = fetchMock.requests.find((r) => r.url === '/api/v1/knowledge-base/search');
    expect(JSON.parse(search?.init.body as string)).toEqual({
      q: 'airfoil',
      mode: 'fulltext',
      limit: 20,
      knowledgeBaseId: 'kb-1',
      tags: ['wings', 'lift'],
    });
  }, 20_000);

  it('says there are no relevant passages when every hit fell below the relevance floor', async () => {
    mockFetch((url) =>
      url.startsWith('/api/v1/knowledge-bases')
        ? jsonResponse(200, { items: [], page: 0, size: 100, total: 0 })
        : jsonResponse(200, {
            items: [],
            mode: 'hybrid',
            tookMs: 5,
            minRelevance: 0.35,
            belowFloor: 20,
          }),
    );
    renderRoute(<KnowledgeSearchRoute />, {
      path: '/knowledge/search',
      url: '/knowledge/search?q=zebra+xylophone',
    });

    expect(
      await screen.findByText(/No relevant passages\./, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/20 passages were found, but none closely enough to “zebra xylophone”/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No passages match/)).toBeNull();
  }, 20_000);

  it('says nothing matches when no passage was found at all', async () => {
    mockFetch((url) =>
      url.startsWith('/api/v1/knowledge-bases')
        ? jsonResponse(200, { items: [], page: 0, size: 100, total: 0 })
        : jsonResponse(200, {
            items: [],
            mode: 'fulltext',
            tookMs: 2,
            minRelevance: 0.1,
            belowFloor: 0,
          }),
    );
    renderRoute(<KnowledgeSearchRoute />, {
      path: '/knowledge/search',
      url: '/knowledge/search?q=qwxz&mode=fulltext',
    });

    expect(
      await screen.findByText(/No passages match “qwxz”\./, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No relevant passages/)).toBeNull();
  }, 20_000);
});
