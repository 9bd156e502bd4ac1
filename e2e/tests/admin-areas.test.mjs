import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expectHidden, expectVisible, launchBrowser, screenshotter } from '../support/browser.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = {
  organization: `Harbour Analytics ${run}`,
  name: 'Hanna Owner',
  renamed: 'Hanna Lindqvist',
  email: `hanna.${run}@example.com`,
  password: 'violet-harbour-sings-42',
  newPassword: 'quiet-meadow-lantern-77',
};
const invitee = {
  name: 'Ivy Nakamura',
  email: `ivy.${run}@example.com`,
  password: 'amber-canyon-whistle-19',
};
const team = { name: 'Insights crew', renamed: 'Insights guild' };
const customRole = {
  name: 'People auditor',
  description: 'Sees the people and the audit log; changes nothing.',
  permissions: ['users:read', 'audit:read'],
};
/** Too common for the server's policy, though long enough for the form's own check. */
const COMMON_PASSWORD = 'password1234';
/** Long and uncommon, but it contains the owner's first name. */
const PASSWORD_WITH_NAME = 'hanna-sunrise-harbour-88';

/**
 * The admin areas the first journey does not reach, in order: registration with a weak password
 * first, a keyboard-only sign-in, an invitation accepted in another browser, a team with a lead,
 * a custom role that shapes what its holder sees, the audit log filtered by action, the profile
 * (name and password) and the Swagger UI under the Content-Security-Policy.
 */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('an owner works through the admin areas', () => {
  let server;
  let browser;
  let context;
  let page;
  let shot;
  /** The invited colleague's own browser (another context: no shared cookies or storage). */
  let guestContext;
  let guest;
  // a failure leaves a screenshot of the owner's page and, while one is open, of the colleague's
  const step = scenarioSteps(async (name) => {
    await shot(name);
    if (guest) await shot(name.replace('FAILED-', 'FAILED-guest-'), { on: guest });
  });

  const nav = (on = page) => on.getByRole('navigation', { name: 'Main' });
  const heading = (name, on = page) => on.getByRole('heading', { level: 1, name });
  const toast = (text) => page.getByRole('status').filter({ hasText: text });
  const row = (text, on = page) => on.getByRole('row').filter({ hasText: text });

  async function signOut(on) {
    await on.getByRole('button', { name: /account menu/i }).click();
    await on.getByRole('button', { name: 'Sign out' }).click();
    await on.waitForURL((url) => url.pathname === '/login');
    await expectVisible(on.getByText('You have signed out.'));
  }

  /** The texts a control's aria-describedby points at: its hint and its error, as announced. */
  async function descriptionOf(control) {
    return control.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  }

  /** Waits until the control is marked invalid and announces `message` with it. */
  async function expectFieldError(control, message) {
    await control
      .page()
      .waitForFunction(
        (element) => element.getAttribute('aria-invalid') === 'true',
        await control.elementHandle(),
      );
    const description = await descriptionOf(control);
    assert.match(description, message, `the field announces "${description}"`);
  }

  /** Presses Tab once and checks that the focus landed on `target`. */
  async function tabTo(target) {
    await page.keyboard.press('Tab');
    const focused = await target.evaluate((element) => element === document.activeElement);
    assert.ok(focused, 'Tab moved the focus to the expected control');
  }

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    browser = await launchBrowser();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 860 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    shot = screenshotter(page, join(resultsDir, 'screenshots', 'admin-areas'));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('registration shows the server password rule next to the field, then succeeds', async () => {
    await page.goto('/register');
    await expectVisible(heading('Register your organisation'));
    await page.getByLabel('Organisation name').fill(owner.organization);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Work email').fill(owner.email);
    const password = page.getByLabel('Password');
    await password.fill(COMMON_PASSWORD);
    await page.getByRole('button', { name: 'Create organisation' }).click();

    // Long enough for the form, so this message can only have come from the server's 422.
    // a whole sentence, not the fragment the rule is checked with ("is too common")
    const tooCommon = 'This password is too common; choose a longer or less predictable one.';
    await expectFieldError(password, new RegExp(escapeRegExp(tooCommon)));
    await expectVisible(page.getByText(tooCommon, { exact: true }));
    assert.equal(new URL(page.url()).pathname, '/register');
    await shot('register-common-password');

    await password.fill(owner.password);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await expectVisible(page.getByText('Your organisation is ready. Sign in to continue.'));
  });

  step('signs in with the keyboard alone', async () => {
    await page.goto('/login');
    await expectVisible(heading('Sign in'));
    const email = page.getByLabel('Email');
    const password = page.getByLabel('Password');

    // The email field is the first stop on the page, the password field the next.
    await tabTo(email);
    await page.keyboard.type(owner.email);
    await tabTo(password);
    await page.keyboard.type(owner.password);
    await shot('keyboard-sign-in', { fullPage: false });
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === '/');
    await expectVisible(heading('Welcome, Hanna'));
    await expectVisible(nav().getByRole('link', { name: 'Teams' }));
  });

  step('invites a colleague without a password and shows the invitation link', async () => {
    await nav().getByRole('link', { name: 'Users' }).click();
    await expectVisible(heading('Users'));
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Email').fill(invitee.email);
    await dialog.getByLabel('Name').fill(invitee.name);
    await dialog.getByRole('button', { name: 'Create user' }).click();

    const invitation = page.getByRole('dialog', { name: 'Invitation ready' });
    await expectVisible(invitation.getByText(`${invitee.name} (${invitee.email}) is invited.`));
    const link = await invitation.getByLabel('Invitation link').inputValue();
    const url = new URL(link);
    assert.equal(url.origin, new URL(server.baseUrl).origin);
    assert.equal(url.pathname, '/accept-invite');
    assert.ok(url.searchParams.get('token'), `the link carries a token: ${link}`);
    invitee.link = link;
    await shot('invitation-ready', { fullPage: false });

    await invitation.getByRole('button', { name: 'Done' }).click();
    await expectHidden(invitation);
    await expectVisible(row(invitee.email).getByText('Invited', { exact: true }));
  });

  step('the colleague accepts the invitation in their own browser and signs in', async () => {
    guestContext = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 860 },
    });
    guest = await guestContext.newPage();
    guest.setDefaultTimeout(15_000);
    await guest.goto(invitee.link);
    await expectVisible(heading(`Join ${owner.organization}`, guest));
    assert.equal(await guest.getByLabel('Email').inputValue(), invitee.email);
    assert.equal(await guest.getByLabel('Your name').inputValue(), invitee.name);

    await guest.getByLabel('Choose a password').fill(invitee.password);
    await guest.getByLabel('Repeat the password').fill(invitee.password);
    await shot('accept-invitation', { on: guest });
    await guest.getByRole('button', { name: `Join ${owner.organization}` }).click();

    await guest.waitForURL((url) => url.pathname === '/login');
    await expectVisible(guest.getByText('Your account is active. Sign in to continue.'));
    assert.equal(await guest.getByLabel('Email').inputValue(), invitee.email);
    await signIn(guest, invitee);
    await expectVisible(heading('Welcome, Ivy', guest));
    await shot('invitee-dashboard', { on: guest });
    await signOut(guest);

    // The link works once.
    await guest.goto(invitee.link);
    await expectVisible(guest.getByText(/invitation link is invalid, has expired or has already/));

    await page.reload();
    await expectVisible(row(invitee.email).getByText('Active', { exact: true }));
  });

  step('creates a team, adds two members with one lead, and lists them', async () => {
    await nav().getByRole('link', { name: 'Teams' }).click();
    await expectVisible(heading('Teams'));
    await expectVisible(page.getByText('No teams yet.'));
    await page.getByRole('button', { name: 'New team' }).click();
    const form = page.getByRole('dialog', { name: 'New team' });
    await form.getByLabel('Name').fill(team.name);
    await form.getByLabel('Description').fill('Reporting and dashboards.');
    await form.getByRole('button', { name: 'Create team' }).click();
    await expectHidden(form);
    await expectVisible(toast('Team created.'));
    await expectVisible(row(team.name));

    await row(team.name)
      .getByRole('button', { name: `Members of ${team.name}` })
      .click();
    const members = page.getByRole('dialog', { name: `Members of ${team.name}` });
    await expectVisible(members.getByText('No members yet.'));
    for (const person of [owner, invitee]) {
      await members.getByLabel('Find people').fill(person.email);
      const option = members
        .getByLabel('Person')
        .getByRole('option', { name: `${person.name} (${person.email})` });
      // The list follows the search (debounced); pick the person once they are offered.
      await option.waitFor({ state: 'attached' });
      await members
        .getByLabel('Person')
        .selectOption({ label: `${person.name} (${person.email})` });
      await members.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expectVisible(members.getByRole('heading', { name: '2 members' }));
    // The search still finds the person just added, who is not offered twice.
    await members
      .getByLabel('Person')
      .getByRole('option', { name: 'Already added' })
      .waitFor({ state: 'attached' });
    await members.getByRole('checkbox', { name: `Lead (${invitee.name})` }).check();
    await shot('team-members', { fullPage: false });
    await members.getByRole('button', { name: 'Save members' }).click();
    await expectHidden(members);
    await expectVisible(toast(`Members of ${team.name} saved.`));

    const teamRow = row(team.name);
    await expectVisible(teamRow.getByRole('cell', { name: invitee.name, exact: true }));
    assert.deepEqual(
      (await teamRow.getByRole('cell').allInnerTexts()).slice(1, 3),
      ['2', invitee.name],
      'the row shows two members and the lead',
    );

    // Opening the members again lists who was saved, lead included.
    await teamRow.getByRole('button', { name: `Members of ${team.name}` }).click();
    await expectVisible(members.getByRole('heading', { name: '2 members' }));
    const listed = members.getByRole('listitem');
    await expectVisible(listed.filter({ hasText: owner.email }));
    await expectVisible(listed.filter({ hasText: invitee.email }));
    assert.equal(
      await members.getByRole('checkbox', { name: `Lead (${invitee.name})` }).isChecked(),
      true,
    );
    assert.equal(
      await members.getByRole('checkbox', { name: `Lead (${owner.name})` }).isChecked(),
      false,
    );
    await shot('team-members-saved', { fullPage: false });
    await members.getByRole('button', { name: 'Cancel' }).click();
    await expectHidden(members);
  });

  step('renames the team', async () => {
    await row(team.name)
      .getByRole('button', { name: `Edit ${team.name}` })
      .click();
    const form = page.getByRole('dialog', { name: 'Edit team' });
    const name = form.getByLabel('Name');
    assert.equal(await name.inputValue(), team.name);
    await name.fill(team.renamed);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expectHidden(form);
    await expectVisible(toast('Team updated.'));
    await expectVisible(row(team.renamed));
    assert.equal(await row(team.name).filter({ hasNotText: team.renamed }).count(), 0);
    await shot('team-renamed');
  });

  step('creates a custom role from permission checkboxes', async () => {
    await nav().getByRole('link', { name: 'Roles' }).click();
    await expectVisible(heading('Roles'));
    await page.getByRole('button', { name: 'New role' }).click();
    const form = page.getByRole('dialog', { name: 'New role' });
    await form.getByLabel('Name').fill(customRole.name);
    await form.getByLabel('Description').fill(customRole.description);
    for (const permission of customRole.permissions) {
      await form.getByRole('checkbox', { name: permission, exact: true }).check();
    }
    // Exactly those two (the Audit group's "all" switch follows its only permission).
    const granted = await form
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) => boxes.map((box) => box.labels[0]?.textContent ?? ''));
    assert.deepEqual(
      granted.filter((label) => label.includes(':')).sort(),
      [...customRole.permissions].sort(),
    );
    await shot('new-role', { fullPage: false });
    await form.getByRole('button', { name: 'Create role' }).click();
    await expectHidden(form);
    await expectVisible(toast('Role created.'));

    const card = page.getByRole('article', { name: customRole.name });
    await expectVisible(card.getByText('Custom', { exact: true }));
    assert.deepEqual(await card.getByRole('definition').allInnerTexts(), ['read', 'read']);
    assert.deepEqual(await card.getByRole('term').allInnerTexts(), ['Audit', 'Users']);
    await shot('custom-role-created');
  });

  step('gives the colleague only the custom role', async () => {
    await nav().getByRole('link', { name: 'Users' }).click();
    await expectVisible(heading('Users'));
    await row(invitee.email)
      .getByRole('button', { name: `Roles of ${invitee.name}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Roles of ${invitee.name}` });
    const wanted = dialog.getByRole('checkbox', { name: customRole.name, exact: true });
    await expectVisible(wanted);
    for (const checkbox of await dialog.getByRole('checkbox', { checked: true }).all()) {
      await checkbox.uncheck();
    }
    await wanted.check();
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await expectHidden(dialog);
    const roles = row(invitee.email).getByRole('list', { name: `Roles of ${invitee.name}` });
    await expectVisible(roles.getByText(customRole.name, { exact: true }));
    assert.deepEqual(await roles.getByRole('listitem').allInnerTexts(), [customRole.name]);
  });

  step('the colleague sees Users and Audit log but not Roles or Teams', async () => {
    await signIn(guest, invitee);
    await expectVisible(heading('Welcome, Ivy', guest));
    await expectVisible(nav(guest).getByRole('link', { name: 'Users' }));
    await expectVisible(nav(guest).getByRole('link', { name: 'Audit log' }));
    assert.equal(await nav(guest).getByRole('link', { name: 'Roles' }).count(), 0);
    assert.equal(await nav(guest).getByRole('link', { name: 'Teams' }).count(), 0);
    await shot('custom-role-navigation', { on: guest });

    // Reading people is allowed, changing them is not offered.
    await nav(guest).getByRole('link', { name: 'Users' }).click();
    await expectVisible(heading('Users', guest));
    await expectVisible(row(owner.email, guest));
    assert.equal(await guest.getByRole('button', { name: 'New user' }).count(), 0);
    assert.equal(await guest.getByRole('button', { name: /^Roles of / }).count(), 0);

    // The profile says what they hold: the custom role and the team they lead.
    await guest.getByRole('button', { name: /account menu/i }).click();
    await guest.getByRole('link', { name: 'Your profile' }).click();
    await expectVisible(heading('Your profile', guest));
    await expectVisible(guest.getByText(customRole.name, { exact: true }));
    await expectVisible(guest.getByText(`${team.renamed} (lead)`));
    await shot('custom-role-profile', { on: guest });

    await signOut(guest);
    await guestContext.close();
    guest = undefined;
  });

  step('filters the audit log by action', async () => {
    await nav().getByRole('link', { name: 'Audit log' }).click();
    await expectVisible(heading('Audit log'));
    const events = page.getByRole('table', { name: 'Audit events, newest first' });
    const action = page.getByLabel('Action');

    await action.selectOption('user.roles.changed');
    await page.waitForURL((url) => url.searchParams.get('action') === 'user.roles.changed');
    const change = events.getByRole('row').filter({ hasText: 'user.roles.changed' });
    await expectVisible(change);
    await expectHidden(events.getByRole('row').filter({ hasText: 'user.created' }));
    assert.equal(await events.getByRole('row').count(), 2, 'the header and one role change');
    await expectVisible(change.getByText(owner.email));
    await change.getByText('Show').click();
    await expectVisible(change.getByText(`"${customRole.name}"`));
    await expectVisible(change.getByText('"LEARNER"'));
    await shot('audit-roles-changed');

    await action.selectOption('team.created');
    await page.waitForURL((url) => url.searchParams.get('action') === 'team.created');
    const created = events.getByRole('row').filter({ hasText: 'team.created' });
    await expectVisible(created);
    await expectHidden(events.getByRole('row').filter({ hasText: 'user.roles.changed' }));
    await created.getByText('Show').click();
    await expectVisible(created.getByText(`"${team.name}"`));

    await action.selectOption('user.invitation.accepted');
    await page.waitForURL((url) => url.searchParams.get('action') === 'user.invitation.accepted');
    const accepted = events.getByRole('row').filter({ hasText: 'user.invitation.accepted' });
    await expectVisible(accepted.getByText(invitee.email));
    await shot('audit-invitation-accepted');
  });

  step('verifies the audit trail and sees it intact', async () => {
    await page.getByRole('button', { name: 'Verify the audit trail' }).click();
    const verdict = page.getByRole('status').filter({ hasText: 'The audit trail is intact' });
    await expectVisible(verdict);
    const checked = Number((await verdict.innerText()).match(/All ([\d,]+) records/)[1].replace(/,/g, ''));
    assert.ok(checked >= 10, `expected the whole trail to be checked, got ${checked}`);
    await shot('audit-verified');
  });

  step('changes the own name', async () => {
    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('link', { name: 'Your profile' }).click();
    await expectVisible(heading('Your profile'));
    const name = page.getByLabel('Name', { exact: true });
    await name.fill(owner.renamed);
    await page.getByRole('button', { name: 'Save name' }).click();
    await expectVisible(toast('Your name has been saved.'));
    // The header's account button follows at once.
    await expectVisible(
      page.getByRole('banner').getByRole('button', { name: `${owner.renamed} Account menu` }),
    );
    await page.reload();
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), owner.renamed);
  });

  step('a password with the own name shows the server message next to the field', async () => {
    await page.getByLabel('Current password').fill(owner.password);
    const newPassword = page.getByLabel('New password', { exact: true });
    await newPassword.fill(PASSWORD_WITH_NAME);
    await page.getByLabel('Repeat the new password').fill(PASSWORD_WITH_NAME);
    await page.getByRole('button', { name: 'Change password' }).click();
    const containsName = 'This password must not contain your name.';
    await expectFieldError(newPassword, new RegExp(escapeRegExp(containsName)));
    await expectVisible(page.getByText(containsName, { exact: true }));
    await shot('password-contains-name', { fullPage: false });
  });

  step('changes the password, signs out and signs in with the new one', async () => {
    const newPassword = page.getByLabel('New password', { exact: true });
    await newPassword.fill(owner.newPassword);
    await page.getByLabel('Repeat the new password').fill(owner.newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expectVisible(toast('Your password has been changed.'));
    assert.equal(await newPassword.inputValue(), '');
    await signOut(page);

    await signIn(page, owner, { landing: null });
    await expectVisible(page.getByText('The email address or password is not correct.'));

    await signIn(page, { email: owner.email, password: owner.newPassword });
    await expectVisible(heading('Welcome, Hanna'));
    await shot('signed-in-with-new-password');
  });

  step('Swagger UI renders under the Content-Security-Policy', async () => {
    const docs = await context.newPage();
    const problems = [];
    docs.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    docs.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      const response = await docs.goto('/swagger-ui/index.html');
      assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      await expectVisible(docs.getByRole('heading', { name: /AiGentForce API/ }));
      await expectVisible(docs.getByText('/api/v1/users/me').first());
      await shot('swagger-ui', { on: docs, fullPage: false });
      assert.deepEqual(problems, [], 'the browser reported no errors');
    } finally {
      await docs.close();
    }
  });
});
