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
