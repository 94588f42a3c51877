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
