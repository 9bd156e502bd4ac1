import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';

import { expectVisible } from '../support/browser.mjs';
import { ownerWithIndexedDocument } from '../support/scenarios.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = { email: `iris.${run}@example.com`, password: 'granite-harbour-index-27' };
/** Ingestion runs the embedding model on a busy machine: allow it time, but not forever. */
const INDEXING_TIMEOUT_MS = 90_000;
const NOTES = Array.from(
  { length: 12 },
  (_, i) => `## Bay ${i + 1}\n\nThe tug in bay ${i + 1} is checked for hydraulic leaks every morning.\n`,
).join('\n');

/**
 * The knowledge-base administrator rebuilds the organisation's search index from the Knowledge
 * page and watches it finish; search still finds the passage afterwards.
 */
describe('an owner rebuilds the search index', () => {
  let scenario;
  let page;
  let shot;
  let api;

  const step = scenarioSteps((name) => shot(name));

  before(async () => {
    scenario = await ownerWithIndexedDocument({
      resultsDir,
      screenshots: 'search-index',
      organizationName: `Harbour Ops ${run}`,
      owner: { ...owner, name: 'Iris Owner' },
      knowledgeBaseName: 'Harbour notes',
      fileName: 'tug-checks.md',
      text: NOTES,
      indexingTimeoutMs: INDEXING_TIMEOUT_MS,
    });
    ({ page, shot, api } = scenario);
  });

  after(async () => {
    await scenario?.close();
  });

  step('signs in and finds the Search index panel on the Knowledge page', async () => {
    await signIn(page, owner);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Knowledge' }).click();
    await page.waitForURL((url) => url.pathname === '/knowledge');
    await expectVisible(page.getByRole('heading', { name: 'Search index' }));
    await expectVisible(page.getByText('The index has not been rebuilt yet.'));
    await expectVisible(page.locator('[data-realtime-status="live"]'));
    await shot('search-index-panel');
  });

  step('rebuilds the index and sees it complete with its counts', async () => {
    await page.getByRole('button', { name: 'Rebuild index' }).click();
    const latest = page.getByRole('list', { name: 'Latest index rebuilds' }).getByRole('listitem').first();
    await expectVisible(latest.getByText('completed', { exact: true }), 60_000);
    assert.match(await latest.innerText(), /(\d+) of \1 chunks re-indexed/);
    await expectVisible(page.getByRole('button', { name: 'Rebuild index' }));
    await shot('rebuild-completed');
  });

  step('search still finds the passage after the rebuild', async () => {
    const result = await api('GET', '/api/v1/knowledge-base/search?mode=fulltext&q=hydraulic');
    assert.ok(result.items.length > 0, 'the rebuilt index answers');
  });
});
