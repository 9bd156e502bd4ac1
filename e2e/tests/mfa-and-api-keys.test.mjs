import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';

import { expectVisible, openDesktopPage } from '../support/browser.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = {
  organization: `Fjord Security ${run}`,
  name: 'Freya Owner',
  email: `freya.${run}@example.com`,
  password: 'copper-lighthouse-drifts-31',
};

const admin = {
  name: 'Aksel Admin',
  email: `aksel.${run}@example.com`,
  password: 'granite-orchard-hums-58',
};

const STEP_SECONDS = 30;

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    assert.ok(value >= 0, `base32 character ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 (HMAC-SHA1, 6 digits) for a time step, as an authenticator app computes it. */
function totp(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

const currentStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS);

/**
 * Two-factor authentication and API keys through the UI: enrol with a QR code (the code computed
 * here from the shown key), sign out, sign in with the second factor; then create an API key, use
 * it, and revoke it.
 */
describe('an owner secures the account and issues an API key', () => {
  let server;
  let browser;
  let page;
  let shot;
  let secret;
  let lastStep;

  const step = scenarioSteps((name) => shot(name));

  const heading = (name) => page.getByRole('heading', { level: 1, name });
  const nav = () => page.getByRole('navigation', { name: 'Main' });

  /** The administrator's own browser (another context: no shared cookies). */
  let browser2Context;

  async function api(path, { key, method = 'GET', body } = {}) {
    return fetch(new URL(path, server.baseUrl), {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  }

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    ({ browser, page, shot } = await openDesktopPage(server.baseUrl, join(resultsDir, 'screenshots', 'mfa-and-api-keys')));
    const registered = await api('/api/v1/auth/register', {
      method: 'POST',
      body: {
        organizationName: owner.organization,
        name: owner.name,
        email: owner.email,
        password: owner.password,
      },
    });
    assert.equal(registered.status, 201);
    const signedIn = await api('/api/v1/auth/login', {
      method: 'POST',
      body: { email: owner.email, password: owner.password },
    });
    const { accessToken } = await signedIn.json();
    const created = await api('/api/v1/users', {
      key: accessToken,
      method: 'POST',
      body: {
        email: admin.email,
        name: admin.name,
        roles: ['ADMIN'],
        password: admin.password,
      },
    });
    assert.equal(created.status, 201);
  });

  after(async () => {
    await browser2Context?.close();
    await browser?.close();
    await server?.stop();
  });

  step('turns on two-factor authentication from the profile with the QR code', async () => {
    await signIn(page, owner);
    await page.goto('/profile');
    await expectVisible(heading('Your profile'));
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await expectVisible(page.getByAltText('QR code to scan with your authenticator app'));
    secret = (await page.getByTestId('totp-secret').textContent()).replace(/\s/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    await page.getByTestId('totp-secret').scrollIntoViewIfNeeded();
    await shot('mfa-enrolment');

    lastStep = currentStep();
    await page.getByLabel('Code from the app').fill(totp(secret, lastStep));
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' });
    await expectVisible(codes);
    assert.equal(await codes.getByRole('listitem').count(), 10);
    await expectVisible(page.getByRole('button', { name: 'Download' }));
    await codes.scrollIntoViewIfNeeded();
    await shot('mfa-recovery-codes');
    await page.getByRole('button', { name: 'Done' }).click();
    await expectVisible(page.getByText('10 of 10 recovery codes left'));
  });

  step('signs out and back in with the password and a code', async () => {
    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');

    await signIn(page, owner, { landing: null });
    await expectVisible(page.getByRole('heading', { name: 'Two-factor authentication' }));
    const code = page.getByLabel('Authentication code');
    await code.fill('000000' === totp(secret, lastStep + 1) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectVisible(page.getByText('That code is not correct'));
    await shot('mfa-sign-in-step');

    // the code used to enrol is spent: take the next step's (accepted one step early)
    const next = Math.max(lastStep + 1, currentStep());
    await code.fill(totp(secret, next));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expectVisible(heading(/Welcome/));
  });

  step('creates an API key, sees it once and uses it', async () => {
    await nav().getByRole('link', { name: 'API keys' }).click();
    await expectVisible(heading('API keys'));
    await expectVisible(page.getByText('No API keys yet.'));
    await page.getByRole('button', { name: 'New API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByLabel('Name').fill('n8n production');
    await dialog.getByLabel('users:read').check();
    await shot('api-key-create', { fullPage: false });
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const created = page.getByRole('dialog', { name: 'Copy your new key' });
    const key = (await created.getByTestId('new-api-key').textContent()).trim();
    assert.match(key, /^afk_[A-Za-z0-9_-]{43}$/);
    await shot('api-key-shown-once', { fullPage: false });
    assert.equal((await api('/api/v1/users', { key })).status, 200);
    assert.equal((await api('/api/v1/teams', { key })).status, 403);
    await created.getByRole('button', { name: 'Done' }).click();

    const row = page.getByRole('row').filter({ hasText: 'n8n production' });
    await expectVisible(row.getByText('Active'));
    assert.equal(await page.getByText(key).count(), 0, 'the list never shows the key');
    await shot('api-keys-list');

    await row.getByRole('button', { name: /Revoke/ }).click();
    await page
      .getByRole('dialog', { name: 'Revoke API key?' })
      .getByRole('button', { name: 'Revoke key' })
      .click();
    await expectVisible(row.getByText('Revoked'));
    assert.equal((await api('/api/v1/users', { key })).status, 401);
    await shot('api-key-revoked');
  });

  step('shows the two-factor policy to the organisation administrator', async () => {
    await nav().getByRole('link', { name: 'Roles' }).click();
    await expectVisible(heading('Roles'));
    const policy = page.getByRole('heading', {
      name: 'Two-factor authentication',
    });
    await expectVisible(policy);
    await page.getByRole('checkbox', { name: 'ADMIN' }).check();
    await page.getByRole('button', { name: 'Save policy' }).click();
    await expectVisible(page.getByText('Two-factor policy saved.'));
    await policy.scrollIntoViewIfNeeded();
    await shot('mfa-policy');
  });

  step('makes an administrator set up two-factor authentication at sign-in', async () => {
    browser2Context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 860 },
    });
    const guest = await browser2Context.newPage();
    guest.setDefaultTimeout(15_000);
    await signIn(guest, admin, { landing: null });

    await expectVisible(
      guest.getByRole('heading', {
        name: 'Set up two-factor authentication',
      }),
    );
    await expectVisible(guest.getByAltText('QR code to scan with your authenticator app'));
    const adminSecret = (await guest.getByTestId('totp-secret').textContent()).replace(/\s/g, '');
    await shot('mfa-required-enrolment', { on: guest });
    await guest.getByLabel('Code from the app').fill(totp(adminSecret, currentStep()));
    await guest.getByRole('button', { name: 'Turn on' }).click();
    await expectVisible(guest.getByRole('list', { name: 'Recovery codes' }));
    await shot('mfa-required-recovery-codes', { on: guest });
    await guest.getByRole('button', { name: /I have saved my codes/ }).click();
    await guest.waitForURL((url) => url.pathname === '/');
    await expectVisible(guest.getByRole('heading', { level: 1, name: /Welcome/ }));
  });
});
