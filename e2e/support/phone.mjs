import assert from 'node:assert/strict';

/** The phone every page must fit: an iPhone 12-14 sized viewport. */
export const PHONE = { width: 390, height: 844 };

// Server pages (the API reference, the API itself) and file downloads are not the app's.
const NOT_APP = /^\/(api|v3|swagger-ui|actuator|\.well-known)(\/|$)/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** `/knowledge/documents/0193…` and `/knowledge/documents/0194…` are the same page. */
export function routePattern(pathname) {
  return pathname.replace(UUID, ':id');
}

/** The app's own links on the page now: same origin, opened in place, not a download. */
async function appLinks(page) {
  const hrefs = await page.$$eval('a[href]', (anchors) =>
    anchors
      .filter((a) => !a.target && !a.hasAttribute('download'))
      .map((a) => new URL(a.getAttribute('href'), document.baseURI))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname + url.search),
  );
  return hrefs.filter((href) => !NOT_APP.test(href));
}

/**
 * Every page of the app reachable from `start` by its links, one per route pattern, breadth first. `reveal` lists
 * actions that open menus or drawers whose links are in the page only while open (run one after another on the start
 * page, each closed with Escape). A new page is covered as soon as anything links to it. `visit(path)` is called on
 * each page once it has rendered; returns the paths in the order visited.
 */
export async function crawlApp(page, { start, reveal = [], visit, limit = 60 }) {
  const queue = [start];
  const seen = new Set([routePattern(new URL(start, 'http://x').pathname)]);
  const visited = [];
  while (queue.length > 0) {
    const path = queue.shift();
    await page.goto(path);
    await settle(page);
    visited.push(path);
    await visit(path);
    const hrefs = await appLinks(page);
    if (visited.length === 1) {
      for (const open of reveal) {
        await open(page);
        hrefs.push(...(await appLinks(page)));
        await page.keyboard.press('Escape');
      }
    }
    for (const href of hrefs) {
      const pattern = routePattern(new URL(href, 'http://x').pathname);
      if (seen.has(pattern)) continue;
      seen.add(pattern);
      queue.push(href);
    }
    assert.ok(visited.length <= limit, `more than ${limit} pages: is a link generating new paths?`);
  }
  return visited;
}

/** Waits until the route has rendered its heading and no spinner is left. */
export async function settle(page) {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('[role="status"] svg.animate-spin').length === 0, null, {
    timeout: 15_000,
  });
}

/**
 * Asserts that nothing makes the page wider than the screen, and that every visible control (table-row actions
 * included) lies within it, so a person can reach it without scrolling sideways.
 */
export async function assertFitsScreen(page, label) {
  const layout = await page.evaluate(() => {
    const width = window.innerWidth;
    const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, [role="button"]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // visually hidden controls (a skip link until focused, the inputs of styled radios and file pickers) are
        // clipped to nothing and reached by keyboard or through their labels
        const clipped = style.clip !== 'auto' || style.clipPath !== 'none';
        return box.width > 1 && box.height > 1 && !clipped && style.visibility !== 'hidden' && style.opacity !== '0';
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          text: (el.innerText || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40),
          left: Math.round(box.left),
          right: Math.round(box.right),
        };
      });
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      outside: controls.filter((c) => c.left < 0 || c.right > width),
      rowActions: document.querySelectorAll('tbody tr button, tbody tr a[href]').length,
    };
  });
  assert.ok(
    layout.scrollWidth <= layout.width,
    `${label}: the page is ${layout.scrollWidth} px wide on a ${layout.width} px screen`,
  );
  assert.deepEqual(layout.outside, [], `${label}: controls beyond the ${layout.width} px screen`);
  return layout;
}
