import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browsers';
import { FIXTURES, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ROOT } from './support/build-output';
import { EXPECTED_HTML_3, EXPECTED_MARKDOWN_3, EXPECTED_PLAIN_3 } from '../unit/copy/pair-3';

const ANSWER_PAGE = 'ah-tk-20212022-3019.html';

/** Copy, keys, popup and options in Chromium with the built extension (Playwright's own page API for keys). */
describe('copy, keyboard, popup and options, chromium', () => {
  let server: FixtureServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let extensionId = '';

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium({ port: server.port });
    context = browser.context;
    // Reading the clipboard back needs the read permission; granted context-wide.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The answer page with the copy buttons in place, and an empty clipboard. */
  async function openAnswerPage(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(server.siteUrl(ANSWER_PAGE), { waitUntil: 'load' });
    await page.waitForSelector('[data-kl-copy~="3"]', { state: 'attached', timeout: 15_000 });
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    return page;
  }

  /** The popup, opened for the answer page's tab (as the toolbar button does), its summary shown. */
  async function popupForAnswerPage(): Promise<Page> {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 760 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = (await popup.evaluate(async (url) => {
      const tabs = await (
        globalThis as unknown as { chrome: typeof import('webextension-polyfill') }
      ).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id;
    }, server.siteUrl(ANSWER_PAGE))) as number;
    expect(tabId).toBeTypeOf('number');
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-kl="counts"]', { timeout: 15_000 });
    return popup;
  }

  /**
   * What the copy put on the system clipboard, read back through the Clipboard API (the page is
   * https, so the extension writes with it; the flavours read back are byte for byte what it wrote).
   */
  async function clipboardAfterCopy(page: Page): Promise<{ plain: string; html: string }> {
    // Polled from here: waitForFunction takes the promise of an async predicate as truthy at once.
    const until = Date.now() + 15_000;
    for (;;) {
      const got = await page.evaluate(async () => {
        const items = await navigator.clipboard.read().catch(() => [] as ClipboardItem[]);
        for (const item of items) {
          if (!item.types.includes('text/plain')) continue;
          const plain = await (await item.getType('text/plain')).text();
          if (!plain) continue;
          const html = item.types.includes('text/html')
            ? await (await item.getType('text/html')).text()
            : '';
          return { plain, html };
        }
        return null;
      });
      if (got) return got;
      if (Date.now() > until) throw new Error('Nothing was copied to the clipboard within 15 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('clicking copy on pair 3 puts the expected text/plain and text/html on the clipboard', async () => {
    const page = await openAnswerPage();
    await page.click('[data-kl-copy~="3"] button[data-copy="pair-3"]');
    const copied = await clipboardAfterCopy(page);
    expect(copied.plain).toBe(EXPECTED_PLAIN_3);
    expect(copied.html).toBe(EXPECTED_HTML_3);
    // The button says it worked, for sighted and screen-reader users alike.
    const label = await page
      .locator('[data-kl-copy~="3"] button[data-copy="pair-3"]')
      .textContent();
    expect(label).toBe('Gekopieerd');
    await page.close();
  });

  it('j and k move the focus over the pairs; c copies the focused pair; ? shows the keys', async () => {
    const page = await openAnswerPage();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('data-kl-numbers') ?? el?.querySelector('h2')?.textContent ?? null;
      });
    await page.keyboard.press('j');
    expect(await focused()).toBe('1');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focused()).toBe('3');
    await page.keyboard.press('k');
    expect(await focused()).toBe('2');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    const { plain } = await clipboardAfterCopy(page);
    expect(plain).toBe(EXPECTED_PLAIN_3);
    // Typing in the site's search field is left alone.
    await page.focus('#zoekterm');
    await page.keyboard.type('jk');
    expect(await page.inputValue('#zoekterm')).toBe('jk');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await page.waitForSelector('[data-kl-ui="key-help"]', { state: 'attached' });
    const help = await page
      .locator('[data-kl-ui="key-help"] [role="dialog"]')
      .getAttribute('aria-label');
    expect(help).toBe('Sneltoetsen');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-kl-ui="key-help"]').count()).toBe(0);
    // s switches side by side off and on again (the same switch as the toolbar's).
    await page.keyboard.press('s');
    await page.waitForSelector('[data-kamerlens="grid"]', { state: 'detached' });
    // The features after side by side run again, the keys last: a key pressed before they are
    // back is not heard. Wait until '?' answers again (the help opens), then close it.
    await expect
      .poll(
        async () => {
          await page.keyboard.press('?');
          return page.locator('[data-kl-ui="key-help"]').count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await page.waitForSelector('[data-kamerlens="grid"]', { state: 'attached' });
    await page.close();
  });

  it('the popup renders the summary of the answer page', async () => {
    const page = await openAnswerPage();
    const popup = await popupForAnswerPage();
    expect(await popup.locator('header .kind').textContent()).toBe('Antwoord op Kamervragen');
    expect(await popup.locator('header .id a').textContent()).toBe('ah-tk-20212022-3019');
    expect(await popup.locator('[data-kl="counts"]').textContent()).toBe(
      '15 vragen, 14 beantwoord, 1 onbeantwoord',
    );
    expect(await popup.locator('[data-kl="strategy"]').textContent()).toBe(
      'Herkend via: de opmaak van de site',
    );
    expect(await popup.locator('.diagnostics li').allTextContents()).toEqual([
      'Vraag 15 is niet beantwoord.',
    ]);
    expect(await popup.locator('.timeline time').allTextContents()).toEqual([
      '10 maart 2022',
      '8 juni 2022',
    ]);
    // The page's references by kind, as analyze finds them: 2 motions, 1 Kamerstuk, 9
    // cross-references, 10 dates (the <time> inside a date link is not counted again).
    const kinds = await popup
      .locator('details[data-kind]')
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-kind'), el.querySelector('.count')?.textContent]),
      );
    expect(Object.fromEntries(kinds)).toEqual({
      motion: '2',
      kamerstuk: '1',
      crossref: '9',
      date: '10',
    });
    // Jump link: the popup asks the page to focus the first reference of the first kind.
    await popup.locator('details[data-kind]').first().locator('summary').click();
    await popup.screenshot({ path: resolve(ROOT, 'docs/popup.png'), fullPage: true });
    await popup.locator('details[data-kind] li button').first().click();
    // Polling by interval: animation frames do not run in the page's (background) tab.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-kamerlens') === 'ref',
      null,
      { polling: 100 },
    );
    await popup.close();
    await page.close();
  });

  it('with the master switch off the popup still gets the summary, without references', async () => {
    const page = await openAnswerPage();
    // The toolbar's switch (Playwright's CSS engine pierces the open shadow root).
    await page.click('[data-kamerlens="toolbar"] button[data-action="off"]');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-kamerlens]:not([data-kamerlens="toolbar"])').length === 0,
      null,
      { polling: 100 },
    );
    const popup = await popupForAnswerPage();
    expect(await popup.locator('[data-kl="counts"]').textContent()).toBe(
      '15 vragen, 14 beantwoord, 1 onbeantwoord',
    );
    // The links were taken back with everything else, so there are none to list.
    expect(await popup.locator('details[data-kind]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('without its date meta tags, the summary has the dates the intro states', async () => {
    // The loader identifies the page from its meta tags only; the main module adds the dates the
    // intro states ("(ingezonden 10 maart 2022)", "(ontvangen 8 juni 2022)").
    const source = readFileSync(join(FIXTURES, 'pages', ANSWER_PAGE), 'utf8');
    const withoutDates = source.replace(/<meta name="OVERHEIDop\.datum\w+"[^>]*>\n/g, '');
    expect(withoutDates).not.toContain('OVERHEIDop.datum');
    server.override(`/${ANSWER_PAGE}`, { body: withoutDates });
    try {
      const page = await openAnswerPage();
      const popup = await popupForAnswerPage();
      expect(await popup.locator('.timeline time').allTextContents()).toEqual([
        '10 maart 2022',
        '8 juni 2022',
      ]);
      await popup.close();
      await page.close();
    } finally {
      server.clearOverrides();
    }
  });

  it('on a page that is not ours the popup explains and links to the site', async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForSelector('[data-kl="explain"]');
    expect(await popup.locator('[data-kl="explain"] a').getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/',
    );
    await popup.close();
  });

  it('a changed option persists and changes the page: side by side off, no grid on load', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('#sideBySide');
    expect(await options.isChecked('#sideBySide')).toBe(true);
    await options.click('label[for="sideBySide"]');
    await options.waitForSelector('.status:has-text("Opgeslagen")');
    await options.reload();
    await options.waitForSelector('#sideBySide');
    expect(await options.isChecked('#sideBySide')).toBe(false);

    const page = await openAnswerPage();
    expect(await page.locator('[data-kamerlens="grid"]').count()).toBe(0);
    // The copy buttons now sit at the top of the question blocks instead of in the grid.
    expect(
      await page
        .locator('.vraag')
        .first()
        .evaluate((el) => el.firstElementChild?.getAttribute('data-kl-copy')),
    ).toBe('1');

    // Copy format Markdown: text/plain carries Markdown, text/html stays HTML.
    await options.click('label[for="copyFormat-markdown"]');
    await options.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#copyFormat-markdown')?.checked,
    );
    const md = await openAnswerPage();
    await md.click('[data-kl-copy~="3"] button[data-copy="pair-3"]');
    const mdCopied = await clipboardAfterCopy(md);
    expect(mdCopied.plain).toBe(EXPECTED_MARKDOWN_3);
    expect(mdCopied.html).toBe(EXPECTED_HTML_3);
    await md.close();

    // Language: English UI everywhere, whatever the browser's language.
    await options.selectOption('#uiLanguage', 'en');
    await options.waitForSelector('h1:has-text("settings")');
    const english = await openAnswerPage();
    expect(
      await english.locator('[data-kl-copy~="3"] button[data-copy="pair-3"]').textContent(),
    ).toBe('Copy');
    await english.close();

    // Live: a page that is already open follows a changed option, without a reload.
    expect(await page.locator('[data-kamerlens="grid"]').count()).toBe(0);
    await options.click('label[for="sideBySide"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-kamerlens="group"]').length === 15,
      null,
      { polling: 100, timeout: 15_000 },
    );
    await page.close();
    await options.close();
  });
});
