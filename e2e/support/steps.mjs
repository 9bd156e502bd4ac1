import { test } from 'node:test';

/**
 * The steps of one scenario run in order, as `node:test` tests: once a step fails, the later ones are skipped
 * (they would only fail for the same reason) and the failing step leaves a screenshot. `screenshot(name)` is
 * called only on failure, so it may refer to a page the suite's `before` hook creates.
 */
export function scenarioSteps(screenshot) {
  let failed = false;
  return function step(name, body) {
    test(name, async (t) => {
      if (failed) {
        t.skip('an earlier step failed');
        return;
      }
      try {
        await body();
      } catch (error) {
        failed = true;
        await screenshot(`FAILED-${name.replace(/\W+/g, '-')}`).catch(() => undefined);
        throw error;
      }
    });
  };
}

/**
 * Signs `who` (anything with `email` and `password`) in through the sign-in form. Opens /login unless the page shows it
 * already (after registration, sign-out or an accepted invitation), submits, and waits for the app to land on `landing`;
 * `landing: null` stays on the form's answer instead (a refusal, the two-factor step).
 */
export async function signIn(page, who, { landing = '/' } = {}) {
  if (new URL(page.url()).pathname !== '/login') await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (landing !== null) await page.waitForURL((url) => url.pathname === landing);
}
