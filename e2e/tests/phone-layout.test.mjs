import assert from 'node:assert/strict';
import { get } from 'node:http';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { apiClient, uploadIndexedMarkdown } from '../support/api.mjs';
import { expectVisible, launchBrowser, screenshotter } from '../support/browser.mjs';
import { assertFitsScreen, crawlApp, PHONE, routePattern } from '../support/phone.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = {
  organization: `Narrow Screens ${run}`,
  name: 'Noor Owner',
  email: `noor.${run}@example.com`,
  password: 'wide-screens-are-a-luxury-42',
};
/** A custom role that may manage API keys and read the catalogue, but holds few permissions to give. */
const integrator = {
  name: 'Ines Integrator',
  email: `ines.${run}@example.com`,
  password: 'integrations-all-day-long-7',
};
const learner = {
  name: 'Leo Learner',
  email: `leo.${run}@example.com`,
  password: 'learning-on-the-train-2026',
};
const colleagues = [
  { name: 'Bartholomew Longname-Fitzgerald', email: `bartholomew.longname-fitzgerald.${run}@example.com`, roles: ['ADMIN'] },
  { name: 'Mia Manager', email: `mia.${run}@example.com`, roles: ['MANAGER'] },
  { name: 'Tom Trainer', email: `tom.${run}@example.com`, roles: ['TRAINER'] },
];
const INDEXING_TIMEOUT_MS = 90_000;

/** The pages the crawl must at least reach with this data (a floor, not the list it visits). */
const EXPECTED = [
  '/',
  '/profile',
  '/knowledge',
  '/knowledge/search',
  '/knowledge/bases/:id',
  '/knowledge/documents/:id',
  '/admin/users',
  '/admin/teams',
  '/admin/roles',
  '/admin/audit',
  '/admin/api-keys',
];

/** Raw GET without decompression: the bytes and headers that travel. */
function rawGet(url, headers) {
  return new Promise((resolveGet, reject) => {
    get(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolveGet({ headers: response.headers, size: Buffer.concat(chunks).length }));
    }).on('error', reject);
  });
}

/**
 * Every page of the app on a 390 px phone, with data in every table: nothing wider than the screen and every control
 * (table-row actions included) within it; the pages are found by following the app's own links (the navigation drawer
 * and the account menu included), so a new page is checked as soon as something links to it. Then what those pages
 * offer: only areas that exist, the grouped API-key permissions, the everyday button as the primary one, English only,
 * the API reference, and compressed scripts.
 */
describe('every page fits a phone', () => {
  let server;
  let browser;
  let page;
  let shot;
  let visited = [];
  const step = scenarioSteps((name) => shot(name));

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    const call = apiClient(server.baseUrl);
    await call('POST', '/api/v1/auth/register', {
      organizationName: owner.organization,
      name: owner.name,
      email: owner.email,
      password: owner.password,
    });
    const { accessToken } = await call('POST', '/api/v1/auth/login', { email: owner.email, password: owner.password });
    const api = (method, path, body) => call(method, path, body, accessToken);

    const people = [];
    for (const colleague of colleagues) {
      people.push(await api('POST', '/api/v1/users', { ...colleague, password: `${run}-a-long-passphrase-9` }));
    }
    await api('POST', '/api/v1/roles', {
      name: 'Integrator',
      description: 'Connects n8n and scripts',
      permissions: ['apikeys:manage', 'roles:read', 'kb:read'],
    });
    await api('POST', '/api/v1/users', { ...integrator, roles: ['Integrator'] });
    await api('POST', '/api/v1/users', { ...learner, roles: ['LEARNER'] });
    const team = await api('POST', '/api/v1/teams', {
      name: 'Customer success and onboarding specialists',
      description: 'First line for new customers',
    });
    await api('PUT', `/api/v1/teams/${team.id}/members`, {
      members: people.map((person, index) => ({ userId: person.id, lead: index === 0 })),
    });
    const base = await api('POST', '/api/v1/knowledge-bases', {
      name: 'Field service handbook',
      description: 'Procedures for technicians on site.',
    });
    await uploadIndexedMarkdown(
      api,
      base.id,
      'a-rather-long-file-name-for-the-quarterly-maintenance-checklist.md',
      '# Quarterly maintenance\n\nCheck the pressure valves before restarting the compressor.\n',
      INDEXING_TIMEOUT_MS,
    );
    await api('POST', '/api/v1/api-keys', { name: 'n8n production workflows', permissions: ['users:read', 'kb:read'] });

    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: PHONE });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    shot = screenshotter(page, join(resultsDir, 'screenshots', 'phone-layout'));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const checkPage = async (path) => {
    await assertFitsScreen(page, path);
    await shot(routePattern(new URL(path, server.baseUrl).pathname).replace(/\W+/g, '-') || 'home');
  };

  step('the pages before sign-in fit the screen', async () => {
    const publicPages = await crawlApp(page, { start: '/login', visit: checkPage });
    assert.ok(publicPages.includes('/register'), `visited ${publicPages.join(', ')}`);
  });

  step('every page of the app fits the screen, row actions included', async () => {
    await signIn(page, owner);
    visited = await crawlApp(page, {
      start: '/',
      reveal: [
        async () => {
          await page.getByRole('button', { name: 'Open navigation' }).click();
          await expectVisible(page.getByRole('dialog', { name: 'Navigation' }));
        },
        async () => {
          await page.getByRole('button', { name: /account menu/i }).click();
          await expectVisible(page.getByRole('link', { name: 'Your profile' }));
        },
      ],
      visit: checkPage,
    });
    const patterns = visited.map((path) => routePattern(new URL(path, server.baseUrl).pathname));
    for (const expected of EXPECTED) assert.ok(patterns.includes(expected), `${expected} not reached: ${patterns}`);

    // the tables have rows, and their actions were among the controls checked
    await page.goto('/admin/users');
    await expectVisible(page.getByText(colleagues[0].email));
    const layout = await assertFitsScreen(page, 'users');
    assert.ok(layout.rowActions >= colleagues.length, `only ${layout.rowActions} row actions`);
    await page.getByRole('button', { name: `Deactivate ${colleagues[0].name}` }).click();
    await expectVisible(page.getByRole('dialog'));
    await assertFitsScreen(page, 'users: deactivate dialog');
    await shot('users-deactivate-dialog', { fullPage: false });
  });

  step('the navigation lists only areas that exist', async () => {
    for (const gone of ['/training', '/assistants', '/workflows', '/billing']) {
      assert.ok(!visited.some((path) => path.startsWith(gone)), `${gone} is linked`);
    }
    await page.goto('/');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    const drawer = page.getByRole('dialog', { name: 'Navigation' });
    await expectVisible(drawer.getByRole('link', { name: 'Knowledge' }));
    for (const label of ['Training', 'Assistants', 'Workflows', 'Billing']) {
      assert.equal(await drawer.getByRole('link', { name: label }).count(), 0, `${label} in the navigation`);
    }
    await page.keyboard.press('Escape');
    assert.equal(await page.getByText('Soon', { exact: true }).count(), 0, 'a "Soon" badge on the dashboard');
  });

  step('the API-key dialog groups, describes and presets the permissions', async () => {
    await page.goto('/admin/api-keys');
    const reference = page.getByRole('link', { name: /API reference/ });
    assert.equal(await reference.getAttribute('href'), '/swagger-ui');
    assert.equal(await reference.getAttribute('target'), '_blank');
    await page.getByRole('button', { name: 'New API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    const users = dialog.getByRole('group', { name: 'Users', exact: true });
    await expectVisible(users);
    const apiKeys = dialog.getByRole('group', { name: 'API keys', exact: true });
    await expectVisible(apiKeys.getByText('Create and revoke API keys'));
    await dialog.getByRole('button', { name: 'Read only' }).click();
    assert.ok(await users.getByRole('checkbox', { name: 'users:read' }).isChecked());
    assert.ok(!(await users.getByRole('checkbox', { name: 'users:write' }).isChecked()));
    await assertFitsScreen(page, 'new API key dialog');
    await shot('api-key-dialog', { fullPage: false });
  });

  step('the everyday action is the primary button, rare admin actions are secondary', async () => {
    const isPrimary = (locator) =>
      locator.evaluate((button) => {
        const probe = document.createElement('span');
        probe.style.backgroundColor = 'var(--color-accent)';
        document.body.append(probe);
        const accent = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return getComputedStyle(button).backgroundColor === accent;
      });
    await page.goto('/knowledge');
    await page.getByRole('link', { name: 'Field service handbook' }).click();
    await expectVisible(page.getByRole('button', { name: 'Choose files' }));
    assert.ok(await isPrimary(page.getByRole('button', { name: 'Choose files' })), 'Choose files is not primary');
    assert.ok(!(await isPrimary(page.getByRole('button', { name: 'Change model' }))), 'Change model is primary');
    await page.goto('/knowledge');
    assert.ok(!(await isPrimary(page.getByRole('button', { name: 'Rebuild index' }))), 'Rebuild index is primary');
  });

  step('the profile offers only the language the interface has', async () => {
    await page.goto('/profile');
    await expectVisible(page.getByRole('group', { name: 'Theme' }));
    assert.equal(await page.getByLabel('Language').count(), 0, 'a language setting');
    assert.equal(await page.getByText(/English for now|Deutsch|Français|Español/).count(), 0);
  });

  step('the account menu links to the API reference, which opens', async () => {
    await page.getByRole('button', { name: /account menu/i }).click();
    const reference = page.getByRole('link', { name: /API reference/ });
    assert.equal(await reference.getAttribute('href'), '/swagger-ui');
    assert.equal(await reference.getAttribute('target'), '_blank');
    const [docs] = await Promise.all([page.context().waitForEvent('page'), reference.click()]);
    await docs.waitForURL(/\/swagger-ui\/index\.html/);
    await docs.close();
  });

  step('a key creator sees the permissions they do not hold, disabled with the reason', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: PHONE });
    const other = await context.newPage();
    try {
      await signIn(other, integrator);
      await other.goto('/admin/api-keys');
      await other.getByRole('button', { name: 'New API key' }).click();
      const dialog = other.getByRole('dialog', { name: 'New API key' });
      const knowledge = dialog.getByRole('group', { name: 'Knowledge', exact: true });
      assert.ok(await knowledge.getByRole('checkbox', { name: 'kb:read' }).isEnabled());
      assert.ok(await knowledge.getByRole('checkbox', { name: 'kb:write' }).isDisabled());
      await expectVisible(knowledge.getByText('You do not hold this permission.').first());
      await dialog.getByRole('button', { name: 'All you hold' }).click();
      assert.ok(await knowledge.getByRole('checkbox', { name: 'kb:read' }).isChecked());
      assert.ok(!(await knowledge.getByRole('checkbox', { name: 'kb:write' }).isChecked()));
      await other.screenshot({ path: join(resultsDir, 'screenshots', 'phone-layout', '90-integrator-key-dialog.png') });
    } finally {
      await context.close();
    }
  });

  step('a learner sees no area that is not there for them', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: PHONE });
    const other = await context.newPage();
    try {
      await signIn(other, learner);
      await other.getByRole('button', { name: 'Open navigation' }).click();
      const links = await other.getByRole('dialog', { name: 'Navigation' }).getByRole('link').allInnerTexts();
      assert.deepEqual(links.map((text) => text.trim()), ['Dashboard', 'Knowledge']);
      await other.screenshot({ path: join(resultsDir, 'screenshots', 'phone-layout', '91-learner-navigation.png') });
    } finally {
      await context.close();
    }
  });

  step('scripts and styles travel compressed', async () => {
    const html = await (await fetch(new URL('/', server.baseUrl))).text();
    const assets = [...html.matchAll(/\/assets\/[\w.-]+\.(?:js|css)/g)].map((match) => match[0]);
    assert.ok(assets.length >= 2, `index.html names ${assets}`);
    for (const asset of assets) {
      const url = new URL(asset, server.baseUrl);
      const plain = await rawGet(url, {});
      const gzip = await rawGet(url, { 'Accept-Encoding': 'gzip' });
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.match(gzip.headers.vary ?? '', /Accept-Encoding/i);
      assert.match(gzip.headers['cache-control'] ?? '', /immutable/);
      // what a browser sends: gzip is listed first
      const asBrowsers = await rawGet(url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      assert.equal(asBrowsers.headers['content-encoding'], 'gzip');
      assert.ok(gzip.size < plain.size / 2, `${asset}: ${plain.size} B plain, ${gzip.size} B gzip`);
      console.log(`${asset}: ${plain.size} B plain, ${gzip.size} B gzip`);
    }
  });
});
