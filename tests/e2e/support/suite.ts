import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface E2eEnv {
  server: FixtureServer;
  browser: TestBrowser;
  /** A fresh tab at the given size, on `/<path>` of the site (served from the fixtures). */
  open(path: string, width?: number, height?: number): Promise<TestPage>;
}

/**
 * Registers beforeAll/afterAll that start a fixture server and one browser with the built
 * extension, and close both (and every tab opened through `open`) at the end.
 */
export function useBrowser(name: BrowserName): E2eEnv {
  const pages: TestPage[] = [];
  const env = {} as E2eEnv;
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.browser = await launch(name, env.server.port);
    env.open = async (path, width = 1280, height = 900) => {
      const page = await env.browser.newPage(width, height);
      pages.push(page);
      await page.goto(env.server.siteUrl(path));
      return page;
    };
  });
  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Wait for the side-by-side grid on an answer page. */
export const waitForGrid = (page: TestPage) =>
  page.waitFor(() => document.querySelector('[data-kamerlens="grid"]'), null, 'the side-by-side grid ([data-kamerlens="grid"])');

/**
 * Give the content script time to finish on a page where nothing visible is expected: until its
 * `kamerlens:annotate:end` mark, or at most `ms`. Never fails; the assertions that follow do.
 */
export async function settle(page: TestPage, ms = 2500): Promise<void> {
  await page
    .waitFor(() => performance.getEntriesByName('kamerlens:annotate:end').length > 0, null, 'annotate end mark', ms)
    .catch(() => undefined);
}
