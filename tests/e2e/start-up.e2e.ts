/**
 * The loader's first task, in Chromium with the built extension: it marks `kamerlens:start` and
 * leaves the extension API alone (context.ts, index.ts). What the page can see of that: the
 * announcement to older copies of the script (a CustomEvent on the document, named as WXT names
 * it) comes after the mark. With WXT's own context it came before, from the context's
 * constructor, in the same task as the first use of the extension API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

const ANSWER_PAGE = 'ah-tk-20212022-3019.html';

describe('start-up, chromium', () => {
  let server: FixtureServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium({ port: server.port });
    const { context } = browser;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const announcement = `${new URL(worker.url()).host}:kamerlens:wxt:content-script-started`;
    // In the page's own world, before any script: what was marked when the announcement came.
    await context.addInitScript(`
      document.addEventListener(${JSON.stringify(announcement)}, (event) => {
        window.__heard = (window.__heard || []).concat({
          markedBefore: performance.getEntriesByName('kamerlens:start').length > 0,
          script: event.detail && event.detail.contentScriptName,
        });
      });
    `);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('announces itself to older copies after its start mark, once, and still links the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.siteUrl(ANSWER_PAGE), { waitUntil: 'load' });
    await page.waitForFunction(
      () => performance.getEntriesByName('kamerlens:annotate:end').length > 0,
      null,
      { timeout: 15_000 },
    );
    const heard = await page.evaluate(() => (window as unknown as { __heard?: unknown }).__heard);
    expect(heard).toEqual([{ markedBefore: true, script: 'kamerlens' }]);
    expect(await page.locator('a[data-kamerlens="ref"]').count()).toBeGreaterThan(20);
    await page.close();
  });
});
