import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { apiClient } from '../support/api.mjs';
import { expectVisible, openDesktopPage } from '../support/browser.mjs';
import { useServer } from '../support/server.mjs';
import { signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = { email: `rhea.${run}@example.com`, password: 'violet-harbour-sings-42' };
const learner = { email: `leo.${run}@example.com`, password: 'amber-canyon-whistle-19' };

/**
 * Live updates: a learner is signed in when an admin (through the API, from elsewhere) makes
 * them a trainer; the page says so at once and the navigation grows without a reload.
 */
describe('a role change reaches the signed-in person live', () => {
  let server;
  let browser;
  let page;
  let shot;
  let ownerToken;
  let learnerId;

  let api;

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    api = apiClient(server.baseUrl);
    await api('POST', '/api/v1/auth/register', {
      organizationName: `Live Org ${run}`,
      name: 'Rhea Owner',
      email: owner.email,
      password: owner.password,
    });
    ownerToken = (await api('POST', '/api/v1/auth/login', owner)).accessToken;
    learnerId = (
      await api(
        'POST',
        '/api/v1/users',
        { email: learner.email, name: 'Leo Learner', roles: ['LEARNER'], password: learner.password },
        ownerToken,
      )
    ).id;
    ({ browser, page, shot } = await openDesktopPage(server.baseUrl, join(resultsDir, 'screenshots', 'realtime')));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the learner sees a toast and the trainer navigation after an admin changes the role', async () => {
    await signIn(page, learner);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expectVisible(nav.getByRole('link', { name: 'Knowledge' }));
    assert.equal(await nav.getByRole('link', { name: 'Users' }).count(), 0, 'a learner has no Users link');
    await expectVisible(page.locator('[data-realtime-status="live"]'));
    await shot('learner-connected', { fullPage: false });

    await api('PUT', `/api/v1/users/${learnerId}/roles`, { roles: ['TRAINER'] }, ownerToken);

    await expectVisible(page.getByRole('status').filter({ hasText: 'Your roles were changed (now: TRAINER)' }));
    await expectVisible(nav.getByRole('link', { name: 'Users' }));
    await shot('role-changed-toast', { fullPage: false });
  });
});
