import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, {
  type Browser as PptrBrowser,
  type KeyInput,
  type Page as PptrPage,
} from 'puppeteer-core';
import { CHROME_DIST, FIREFOX_DIST, requireBuild } from './build-output';
import { SITE_HOST } from './fixture-server';
import { browserPath, resolveBrowser } from './browser-executable';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The calls the shared test bodies need, the same for both browsers. */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page's main world; `fn` must not close over Node values. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it is truthy; fails with `what` after `timeoutMs`. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, what: string, timeoutMs?: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** A real mouse click on the first match of `selector` in the page's light DOM. */
  click(selector: string): Promise<void>;
  /** A real mouse click on `inner` inside the open shadow root of `host`. */
  clickInShadow(host: string, inner: string): Promise<void>;
  /** A real key press ("j", "Escape") sent to whatever has the focus. */
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage: boolean): Promise<void>;
  /** Uncaught exceptions and console errors seen so far, from the page and its content scripts. */
  errors: string[];
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  newPage(width?: number, height?: number): Promise<TestPage>;
  close(): Promise<void>;
}

export const CHROMIUM_PATH = browserPath('chromium');
export const FIREFOX_PATH = browserPath('firefox');

/**
 * Functions compiled by tsx/esbuild may call a `__name` helper that does not exist in the page;
 * sending source text with a no-op stand-in keeps the same function working under every runner.
 */
export function pageExpression<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}

/** Only a boolean crosses back, so a predicate may return a DOM node. */
const truthy = <A>(fn: (arg: A) => unknown, arg: A) => `Boolean(${pageExpression(fn, arg)})`;

/** Resource 404s from the fixture pages' own (absent) scripts and styles are not our errors. */
const isNetworkNoise = (text: string) => /Failed to load resource|status of 404/i.test(text);

async function poll(check: () => Promise<unknown>, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ChromiumOptions {
  /** Port of the loopback fixture server the site host is mapped to. */
  port: number;
  headless?: boolean;
  /** Scripts run in every page before its own (e.g. a long-task observer). */
  initScripts?: string[];
  dist?: string;
}

export async function launchChromium(
  opts: ChromiumOptions,
): Promise<TestBrowser & { context: BrowserContext }> {
  const dist = opts.dist ?? CHROME_DIST;
  requireBuild(dist);
  resolveBrowser('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'kamerlens-chromium-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1:${opts.port}`,
    ],
  });
  for (const script of opts.initScripts ?? []) await context.addInitScript(script);

  // Verified: both events also report errors thrown or logged by content scripts.
  const wrap = (page: PwPage): TestPage => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack ?? e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !isNetworkNoise(m.text()))
        errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      evaluate: (fn, arg) => page.evaluate(pageExpression(fn, arg)) as never,
      waitFor: (fn, arg, what, timeoutMs = 15_000) =>
        poll(() => page.evaluate(truthy(fn, arg)), what, timeoutMs),
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      click: (selector) => page.click(selector),
      // Playwright's CSS engine pierces open shadow roots.
      clickInShadow: (host, inner) => page.click(`${host} ${inner}`),
      press: (key) => page.keyboard.press(key),
      screenshot: async (path, fullPage) => void (await page.screenshot({ path, fullPage })),
      errors,
      close: () => page.close(),
    };
  };

  return {
    name: 'chromium',
    context,
    newPage: async (width = 1280, height = 900) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      return wrap(page);
    },
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxOptions {
  port: number;
  dist?: string;
}

export async function launchFirefox(
  opts: FirefoxOptions,
): Promise<TestBrowser & { browser: PptrBrowser }> {
  const dist = opts.dist ?? FIREFOX_DIST;
  requireBuild(dist);
  resolveBrowser('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Firefox has no host-resolver flag: it reaches the fixture server as an HTTP proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
    },
  });
  await browser.installExtension(dist);

  const wrap = (page: PptrPage): TestPage => {
    const errors: string[] = [];
    page.on('pageerror', (e) =>
      errors.push(`pageerror: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
    );
    page.on('console', (m) => {
      if (m.type() === 'error' && !isNetworkNoise(m.text()))
        errors.push(`console: ${m.text()} (${m.location().url ?? ''})`);
    });
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      evaluate: (fn, arg) => page.evaluate(pageExpression(fn, arg)) as never,
      waitFor: (fn, arg, what, timeoutMs = 15_000) =>
        poll(() => page.evaluate(truthy(fn, arg)), what, timeoutMs),
      setViewport: (width, height) => page.setViewport({ width, height }),
      click: (selector) => page.click(selector),
      // Puppeteer's `>>>` combinator descends into open shadow roots.
      clickInShadow: (host, inner) => page.click(`${host} >>> ${inner}`),
      press: (key) => page.keyboard.press(key as KeyInput),
      screenshot: async (path, fullPage) =>
        void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
      errors,
      close: () => page.close(),
    };
  };

  return {
    name: 'firefox',
    browser,
    newPage: async (width = 1280, height = 900) => {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      return wrap(page);
    },
    close: () => browser.close().catch(() => undefined),
  };
}

export function launch(name: BrowserName, port: number): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium({ port }) : launchFirefox({ port });
}
