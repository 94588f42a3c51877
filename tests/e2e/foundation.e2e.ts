import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS } from './support/browsers';
import { FIXTURES } from './support/fixture-server';
import { extensionErrors, settle, useBrowser, waitForGrid } from './support/suite';

const ANSWER_PAGE = 'ah-tk-20212022-3019.html';
const TOOLBAR = '[data-kamerlens="toolbar"]';

/** `#content` (or the body when a page has none) as the browser serializes it. */
const serializeContent = () => (document.querySelector('#content') ?? document.body).innerHTML;

/** The same part of the page's HTML source, fetched again and parsed without any extension. */
const serializeSource = async () => {
  const source = await (await fetch(location.href, { cache: 'no-store' })).text();
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  return (parsed.querySelector('#content') ?? parsed.body).innerHTML;
};

describe.each(BROWSERS)('foundation, %s', (name) => {
  const env = useBrowser(name);

  it('puts each of the 14 answered questions beside its answer, and marks Vraag 15 unanswered', async () => {
    const page = await env.open(ANSWER_PAGE, 1280, 900);
    await waitForGrid(page);
    const rows = await page.evaluate((count) => {
      const out = [];
      for (let n = 1; n <= count; n++) {
        const q = document.querySelector(`[data-kamerlens="question"][data-kl-number="${n}"]`);
        const a = document.querySelector(`[data-kamerlens="answer"][data-kl-numbers~="${n}"]`);
        const qBox = q?.getBoundingClientRect();
        const aBox = a?.getBoundingClientRect();
        out.push({ n, qRight: qBox?.right, qTop: qBox?.top, aLeft: aBox?.left, aTop: aBox?.top });
      }
      return out;
    }, 14);
    for (const row of rows) {
      expect(row.qRight, `question ${row.n} is in the grid`).toBeTypeOf('number');
      expect(row.aLeft, `answer ${row.n} is in the grid`).toBeTypeOf('number');
      expect(row.aLeft!, `answer ${row.n} is right of its question`).toBeGreaterThanOrEqual(
        row.qRight! - 1,
      );
      expect(
        Math.abs(row.aTop! - row.qTop!),
        `answer ${row.n} starts on its question's row`,
      ).toBeLessThanOrEqual(4);
    }
    const unanswered = await page.evaluate(() => {
      const el = document.querySelector(
        '[data-kamerlens="unanswered"][data-kl-number="15"]',
      ) as HTMLElement | null;
      if (!el) return null;
      const box = el.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        text: el.textContent?.trim() ?? '',
        hidden: getComputedStyle(el).visibility === 'hidden',
      };
    }, null);
    expect(unanswered, 'Vraag 15 has an unanswered marker').not.toBeNull();
    expect(unanswered!.width * unanswered!.height, 'the marker has a visible box').toBeGreaterThan(
      0,
    );
    expect(unanswered!.hidden).toBe(false);
    expect(unanswered!.text.length, 'the marker says something').toBeGreaterThan(0);
  });

  it('toggles side by side off and on again, and off gives the same DOM every time', async () => {
    const page = await env.open(ANSWER_PAGE);
    await waitForGrid(page);
    // The grid goes at once; the features after side by side (copy buttons, timeline) then run
    // again, and the toolbar's switch shows the new state once they all have.
    const settledAs = (pressed: boolean) =>
      page.waitFor(
        (want) =>
          !document.querySelector('[data-kamerlens="grid"]') === (want === 'false') &&
          document
            .querySelector('[data-kamerlens="toolbar"]')
            ?.shadowRoot?.querySelector('[data-action="side-by-side"]')
            ?.getAttribute('aria-pressed') === want,
        String(pressed),
        `side by side ${pressed ? 'on' : 'off'}, and the features after it run again`,
      );
    await settledAs(true);
    await page.clickInShadow(TOOLBAR, '[data-action="side-by-side"]');
    await settledAs(false);
    const firstOff = await page.evaluate(serializeContent, null);
    // What the features after side by side put back: the copy buttons and the answer timeline.
    expect(firstOff).toContain('data-kamerlens="actions"');
    expect(firstOff).toContain('data-kamerlens="timeline"');

    await page.clickInShadow(TOOLBAR, '[data-action="side-by-side"]');
    await settledAs(true);
    await page.clickInShadow(TOOLBAR, '[data-action="side-by-side"]');
    await settledAs(false);
    const secondOff = await page.evaluate(serializeContent, null);
    expect(secondOff).toBe(firstOff);
  });

  it('master switch off restores #content byte for byte as parsed from the source', async () => {
    const page = await env.open(ANSWER_PAGE);
    await waitForGrid(page);
    await page.clickInShadow(TOOLBAR, '[data-action="off"]');
    await page.waitFor(
      () => !document.querySelector('#content [data-kamerlens]'),
      null,
      'our nodes to leave #content',
    );
    const [live, source] = [
      await page.evaluate(serializeContent, null),
      await page.evaluate(serializeSource, null),
    ];
    expect(live.length).toBeGreaterThan(10_000);
    expect(live).toBe(source);
  });

  it('keeps footnote links working inside the grid', async () => {
    const page = await env.open(ANSWER_PAGE);
    await waitForGrid(page);
    expect(
      await page.evaluate(
        () => !!document.querySelector('[data-kamerlens="grid"] a.nootnum[href="#n2"]'),
        null,
      ),
    ).toBe(true);
    await page.click('a.nootnum[href="#n2"]');
    await page.waitFor(() => location.hash === '#n2', null, 'location.hash to become #n2');
    const box = await page.evaluate(() => {
      const r = document.querySelector('#supernote-note-n2')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    }, null);
    expect(box.bottom, 'note below the top edge').toBeGreaterThan(0);
    expect(box.top, 'note above the bottom edge').toBeLessThan(box.height);
  });

  it('stacks each answer below its question in a window narrower than 900 px', async () => {
    const page = await env.open(ANSWER_PAGE, 800, 900);
    await waitForGrid(page);
    const rows = await page.evaluate(() => {
      const out = [];
      for (let n = 1; n <= 14; n++) {
        const q = document
          .querySelector(`[data-kamerlens="question"][data-kl-number="${n}"]`)!
          .getBoundingClientRect();
        const a = document
          .querySelector(`[data-kamerlens="answer"][data-kl-numbers~="${n}"]`)!
          .getBoundingClientRect();
        out.push({ n, qBottom: q.bottom, aTop: a.top });
      }
      return out;
    }, null);
    for (const row of rows)
      expect(row.aTop, `answer ${row.n} below its question`).toBeGreaterThanOrEqual(
        row.qBottom - 1,
      );
  });

  it('builds no grid on a Kamerstuk that is not a list of questions (a letter)', async () => {
    const page = await env.open('kst-35165-9.html');
    await settle(page);
    expect(
      await page.evaluate(
        () => document.querySelectorAll('[data-kamerlens="grid"], [data-kamerlens="group"]').length,
        null,
      ),
    ).toBe(0);
  });

  it('leaves an unrelated page (a Staatsblad) exactly as it was', async () => {
    const page = await env.open('stb-2014-296.html');
    await settle(page);
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-kamerlens]').length, null),
    ).toBe(0);
    expect(await page.evaluate(serializeContent, null)).toBe(
      await page.evaluate(serializeSource, null),
    );
  });

  it('raises no errors from the extension on any fixture page', async () => {
    const paths = [
      ...readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html')),
      'stb-2014-296.html',
    ];
    const seen: Record<string, string[]> = {};
    for (const path of paths) {
      const page = await env.open(path);
      await settle(page, path.includes('large') ? 20_000 : 2500);
      const ours = extensionErrors(page.errors);
      if (ours.length) seen[path] = ours;
      await page.close();
    }
    expect(seen).toEqual({});
  }, 180_000);
});
