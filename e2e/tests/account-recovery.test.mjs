import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { apiClient } from '../support/api.mjs';
import { expectHidden, expectVisible, launchBrowser, screenshotter } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';
import { startSmtpSink } from '../support/smtp-sink.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = {
  organization: `Lighthouse Logistics ${run}`,
  name: 'Lena Owner',
  email: `lena.${run}@example.com`,
  password: 'violet-harbour-sings-42',
  newPassword: 'copper-kettle-whispers-58',
};
const invitee = {
  name: 'Omar Invitee',
  email: `omar.${run}@example.com`,
  password: 'amber-canyon-whistle-19',
};

/**
 * A lost password or invitation is not a dead end: "Forgot password?" mails a one-time link (the server talks to a
 * local SMTP sink started for this file) that sets a new password; an admin resends an invitation, sees which
 * address links start with, and the old link is dead; a person sees their signed-in devices and signs one out.
 */
describe('account recovery and signed-in devices', () => {
  let server;
  let smtp;
  let browser;
  let context;
  let page;
  let shot;
  /** Another browser of the owner (its own context: its own refresh cookie), to be signed out remotely. */
  let otherContext;
  let other;
  const step = scenarioSteps(async (name) => {
    await shot(name);
    if (other) await shot(name.replace('FAILED-', 'FAILED-other-'), { on: other });
  });
  const heading = (name, on = page) => on.getByRole('heading', { level: 1, name });
  const row = (text, on = page) => on.getByRole('row').filter({ hasText: text });
  let firstInvitationLink;

  before(async () => {
    smtp = await startSmtpSink();
    // a server of its own, even under `npm test`: it must know the mail server
    server = await startServer({
      logDir: join(resultsDir, 'account-recovery'),
      env: {
        SPRING_MAIL_HOST: '127.0.0.1',
        SPRING_MAIL_PORT: String(smtp.port),
      },
    });
    const call = apiClient(server.baseUrl);
    await call('POST', '/api/v1/auth/register', {
      organizationName: owner.organization,
      name: owner.name,
      email: owner.email,
      password: owner.password,
    });
    browser = await launchBrowser();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 860 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    shot = screenshotter(page, join(resultsDir, 'screenshots', 'account-recovery'));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  step('"Forgot password?" mails a one-time link that sets a new password', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expectVisible(heading('Forgot your password?'));
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expectVisible(page.getByText(/If an account with this address exists/));
    await shot('reset-requested');

    const mail = await smtp.waitForMail(owner.email);
    const link = mail.data.match(/https?:\/\/\S+\/reset-password\?token=[\w-]+/)?.[0];
    assert.ok(link, `the mail carries a reset link:\n${mail.data}`);
    assert.ok(link.startsWith(server.baseUrl), `the link starts with the public URL: ${link}`);

    await page.goto(link);
    await expectVisible(heading('Choose a new password'));
    await page.getByLabel('New password').fill(owner.newPassword);
    await page.getByLabel('Repeat the password').fill(owner.newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await expectVisible(page.getByText('Your password is changed. Sign in with the new one.'));
    await shot('password-reset');

    // the link works once
    await page.goto(link);
    await page.getByLabel('New password').fill(`again-${owner.newPassword}`);
    await page.getByLabel('Repeat the password').fill(`again-${owner.newPassword}`);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expectVisible(
      page.getByText(/This reset link is invalid, has expired or has already been used/),
    );

    await signIn(page, { email: owner.email, password: owner.newPassword });
  });

  step('an admin invites someone, resends the invitation and the old link is dead', async () => {
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Email').fill(invitee.email);
    await dialog.getByLabel('Name').fill(invitee.name);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const ready = page.getByRole('dialog', { name: 'Invitation ready' });
    firstInvitationLink = await ready.getByLabel('Invitation link').inputValue();
    await expectVisible(ready.getByText(`Links use ${server.baseUrl}`));
    await ready.getByRole('button', { name: 'Done' }).click();
    await expectHidden(ready);

    await row(invitee.email)
      .getByRole('button', { name: `Resend invitation to ${invitee.name}` })
      .click();
    const resend = page.getByRole('dialog', { name: 'New invitation link' });
    await expectVisible(resend.getByText(/The link they have now stops working/));
    await resend.getByRole('button', { name: 'Create new link' }).click();
    const newLink = await resend.getByLabel('Invitation link').inputValue();
    assert.notEqual(newLink, firstInvitationLink);
    assert.ok(newLink.startsWith(`${server.baseUrl}/accept-invite?token=`), newLink);
    await expectVisible(resend.getByText(`Links use ${server.baseUrl}`));
    await expectVisible(resend.getByText('AIGENTFORCE_PUBLIC_URL'));
    await shot('invitation-resent');
    await resend.getByRole('button', { name: 'Done' }).click();

    otherContext = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 860 },
    });
    other = await otherContext.newPage();
    other.setDefaultTimeout(15_000);
    await other.goto(firstInvitationLink);
    await expectVisible(
      other.getByText(/This invitation link is invalid, has expired or has already been used/),
    );
    await expectVisible(other.getByText(/they can from the Users page/));
    await shot('old-invitation-dead', { on: other });
    await other.goto(newLink);
    await expectVisible(heading(`Join ${owner.organization}`, other));
  });

  step('the person sees their signed-in devices and signs another one out', async () => {
    // the owner signs in in the second browser too
    await signIn(other, { email: owner.email, password: owner.newPassword });
    await page.goto('/profile');
    const devices = page.getByRole('table', { name: 'Signed-in devices' });
    await expectVisible(devices);
    await expectVisible(devices.getByText('This device'));
    const signOutButtons = devices.getByRole('button', { name: /^Sign out/ });
    await expectVisible(signOutButtons.first());
    assert.equal(await signOutButtons.count(), 1, 'one other device is listed');
    await expectVisible(devices.getByText(/Chrom(e|ium) on Linux/).first());
    await shot('signed-in-devices');
    await signOutButtons.first().click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'is signed out' }));
    await expectHidden(signOutButtons.first());

    // the other browser loses its session at its next call
    await other.goto('/profile');
    await other.waitForURL((url) => url.pathname === '/login');
    await shot('other-device-signed-out', { on: other });
  });
});
