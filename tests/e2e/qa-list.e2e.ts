import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from './support/browsers';
import { useBrowser, waitForGrid } from './support/suite';

/**
 * A Kamerstuk that is a list of questions and answers gets the answer page's view: side by side,
 * copy and keys. kst-31444-XVI-6 is the hardest shape: plain paragraphs, no numbers at all.
 */
const LIST_PAGE = 'kst-31444-XVI-6.html';
const TOOLBAR = '[data-kamerlens="toolbar"]';

const QUESTION_2 =
  'Hoe staat het met het terugbetalen van de teveelbetaalde inkomensafhankelijke zorgpremie over 2006?';

/** Each question's box and its answer's box, by number. */
const boxes = (numbers: string[]) =>
  numbers.map((n) => {
    const q = document.querySelector(`[data-kamerlens="question"][data-kl-number="${n}"]`);
    const a = document.querySelector(`[data-kamerlens="answer"][data-kl-numbers~="${n}"]`);
    const qBox = q?.getBoundingClientRect();
    const aBox = a?.getBoundingClientRect();
    return {
      n,
      qRight: qBox?.right,
      qTop: qBox?.top,
      aLeft: aBox?.left,
      aTop: aBox?.top,
      question: q?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      answer: a?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  });

/** Records the text/plain of every copy event (the page's own listener runs after ours). */
const recordCopies = () => {
  const w = window as unknown as { copied: string[] };
  w.copied = [];
  document.addEventListener('copy', (e) => {
    w.copied.push((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
  });
};
// Sent to the page as source: each function stands alone.
const copies = () => (window as unknown as { copied?: string[] }).copied ?? [];
const copied = () => ((window as unknown as { copied?: string[] }).copied ?? []).length > 0;

async function openList(env: ReturnType<typeof useBrowser>, path = LIST_PAGE): Promise<TestPage> {
  const page = await env.open(path, 1280, 900);
  await waitForGrid(page);
  return page;
}

/** The list page once the copy buttons (the features after the grid) are in place. */
async function openWithCopy(env: ReturnType<typeof useBrowser>): Promise<TestPage> {
  const page = await openList(env);
  await page.waitFor(
    () => document.querySelector('[data-kl-copy~="2"]')?.shadowRoot?.querySelector('button'),
    null,
    'the copy buttons of pair 2',
  );
  await page.evaluate(recordCopies, null);
  return page;
}

describe.each(BROWSERS)('Kamerstuk list of questions and answers, %s', (name) => {
  const env = useBrowser(name);

  it('puts each question of the list beside its answer, on its row', async () => {
    const page = await openList(env);
    const rows = await page.evaluate(boxes, ['1', '2']);
    for (const row of rows) {
      expect(row.aLeft!, `answer ${row.n} right of its question`).toBeGreaterThanOrEqual(
        row.qRight! - 1,
      );
      expect(Math.abs(row.aTop! - row.qTop!), `answer ${row.n} on its row`).toBeLessThanOrEqual(4);
    }
    expect(rows[0]!.question).toMatch(/^Welke maatregelen gaat u/);
    expect(rows[0]!.answer).toMatch(/^De Belastingdienst is momenteel hard bezig/);
    expect(rows[1]!.question).toContain(QUESTION_2);
    expect(rows[1]!.answer).toMatch(/^U bent recent geïnformeerd/);
    // The intro and the committee's sentence stay above the grid, outside it.
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector('[data-kamerlens="grid"]')
            ?.textContent?.includes('hieronder afgedrukt') ?? true,
        null,
      ),
    ).toBe(false);
  });

  it('j and k move over the pairs; c copies the focused pair with its citation', async () => {
    const page = await openWithCopy(env);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-kl-numbers') ?? null, null);
    await page.press('j');
    expect(await focused()).toBe('1');
    await page.press('j');
    expect(await focused()).toBe('2');
    await page.press('k');
    await page.press('j');
    expect(await focused()).toBe('2');
    await page.press('c');
    await page.waitFor(copied, null, 'a copy event from the c key');
    // Firefox does not let the page read what the extension put in the event; Chromium does.
    if (name === 'chromium') {
      const [plain] = await page.evaluate(copies, null);
      expect(plain).toContain(`Vraag 2\n\n${QUESTION_2}`);
      expect(plain).toContain('Antwoord 2\n\nU bent recent geïnformeerd');
      expect(plain).toMatch(/Bron: Kamerstukken II 2007\/08, .*nr\. 6, antwoord op vraag 2/);
    }
  });

  it('the copy button of a pair copies that pair', async () => {
    const page = await openWithCopy(env);
    await page.clickInShadow('[data-kl-copy~="1"]', 'button[data-copy="pair-1"]');
    await page.waitFor(copied, null, 'a copy event from the copy button');
    // The button says it worked: the copy event carried our data.
    await page.waitFor(
      () =>
        document
          .querySelector('[data-kl-copy~="1"]')
          ?.shadowRoot?.querySelector('button[data-copy="pair-1"]')
          ?.textContent?.trim() === 'Gekopieerd',
      null,
      'the copy button to say Gekopieerd',
    );
    if (name === 'chromium') {
      const [plain] = await page.evaluate(copies, null);
      expect(plain).toMatch(/^Vraag 1\n\nWelke maatregelen gaat u/);
      expect(plain).toContain('Antwoord 1\n\nDe Belastingdienst is momenteel hard bezig');
    }
  });

  it('master switch off gives #content back byte for byte', async () => {
    const page = await openList(env);
    await page.clickInShadow(TOOLBAR, '[data-action="off"]');
    await page.waitFor(
      () => !document.querySelector('#content [data-kamerlens]'),
      null,
      'our nodes to leave #content',
    );
    const live = await page.evaluate(() => document.querySelector('#content')!.innerHTML, null);
    const source = await page.evaluate(async () => {
      const html = await (await fetch(location.href, { cache: 'no-store' })).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('#content')!
        .innerHTML;
    }, null);
    expect(live).toBe(source);
  });

  it('a list whose answers follow after a paragraph break only (kst-36100-4) gets its grid too', async () => {
    const page = await openList(env, 'kst-36100-4.html');
    const [row] = await page.evaluate(boxes, ['1']);
    expect(row!.question).toContain('Waarom neemt de Algemene Rekenkamer niet het hele');
    expect(row!.answer).toMatch(/^In de artikelen 7\.12/);
    expect(row!.aLeft!).toBeGreaterThanOrEqual(row!.qRight! - 1);
  });
});
