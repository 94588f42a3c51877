import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from './support/browsers';
import { useBrowser, waitForGrid } from './support/suite';

const ANSWER_PAGE = 'ah-tk-20212022-3019.html';

/**
 * Waits for one of our reference links whose text (whitespace and no-break spaces collapsed)
 * contains `phrase`, tags it with `data-e2e` so a real click can find it, and describes it.
 */
async function findRef(page: TestPage, phrase: string, tag: string) {
  const find = ({ phrase, tag }: { phrase: string; tag: string }) => {
    const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
    const link = [...document.querySelectorAll('a[data-kamerlens="ref"]')].find((a) =>
      norm(a.textContent ?? '').includes(phrase),
    );
    if (!link) return null;
    link.setAttribute('data-e2e', tag);
    return {
      kind: link.getAttribute('data-kl-kind'),
      href: link.getAttribute('href'),
      text: norm(link.textContent ?? ''),
      times: [...link.querySelectorAll('time')].map((t) => ({
        datetime: t.getAttribute('datetime'),
        text: norm(t.textContent ?? ''),
      })),
      inAnswer: link.closest('[data-kamerlens="answer"]')?.getAttribute('data-kl-numbers') ?? null,
      nested: !!link.parentElement?.closest('a'),
    };
  };
  await page.waitFor(find, { phrase, tag }, `a reference link containing "${phrase}"`);
  return (await page.evaluate(find, { phrase, tag }))!;
}

describe.each(BROWSERS)('references, %s', (name) => {
  const env = useBrowser(name);

  it('links the motion named with its dossier and number', async () => {
    const page = await env.open(ANSWER_PAGE);
    const ref = await findRef(page, 'motie Buitenweg en Verhoeven (30821–90)', 'motion');
    expect(ref.kind).toBe('motion');
    expect(ref.href).toBe('https://zoek.officielebekendmakingen.nl/kst-30821-90.html');
    expect(ref.nested).toBe(false);
  });

  it('the page asks the background to recognize its text, and links what comes back', async () => {
    const page = await env.open(ANSWER_PAGE);
    await findRef(page, 'motie Buitenweg en Verhoeven (30821–90)', 'motion');
    // Set only when an answer from the background was used (lib/dom/annotate).
    const waits = await page.evaluate(
      () => performance.getEntriesByName('kamerlens:annotate:waited').length,
      null,
    );
    expect(waits).toBeGreaterThan(0);
  });

  it('links a combined-dossier Kamerstuk to the first dossier, and a date as <time>', async () => {
    const page = await env.open(ANSWER_PAGE);
    const kst = await findRef(page, 'Kamerstuk 32 761 en 30 821, Nr. 152', 'kamerstuk');
    expect(kst.href).toBe('https://zoek.officielebekendmakingen.nl/kst-32761-152.html');
    const date = await findRef(page, '20 november 2019', 'date');
    expect(date.times).toContainEqual({ datetime: '2019-11-20', text: '20 november 2019' });
  });

  it('links "het antwoord op vraag 3" in answer 2 and brings question 3 into view', async () => {
    const page = await env.open(ANSWER_PAGE);
    await waitForGrid(page);
    await page.waitFor(
      () =>
        [
          ...document.querySelectorAll(
            '[data-kamerlens="answer"][data-kl-numbers~="2"] a[data-kamerlens="ref"][data-kl-kind="crossref"]',
          ),
        ].some((a) => a.textContent?.includes('vraag 3')),
      null,
      'a crossref link to vraag 3 in answer 2',
    );
    // Put the link near the bottom edge so question 3's group starts below the fold before the click.
    const before = await page.evaluate(() => {
      const link = [
        ...document.querySelectorAll(
          '[data-kamerlens="answer"][data-kl-numbers~="2"] a[data-kamerlens="ref"][data-kl-kind="crossref"]',
        ),
      ].find((a) => a.textContent?.includes('vraag 3'))!;
      link.setAttribute('data-e2e', 'crossref');
      link.scrollIntoView({ block: 'end' });
      // Lift it clear of our fixed toolbar in the bottom corner, which would take the click.
      scrollBy(0, 160);
      return document
        .querySelector('[data-kamerlens="group"][data-kl-numbers~="3"]')!
        .getBoundingClientRect().top;
    }, null);
    expect(before, "question 3's group starts below the fold before the click").toBeGreaterThan(
      await page.evaluate(() => innerHeight * 0.75, null),
    );
    await page.click('[data-e2e="crossref"]');
    // In view: the group starts in the upper half of the window and fills part of it (a link to
    // its heading may scroll the group's own top padding just above the edge).
    const inView = () => {
      const box = document
        .querySelector('[data-kamerlens="group"][data-kl-numbers~="3"]')!
        .getBoundingClientRect();
      return box.top < innerHeight / 2 && box.bottom > innerHeight / 4;
    };
    await page.waitFor(
      inView,
      null,
      `question 3's group to scroll into view (its top was at ${Math.round(before)} px)`,
    );
    expect(await page.evaluate(inView, null)).toBe(true);
  });

  it('links every motion listed on a Handelingen page, without wrapping the page links', async () => {
    const page = await env.open('h-tk-20192020-31-8-n1.html');
    const listed = async () =>
      page.evaluate(() => {
        const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');
        const items = [...document.querySelectorAll('#content li')];
        const occurrences: string[] = [];
        const linked: string[] = [];
        // The page links the dossier and number itself; ours is the motion's name, to the same target.
        const ours: string[] = [];
        for (const li of items) {
          for (const m of norm(li.textContent ?? '').matchAll(
            /\((\d{5}(?:-[A-Z0-9]+)?), nr\. (\d+)\)/g,
          )) {
            const target = `kst-${m[1]}-${m[2]}`;
            occurrences.push(target);
            const hrefs = [...li.querySelectorAll('a[href]')].map(
              (a) => new URL(a.getAttribute('href')!, location.href).pathname,
            );
            if (hrefs.includes(`/${target}.html`)) linked.push(target);
            const motion = li.querySelector(
              `a[data-kamerlens="ref"][data-kl-kind="motion"][data-kl-target="${target}"]`,
            );
            if (motion?.getAttribute('href')?.endsWith(`/${target}.html`)) ours.push(target);
          }
        }
        return {
          occurrences,
          linked,
          nested: document.querySelectorAll('a a').length,
          ours,
        };
      }, null);
    await page.waitFor(
      () => performance.getEntriesByName('kamerlens:annotate:end').length > 0,
      null,
      'the annotate end mark',
    );
    const result = await listed();
    expect(result.occurrences.length).toBeGreaterThanOrEqual(14);
    expect(result.linked).toEqual(result.occurrences);
    expect(result.ours, 'every listed motion is linked by name too').toEqual(result.occurrences);
    expect(result.nested, 'no link inside a link').toBe(0);
  });

  it('on the 1.5 MB page links the first screen at once and the far end when it comes near', async () => {
    const page = await env.open('h-tk-large-benchmark.html');
    await page.waitFor(
      () => performance.getEntriesByName('kamerlens:annotate:end').length > 0,
      null,
      'the annotate end mark',
      60_000,
    );
    const refs = 'a[data-kamerlens="ref"][data-kl-kind]';
    const atLoad = await page.evaluate(
      (selector) => document.querySelectorAll(selector).length,
      refs,
    );
    // The page has 13,800 references; far sections wait until they come near.
    expect(atLoad).toBeGreaterThan(0);
    expect(atLoad).toBeLessThan(13_800);
    // The last paragraph that cites a dossier ("(35300-A, nr. 15)") is far below: bring it into view.
    const unlinkedBefore = await page.evaluate(() => {
      const cites = [...document.querySelectorAll('p')].filter((p) =>
        /\(\d{5}[-\u2013,]/.test(p.textContent ?? ''),
      );
      const last = cites[cites.length - 1]!;
      last.setAttribute('data-e2e', 'last-citation');
      const unlinked = last.querySelector('a[data-kamerlens="ref"]') === null;
      last.scrollIntoView({ block: 'center' });
      return unlinked;
    }, null);
    expect(unlinkedBefore).toBe(true);
    await page.waitFor(
      () => document.querySelector('[data-e2e="last-citation"] a[data-kamerlens="ref"]') !== null,
      null,
      'a link in the last citing paragraph once it is in view',
      30_000,
    );
  }, 180_000);
});
