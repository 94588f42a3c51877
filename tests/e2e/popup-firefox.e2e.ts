/**
 * The toolbar popup in Firefox (153 ESR, puppeteer-core over WebDriver BiDi), with the built extension.
 *
 * Firefox refuses a test's navigation to `moz-extension://…/popup.html`, so this file installs a copy
 * of the build with a test-only background script that opens `popup.html?tab=<id>` for a given site
 * tab (support/firefox-page-opener.ts). `?tab=` is the popup's own test entrance, the same one the
 * Chromium test uses (copy-popup-options.e2e.ts); what it shows comes from the content script of that
 * tab over `tabs.sendMessage`, as in a real popup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type TestPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import {
  openExtensionPage,
  waitForExtensionPage,
  withPageOpener,
} from './support/firefox-page-opener';
import { extensionErrors } from './support/page-ready';

const ANSWER_PAGE = 'ah-tk-20212022-3019.html';
/** A real page of the site that is not a parliamentary document (the content script does not run). */
const UNRELATED_PAGE = 'stb-2014-296.html';

/** Text of every match of `selector` in the popup, in document order. */
const texts = (popup: Page, selector: string) =>
  popup.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));

describe('popup, firefox', () => {
  let dir: string;
  let server: FixtureServer;
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  /** Tabs a test opened, closed after it even when it fails (a stale answer tab would mislead the next). */
  let opened: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kamerlens-popup-firefox-'));
    server = await startFixtureServer();
    firefox = await launchFirefox({ port: server.port, dist: withPageOpener(dir) });
  });
  afterEach(async () => {
    for (const tab of opened) await tab.close().catch(() => undefined);
    opened = [];
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The answer page once the content script has finished (its annotate end mark). */
  async function openAnswerPage(): Promise<TestPage> {
    const page = await firefox.newPage();
    opened.push(page);
    await page.goto(server.siteUrl(ANSWER_PAGE));
    await page.waitFor(
      () => performance.getEntriesByName('kamerlens:annotate:end').length > 0,
      null,
      'the content script to finish annotating (kamerlens:annotate:end)',
    );
    return page;
  }

  async function openPopupFor(path: string): Promise<Page> {
    const popup = await openExtensionPage(firefox.browser, 'popup.html', server.siteUrl(path));
    opened.push(popup);
    return popup;
  }

  it('renders the summary of the answer page: counts, timeline, references by kind, diagnostics', async () => {
    const page = await openAnswerPage();
    const popup = await openPopupFor(ANSWER_PAGE);
    expect(await popup.evaluate('location.search')).toMatch(/^\?tab=\d+$/);
    await popup.waitForSelector('[data-kl="counts"]', { timeout: 15_000 });

    expect(await texts(popup, 'header .kind')).toEqual(['Antwoord op Kamervragen']);
    expect(await texts(popup, 'header .id a')).toEqual(['ah-tk-20212022-3019']);
    expect(await texts(popup, '[data-kl="counts"]')).toEqual([
      '15 vragen, 14 beantwoord, 1 onbeantwoord',
    ]);
    expect(await texts(popup, '[data-kl="strategy"]')).toEqual([
      'Herkend via: de opmaak van de site',
    ]);
    expect(await texts(popup, '.diagnostics li')).toEqual(['Vraag 15 is niet beantwoord.']);
    expect(await texts(popup, '.timeline time')).toEqual(['10 maart 2022', '8 juni 2022']);

    // References grouped by kind: one group per kind, each counting exactly the page's links of it.
    const groups = await popup.$$eval('details[data-kind]', (els) =>
      els.map((el) => ({
        kind: el.getAttribute('data-kind') ?? '',
        count: Number(el.querySelector('summary .count')?.textContent),
      })),
    );
    const onPage = await page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const a of document.querySelectorAll('a[data-kamerlens="ref"][data-kl-kind]')) {
        const kind = a.getAttribute('data-kl-kind')!;
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
      return counts;
    }, null);
    expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
    expect(Object.fromEntries(groups.map((g) => [g.kind, g.count]))).toEqual(onPage);
    expect(groups.map((g) => g.kind)).toEqual(expect.arrayContaining(['motion', 'kamerstuk']));
    // The motions list leads (parliamentary papers first) and names the motion this answer cites.
    expect(groups[0]!.kind).toBe('motion');
    const motions = await texts(popup, 'details[data-kind="motion"] li button');
    expect(motions.some((text) => text.includes('Buitenweg en Verhoeven'))).toBe(true);

    expect(extensionErrors(page.errors)).toEqual([]);
  });

  it('a jump link focuses that reference in the page; the unanswered number focuses question 15', async () => {
    const page = await openAnswerPage();
    const popup = await openPopupFor(ANSWER_PAGE);
    await popup.waitForSelector('details[data-kind="motion"]', { timeout: 15_000 });

    await popup.click('details[data-kind="motion"] summary');
    const button = await popup.waitForSelector('details[data-kind="motion"] li button', {
      visible: true,
    });
    const label = await button!.evaluate((el) => el.textContent ?? '');
    await button!.click();
    // The page's focused element is a reference link with the text the popup listed.
    await page.waitFor(
      () => document.activeElement?.getAttribute('data-kamerlens') === 'ref',
      null,
      'a reference link to take the focus after the jump',
    );
    const focused = await page.evaluate(
      () => ({
        kind: document.activeElement?.getAttribute('data-kl-kind') ?? null,
        text: (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }),
      null,
    );
    expect(focused).toEqual({ kind: 'motion', text: label });

    // "Onbeantwoord: 15" is a jump link too; the pair cursor lands on question 15.
    await popup.click('button[aria-label="Ga naar Vraag 15 in de pagina"]');
    await page.waitFor(
      () => document.activeElement?.getAttribute('data-kl-numbers') === '15',
      null,
      'question 15 to take the focus after the jump',
    );
  });

  it('on a page of the site that is not ours, the popup explains and links to the site', async () => {
    const page = await firefox.newPage();
    opened.push(page);
    await page.goto(server.siteUrl(UNRELATED_PAGE));
    const popup = await openPopupFor(UNRELATED_PAGE);
    expect(await popup.evaluate('location.search')).toMatch(/^\?tab=\d+$/);
    await popup.waitForSelector('[data-kl="explain"]', { timeout: 15_000 });
    expect(await texts(popup, '[data-kl="explain"] p:first-child')).toEqual([
      'Deze pagina is geen Kamervraag, antwoord, Kamerstuk of Handeling op zoek.officielebekendmakingen.nl. Kamerlens werkt alleen op die site.',
    ]);
    expect(
      await popup.$eval('[data-kl="explain"] a', (a) => [a.getAttribute('href'), a.textContent]),
    ).toEqual(['https://zoek.officielebekendmakingen.nl/', 'Naar zoek.officielebekendmakingen.nl']);
    // Nothing of ours was added to that page.
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-kamerlens]').length, null),
    ).toBe(0);
  });

  it('its Instellingen button opens the options; side by side off there applies to the page, and back on live', async () => {
    const popup = await openPopupFor(UNRELATED_PAGE);
    await popup.waitForSelector('[data-kl="explain"]', { timeout: 15_000 });
    const known = new Set(await firefox.browser.pages());
    await popup.click('footer button');
    const options = await waitForExtensionPage(firefox.browser, 'options.html', known);
    opened.push(options);
    await options.waitForSelector('#sideBySide', { timeout: 15_000 });
    expect(await options.$eval('#sideBySide', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await options.click('label[for="sideBySide"]');
    await options.waitForFunction(
      `document.querySelector('.status')?.textContent === 'Opgeslagen'`,
      {
        polling: 100,
        timeout: 15_000,
      },
    );

    // A page opened now reads the stored setting: no grid; the copy buttons head the question blocks.
    const page = await openAnswerPage();
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-kamerlens="grid"]').length, null),
    ).toBe(0);
    // The copy buttons come after annotation, once the features before them have run.
    await page.waitFor(
      () =>
        document.querySelector('.vraag')?.firstElementChild?.getAttribute('data-kl-copy') === '1',
      null,
      'the copy buttons of question 1 at the head of its block',
    );
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-kamerlens="grid"]').length, null),
    ).toBe(0);

    // Switching it back on reaches the open page without a reload (and leaves the profile as found).
    await options.click('label[for="sideBySide"]');
    await page.waitFor(
      () => document.querySelectorAll('[data-kamerlens="group"]').length === 15,
      null,
      'the 15 side-by-side groups after side by side is switched back on',
    );
  });
});
