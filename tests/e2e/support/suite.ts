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

export { clipboardText, extensionErrors, settle, waitForGrid } from './page-ready';
