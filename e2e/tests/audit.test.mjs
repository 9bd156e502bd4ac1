import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';

import { apiClient } from '../support/api.mjs';
import { expectHidden, expectVisible, openDesktopPage } from '../support/browser.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = {
  email: `aude.${run}@example.com`,
  password: 'ledger-harbour-quiet-58',
};
const handbook = `Employee handbook ${run}`;
const releaseNotes = `Release notes ${run}`;
const keyName = `ci-bot-${run}`;
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The audit log names what an entry is about even after it is deleted, says which API key a call came through,
 * narrows by date through the URL-kept filters, and exports what the filters select as a CSV file.
 */
describe('an owner reads and exports the audit log', () => {
  let server;
  let browser;
  let page;
  let shot;
  let token;

  const step = scenarioSteps((name) => shot(name));
  let call;
  const api = (method, path, body, as = token) => call(method, path, body, as);
  const events = () => page.getByRole('table', { name: 'Audit events, newest first' });
  const row = (text) => events().getByRole('row').filter({ hasText: text });

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    call = apiClient(server.baseUrl);
    await api('POST', '/api/v1/auth/register', {
      organizationName: `Ledger Works ${run}`,
      name: 'Aude Owner',
      email: owner.email,
      password: owner.password,
    });
    token = (await api('POST', '/api/v1/auth/login', owner)).accessToken;
    const doomed = await api('POST', '/api/v1/knowledge-bases', {
      name: handbook,
    });
    await api('DELETE', `/api/v1/knowledge-bases/${doomed.id}`);
    const key = await api('POST', '/api/v1/api-keys', {
      name: keyName,
      permissions: ['kb:admin'],
    });
    await api('POST', '/api/v1/knowledge-bases', { name: releaseNotes }, key.key);
    ({ browser, page, shot } = await openDesktopPage(server.baseUrl, join(resultsDir, 'screenshots', 'audit')));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('names a deleted knowledge base and the API key a call came through', async () => {
    await signIn(page, owner);
    await page.goto('/admin/audit?action=knowledge_base.');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Audit log' }));
    const deleted = row('knowledge_base.deleted');
    await expectVisible(deleted.getByText(handbook));
    await expectVisible(row('knowledge_base.created').filter({ hasText: handbook }));
    const viaKey = row('knowledge_base.created').filter({
      hasText: releaseNotes,
    });
    await expectVisible(viaKey.getByText(`via API key ‘${keyName}’`));
    await expectVisible(viaKey.getByText(owner.email));
    assert.match(
      (await deleted.getByText(handbook).locator('xpath=..').getAttribute('title')) ?? '',
      /^knowledge_base [0-9a-f-]{36}$/,
      'the id is on hover',
    );
    await shot('names-and-api-key');
  });

  step('a date filter narrows the list and is kept in the URL', async () => {
    await page.getByLabel('From', { exact: true }).fill(day(1));
    await page.waitForURL((url) => url.searchParams.get('from') === day(1));
    await expectVisible(page.getByText('No events match.'));
    await shot('from-tomorrow');

    await page.getByLabel('From', { exact: true }).fill(day(0));
    await page.waitForURL((url) => url.searchParams.get('from') === day(0));
    await expectVisible(row('knowledge_base.deleted'));
    await page.getByLabel('To', { exact: true }).fill(day(-1));
    await page.waitForURL((url) => url.searchParams.get('to') === day(-1));
    await expectHidden(row('knowledge_base.deleted'));
    await page.getByLabel('To', { exact: true }).fill(day(0));
    await page.waitForURL((url) => url.searchParams.get('to') === day(0));
    assert.equal(await events().getByRole('row').count(), 4, 'the header and three knowledge-base entries');
    await shot('today');
  });

  step('exports the filtered entries as a CSV file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r\n/);
    assert.match(
      lines[0],
      /^occurredAt,seq,action,actorId,actorEmail,apiKeyId,apiKeyName,targetType,targetId,targetName,/,
    );
    assert.equal(lines.length, 4, 'the header and the three entries on screen');
    assert.ok(
      lines[1].includes('knowledge_base.created') && lines[1].includes(keyName) && lines[1].includes(releaseNotes),
    );
    assert.ok(lines[2].includes('knowledge_base.deleted') && lines[2].includes(handbook));
    assert.ok(lines.slice(1).every((line) => line.includes(owner.email)));
    await shot('exported');
  });
});
