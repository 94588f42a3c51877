import type { TestPage } from './browsers';

/** Wait for the side-by-side grid on an answer page. */
export const waitForGrid = (page: TestPage, timeoutMs = 15_000) =>
  page.waitFor(
    () => document.querySelector('[data-kamerlens="grid"]'),
    null,
    'the side-by-side grid ([data-kamerlens="grid"])',
    timeoutMs,
  );

/**
 * Give the content script time to finish on a page where nothing visible is expected: until its
 * `kamerlens:annotate:end` mark, or at most `ms`. Never fails; the assertions that follow do.
 */
export async function settle(page: TestPage, ms = 2500): Promise<void> {
  await page
    .waitFor(
      () => performance.getEntriesByName('kamerlens:annotate:end').length > 0,
      null,
      'annotate end mark',
      ms,
    )
    .catch(() => undefined);
}

/**
 * Errors that are ours: anything not attributed to the page's own scripts. A fixture copied from
 * the site may carry inline handlers whose library is absent (stb-2014-296's `enablePopup`).
 */
export const extensionErrors = (errors: string[]) =>
  errors.filter(
    (e) => /-extension:\/\//.test(e) || !/\bhttps?:\/\/zoek\.officielebekendmakingen\.nl\//.test(e),
  );

/**
 * The text/plain on the system clipboard, read back in the page once `accept` takes it. The pages
 * are https, so the extension copies with the Clipboard API (no `copy` event reaches the page); the
 * test browsers may read the clipboard (Chromium: permission granted at launch; Firefox: the
 * testing pref in launchFirefox). Fails after `timeoutMs`, saying `what` and what it last read.
 */
export async function clipboardText(
  page: TestPage,
  accept: (plain: string) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const plain = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''), null);
    if (plain && accept(plain)) return plain;
    if (Date.now() > until)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; the clipboard holds ${JSON.stringify(plain.slice(0, 80))}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}
