import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expectHidden, expectVisible, openDesktopPage } from '../support/browser.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = {
  organization: `Acme Robotics ${run}`,
  name: 'Olivia Owner',
  email: `olivia.${run}@example.com`,
  password: 'correct-horse-battery-staple',
};
const member = {
  name: 'Tara Trainer',
  email: `tara.${run}@example.com`,
  password: 'another-long-passphrase-42',
};

/**
 * The role the colleague ends up with: a built-in role that may read users and teams but not
 * roles (the server's MANAGER includes roles:read, TRAINER does not).
 */
const NEW_ROLE = 'TRAINER';

/**
 * One organisation's first day, in order: register, sign in, add a colleague, change their role
 * to TRAINER, sign out, sign in as the colleague (whose navigation lacks Admin ▸ Roles), look at
 * the dashboard on a phone-sized screen, sign out.
 */
describe('an organisation owner sets up a colleague', () => {
  let server;
  let browser;
  let page;
  let shot;

  const step = scenarioSteps((name) => shot(name));

  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const heading = (name) => page.getByRole('heading', { level: 1, name });

  async function signOut() {
    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await expectVisible(page.getByText('You have signed out.'));
  }

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    ({ browser, page, shot } = await openDesktopPage(server.baseUrl, join(resultsDir, 'screenshots', 'admin-journey')));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('registers an organisation', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('link', { name: 'Register your organisation' }).click();
    await expectVisible(heading('Register your organisation'));

    await page.getByLabel('Organisation name').fill(owner.organization);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Work email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await shot('register');
    await page.getByRole('button', { name: 'Create organisation' }).click();

    await page.waitForURL((url) => url.pathname === '/login');
    await expectVisible(page.getByText('Your organisation is ready. Sign in to continue.'));
    assert.equal(await page.getByLabel('Email').inputValue(), owner.email);
  });

  step('signs in as the owner and stays signed in across a reload', async () => {
    await signIn(page, owner);
    await expectVisible(heading('Welcome, Olivia'));
    await expectVisible(nav().getByRole('link', { name: 'Users' }));
    await expectVisible(nav().getByRole('link', { name: 'Roles' }));

    await page.reload();
    await expectVisible(heading('Welcome, Olivia'));
    await shot('owner-dashboard');
  });

  step('creates a user with a password in Users admin', async () => {
    await nav().getByRole('link', { name: 'Users' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await expectVisible(heading('Users'));
    await expectVisible(page.getByRole('row').filter({ hasText: owner.email }));

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Email').fill(member.email);
    await dialog.getByLabel('Name').fill(member.name);
    await dialog.getByLabel('Password').fill(member.password);
    await shot('create-user');
    await dialog.getByRole('button', { name: 'Create user' }).click();

    await expectHidden(dialog);
    await expectVisible(page.getByText(`${member.name} can now sign in.`));
    await expectVisible(page.getByRole('row').filter({ hasText: member.email }));
    await shot('user-created');
  });

  step(`changes the user's role to ${NEW_ROLE} and shows it in the table`, async () => {
    const row = page.getByRole('row').filter({ hasText: member.email });
    await row.getByRole('button', { name: `Roles of ${member.name}` }).click();

    const dialog = page.getByRole('dialog', { name: `Roles of ${member.name}` });
    const wanted = dialog.getByRole('checkbox', { name: NEW_ROLE, exact: true });
    await expectVisible(wanted);
    for (const checkbox of await dialog.getByRole('checkbox', { checked: true }).all()) {
      await checkbox.uncheck();
    }
    await wanted.check();
    await shot('change-roles');
    await dialog.getByRole('button', { name: 'Save roles' }).click();

    await expectHidden(dialog);
    const roles = row.getByRole('list', { name: `Roles of ${member.name}` });
    await expectVisible(roles.getByText(NEW_ROLE, { exact: true }));
    assert.deepEqual(await roles.getByRole('listitem').allInnerTexts(), [NEW_ROLE]);
    await shot('role-changed');
  });

  step('signs out', async () => {
    await signOut();
    await shot('signed-out');
  });

  step('signs in as the colleague, whose navigation lacks Admin ▸ Roles', async () => {
    await signIn(page, member);
    await expectVisible(heading('Welcome, Tara'));
    await expectVisible(nav().getByRole('link', { name: 'Knowledge' }));
    await expectVisible(nav().getByRole('link', { name: 'Users' }));
    assert.equal(await nav().getByRole('link', { name: 'Roles' }).count(), 0);
    assert.equal(await nav().getByRole('link', { name: 'Audit log' }).count(), 0);
    await shot('colleague-dashboard');
  });

  step('shows the dashboard and its navigation menu on a 375 px wide screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await expectHidden(nav());
    await shot('narrow-dashboard');

    const menuButton = page.getByRole('button', { name: 'Open navigation' });
    await menuButton.click();
    const drawer = page.getByRole('dialog', { name: 'Navigation' });
    await expectVisible(drawer.getByRole('link', { name: 'Teams' }));
    assert.equal(await drawer.getByRole('link', { name: 'Roles' }).count(), 0);
    await shot('narrow-navigation-menu', { fullPage: false });

    await drawer.getByRole('link', { name: 'Teams' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/teams');
    await expectHidden(drawer);
    await expectVisible(heading('Teams'));
    await shot('narrow-teams');
  });

  step('signs out as the colleague', async () => {
    await signOut();
    await shot('colleague-signed-out');
  });
});
