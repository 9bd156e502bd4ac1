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
const owner = { email: `rhea.${run}@example.com`, password: 'granite-lantern-floor-61' };
/** Ingestion runs the embedding model on a busy machine: allow it time, but not forever. */
const INDEXING_TIMEOUT_MS = 90_000;
const HANDBOOK = [
  '# Ship maintenance handbook',
  '## Hull',
  'The hull is inspected for corrosion and cracks in dry dock every two years.',
  '## Engine',
  'Engine oil is changed every 500 running hours; the fuel filters with it.',
  '## Safety',
  'Lifeboats are lowered and tested once a month with the whole crew on deck.',
].join('\n\n');

/**
 * Search says "No relevant passages" for a question the documents cannot answer instead of listing unrelated text,
 * and shows each hit's relevance as a labelled bar with its meaning explained, not as a bare score.
 */
describe('search shows how relevant its results are', () => {
  let scenario;
  let page;
  let shot;

  const step = scenarioSteps((name) => shot(name));

  before(async () => {
    scenario = await ownerWithIndexedDocument({
      resultsDir,
      screenshots: 'search-relevance',
      organizationName: `Harbour Fleet ${run}`,
      owner: { ...owner, name: 'Rhea Owner' },
      knowledgeBaseName: 'Fleet handbook',
      fileName: 'handbook.md',
      text: HANDBOOK,
      indexingTimeoutMs: INDEXING_TIMEOUT_MS,
    });
    ({ page, shot } = scenario);
  });

  after(async () => {
    await scenario?.close();
  });

  step('a nonsense query shows "No relevant passages" with a hint', async () => {
    await signIn(page, owner);
    await page.goto('/knowledge/search');
    await page.getByLabel('Search for').fill('zebra xylophone');
    await page.getByLabel('Search for').press('Enter');
    const results = page.getByRole('region', { name: 'Results' });
    await expectVisible(results.getByText('No relevant passages.'));
    await expectVisible(results.getByText(/but none closely enough to “zebra xylophone” to be shown/));
    assert.equal(await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').count(), 0);
    await shot('no-relevant-passages');
  });

  step('a real question shows hits with their relevance explained', async () => {
    await page.getByLabel('Search for').fill('how often is the engine oil changed');
    await page.getByLabel('Search for').press('Enter');
    const list = page.getByRole('list', { name: 'Search results' });
    const first = list.getByRole('listitem').first();
    await expectVisible(first.getByText(/Engine oil is changed every 500 running hours/));
    const meter = first.getByRole('meter', { name: /^Relevance: (Strong|Good|Partial) match$/ });
    await expectVisible(meter);
    const value = Number(await meter.getAttribute('aria-valuenow'));
    assert.ok(value > 0 && value <= 100, `relevance ${value} %`);
    assert.match(await meter.locator('..').getAttribute('title'), /^Relevance 0\.\d\d of 1\. Relevance \(0–1\) says/);
    await expectVisible(page.getByText(/says how closely a passage matches your search on its own/));
    await shot('relevance-explained');
  });
});
