import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium (never a downloaded one). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** Waits until the locator is visible (the suite's only kind of "expect"). */
export async function expectVisible(locator, timeout = DEFAULT_TIMEOUT_MS) {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Waits until nothing matches the locator any more. */
export async function expectHidden(locator, timeout = DEFAULT_TIMEOUT_MS) {
  await locator.first().waitFor({ state: 'hidden', timeout });
}

/**
 * Numbered full-page screenshots, one per step, for people to look at. Each test file gets its
 * own folder, emptied first so that no picture from an earlier run is mistaken for this one's.
 */
export function screenshotter(page, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return async (name, { fullPage = true, on = page } = {}) => {
    count += 1;
    const file = join(dir, `${String(count).padStart(2, '0')}-${name}.png`);
    await on.screenshot({ path: file, fullPage });
    return file;
  };
}

/**
 * The usual start of a scenario: Debian's chromium, one desktop-sized page on the server with the
 * suite's default timeout, and a screenshotter writing into `screenshotsDir`.
 */
export async function openDesktopPage(baseUrl, screenshotsDir) {
  const browser = await launchBrowser();
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  return { browser, page, shot: screenshotter(page, screenshotsDir) };
}
