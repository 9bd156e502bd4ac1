import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';

import { apiClient, uploadIndexedMarkdown } from '../support/api.mjs';
import { expectVisible, openDesktopPage } from '../support/browser.mjs';
import { startOpenAiEmbeddings } from '../support/openai-embeddings.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = { email: `ezra.${run}@example.com`, password: 'granite-harbour-vectors-31' };
const INDEXING_TIMEOUT_MS = 90_000;
const NOTES = Array.from(
  { length: 6 },
  (_, i) => `## Crane ${i + 1}\n\nCrane ${i + 1} lifts containers from the quay every night shift.\n`,
).join('\n');

/**
 * The knowledge-base administrator switches a knowledge base to an OpenAI-compatible embedding model (a local server
 * speaking the protocol), confirms the re-embedding and watches it complete; vector search then answers with the
 * provider's vectors.
 */
describe('an owner changes a knowledge base embedding model', () => {
  let server;
  let provider;
  let browser;
  let page;
  let shot;
  let token;
  let kb;

  const step = scenarioSteps((name) => shot(name));

  let call;
  const api = (method, path, body) => call(method, path, body, token);

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    provider = await startOpenAiEmbeddings(256);
    call = apiClient(server.baseUrl);
    await api('POST', '/api/v1/auth/register', {
      organizationName: `Quay Ops ${run}`,
      name: 'Ezra Owner',
      email: owner.email,
      password: owner.password,
    });
    token = (await api('POST', '/api/v1/auth/login', owner)).accessToken;
    kb = await api('POST', '/api/v1/knowledge-bases', { name: 'Quay notes' });
    await uploadIndexedMarkdown(api, kb.id, 'cranes.md', NOTES, INDEXING_TIMEOUT_MS);
    ({ browser, page, shot } = await openDesktopPage(
      server.baseUrl,
      join(resultsDir, 'screenshots', 'embedding-model'),
    ));
  });

  after(async () => {
    await browser?.close();
    await provider?.close();
    await server?.stop();
  });

  step('signs in and sees the built-in model on the knowledge base page', async () => {
    await signIn(page, owner);
    await page.goto(`/knowledge/bases/${kb.id}`);
    await expectVisible(page.getByRole('heading', { name: 'Embedding model' }));
    await expectVisible(page.getByText('all-minilm-l6-v2-q'));
    await expectVisible(page.locator('[data-realtime-status="live"]'));
    await shot('builtin-model');
  });

  step('switches to the provider, confirms the re-embedding and sees it complete', async () => {
    const form = page.getByRole('form', { name: 'Change the embedding model' });
    await form.getByLabel('Provider').selectOption('openai-compatible');
    await form.getByLabel('Base URL').fill(provider.baseUrl);
    await form.getByLabel('Model').fill('quay-embed');
    await form.getByLabel(/API key/).fill('sk-e2e-secret');
    await shot('provider-form');
    await form.getByRole('button', { name: 'Change model' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the embedding model?' });
    await expectVisible(dialog.getByText(/re-embeds \d+ chunks?/));
    await shot('confirmation');
    await dialog.getByRole('button', { name: 'Change and re-embed' }).click();
    await expectVisible(page.getByText('completed', { exact: true }), 60_000);
    assert.match(await page.getByText(/chunks? re-embedded/).innerText(), /(\d+) of \1 chunks? re-embedded/);
    await expectVisible(page.getByText('quay-embed'));
    await shot('reembedding-completed');
  });

  step('vector search answers with the provider model', async () => {
    // no relevance floor: the stand-in provider's bag-of-words vectors are not on the built-in model's scale
    const result = await api(
      'GET',
      `/api/v1/knowledge-base/search?mode=vector&q=crane+lifts+containers&minRelevance=0&knowledgeBaseId=${kb.id}`,
    );
    assert.ok(result.items.length > 0, 'vector search answers');
    const model = await api('GET', `/api/v1/knowledge-bases/${kb.id}/embedding-model`);
    assert.equal(model.provider, 'openai-compatible');
    assert.equal(model.apiKeySet, true);
    assert.equal(JSON.stringify(model).includes('sk-e2e-secret'), false);
  });
});
