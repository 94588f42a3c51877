/**
 * Opening the extension's own pages (popup.html, options.html) in Firefox from a test.
 *
 * Firefox refuses a test's direct navigation to `moz-extension://…` pages, but the extension itself
 * may open them. So a test installs a COPY of the built extension with one extra, test-only
 * background script: when a tab loads the trigger address `OPENER_PATH` on the site (the fixture
 * server answers it with a 404, which is fine), that script opens the named extension page in a new
 * tab, with `?tab=<id>` of the (newest) tab showing the `for` URL when one is given, and closes the
 * trigger tab. The product files are copied unchanged; only the manifest's background script list
 * grows.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_DIST, requireBuild } from './build-output';
import { SITE_HOST } from './fixture-server';

/** The site path whose load makes the test script open an extension page. */
export const OPENER_PATH = '/__kamerlens-test/open';
const SCRIPT_NAME = 'kamerlens-test-opener.js';

/**
 * Plain JavaScript run as a second MV2 background script, with Firefox's own `browser` global.
 * The host permission for the site lets it read the URLs of the site's tabs (no `tabs` permission).
 */
const OPENER_SCRIPT = `'use strict';
// Test-only: added to a copy of the build by tests/e2e/support/firefox-page-opener.ts.
const handled = new Set();
browser.tabs.onUpdated.addListener(async (triggerId, change, tab) => {
  if (change.status !== 'complete' || !tab.url || handled.has(triggerId)) return;
  let url;
  try {
    url = new URL(tab.url);
  } catch {
    return;
  }
  if (url.host !== ${JSON.stringify(SITE_HOST)} || url.pathname !== ${JSON.stringify(OPENER_PATH)}) return;
  handled.add(triggerId);
  const page = url.searchParams.get('page') || 'popup.html';
  const target = url.searchParams.get('for');
  let query = '';
  if (target) {
    // The newest tab showing it (ids grow), when a test has the same page open more than once.
    const tabs = (await browser.tabs.query({})).filter((t) => t.url === target);
    const found = tabs.sort((a, b) => b.id - a.id)[0];
    // An id no tab has when the target is missing, so the page under test says so visibly.
    query = '?tab=' + (found ? found.id : 'missing');
  }
  await browser.tabs.create({ url: browser.runtime.getURL(page + query) });
  await browser.tabs.remove(triggerId);
});
`;

/**
 * Copies the Firefox build (`from`, by default `.output/firefox-mv2` or KAMERLENS_FIREFOX_DIST) to
 * `<dir>/firefox-mv2-opener` with the test-only opener script added; returns that directory, to pass
 * to `launchFirefox({ dist })`.
 */
export function withPageOpener(dir: string, from: string = FIREFOX_DIST): string {
  requireBuild(from);
  const dist = join(dir, 'firefox-mv2-opener');
  cpSync(from, dist, { recursive: true });
  writeFileSync(join(dist, SCRIPT_NAME), OPENER_SCRIPT);
  const path = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    background?: { scripts?: string[] };
  };
  const scripts = manifest.background?.scripts ?? [];
  manifest.background = { ...manifest.background, scripts: [...scripts, SCRIPT_NAME] };
  writeFileSync(path, JSON.stringify(manifest));
  return dist;
}

/** The trigger address: opens `page` of the extension, for the tab showing `forUrl` if given. */
export function openerUrl(page: string, forUrl?: string): string {
  const params = new URLSearchParams({ page });
  if (forUrl !== undefined) params.set('for', forUrl);
  return `https://${SITE_HOST}${OPENER_PATH}?${params.toString()}`;
}

/** `location.href` as the page itself sees it; null while it cannot be asked (closing, navigating). */
async function hrefOf(page: Page): Promise<string | null> {
  const href: unknown = await page.evaluate('location.href').catch(() => null);
  return typeof href === 'string' ? href : null;
}

/**
 * Waits for a tab not in `known` that shows the extension page `page` (e.g. one the extension opened
 * itself, such as options.html after `runtime.openOptionsPage()`), and returns it once loaded.
 *
 * Found by asking each new tab for its own `location.href`: verified with Firefox 153 ESR, puppeteer's
 * `page.url()` stays `about:blank` for a tab an extension navigates to a `moz-extension:` page
 * (WebDriver BiDi reports no navigation for it), while scripts run in it normally. Its console and
 * page errors do not reach puppeteer either.
 */
export async function waitForExtensionPage(
  browser: Browser,
  page: string,
  known: ReadonlySet<Page>,
  timeoutMs = 15_000,
): Promise<Page> {
  const wanted = (href: string | null) =>
    href !== null && href.startsWith('moz-extension://') && new URL(href).pathname === `/${page}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (const candidate of await browser.pages()) {
      if (known.has(candidate)) continue;
      if (!wanted(await hrefOf(candidate))) continue;
      // A string, not a function: see pageExpression in ./browsers for why compiled ones may fail.
      await candidate.waitForFunction(`document.readyState === 'complete'`, {
        polling: 100,
        timeout: Math.max(until - Date.now(), 1000),
      });
      return candidate;
    }
    if (Date.now() > until) {
      throw new Error(`No new tab with the extension's ${page} appeared within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens the extension page `page` (e.g. `popup.html`) in a new tab through the opener script of a
 * `withPageOpener` copy, for the tab showing `forUrl` if given, and returns that tab once loaded.
 */
export async function openExtensionPage(
  browser: Browser,
  page: string,
  forUrl?: string,
  timeoutMs = 15_000,
): Promise<Page> {
  const known = new Set(await browser.pages());
  const trigger = await browser.newPage();
  known.add(trigger);
  // The opener closes the trigger tab as soon as it has loaded, so its navigation may end abruptly.
  await trigger.goto(openerUrl(page, forUrl)).catch(() => undefined);
  return waitForExtensionPage(browser, page, known, timeoutMs).catch((e: unknown) => {
    throw new Error(
      `${e instanceof Error ? e.message : String(e)}: is the opener script in the manifest of the installed copy (withPageOpener)?`,
    );
  });
}
