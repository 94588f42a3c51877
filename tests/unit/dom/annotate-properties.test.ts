/**
 * Properties of annotation on generated pages (fast-check), with the real recognizers and links:
 * the text never changes, twice equals once, undo is exact, no element comes from page text, and
 * every href is an in-page anchor or https on the official allowlist.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate, type AnnotateOptions } from '../../../lib/dom/annotate';
import { OFFICIAL_HOSTS, isAllowedHref } from '../../../lib/links';
import { blankPage, realOptions, textNodes } from './annotate-support';
import { build, treeArb, type TreeSpec } from './annotate-arbitraries';

const RUNS = 120;
const doc = blankPage();
const pairs = Array.from({ length: 15 }, (_, i) => String(i + 1));
const anchors = new Map(pairs.map((n) => [n, `vraag-${n}-anker`]));
const options: AnnotateOptions = {
  ...realOptions({
    documentDate: '2022-06-08',
    submitted: '2022-03-10',
    pairNumbers: pairs,
    anchors,
  }),
  tooltip: false,
};

function freshRoot(specs: TreeSpec[]): HTMLElement {
  doc.body.replaceChildren();
  const root = doc.createElement('div');
  doc.body.append(root);
  build(doc, root, specs);
  return root;
}

const sliceArb = fc.constantFrom(0, 8, Number.POSITIVE_INFINITY);

describe('annotation properties on generated pages', () => {
  it('never changes the text content', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, sliceArb, async (specs, sliceMs) => {
        const root = freshRoot(specs);
        const before = root.textContent;
        await annotate(root, { ...options, sliceMs });
        expect(root.textContent).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('annotating twice equals annotating once', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, fc.constantFrom(1, 64, undefined), async (specs, batchChars) => {
        const root = freshRoot(specs);
        await annotate(root, { ...options, batchChars });
        const once = root.innerHTML;
        const again = await annotate(root, { ...options, batchChars });
        expect(again.count).toBe(0);
        expect(root.innerHTML).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('undo gives back the original serialization byte for byte, with the same text nodes', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, async (specs) => {
        const root = freshRoot(specs);
        const before = root.innerHTML;
        const nodes = textNodes(root);
        const handle = await annotate(root, options);
        handle.undo();
        expect(root.innerHTML).toBe(before);
        const after = textNodes(root);
        expect(after.length).toBe(nodes.length);
        after.forEach((n, i) => expect(n).toBe(nodes[i]));
      }),
      { numRuns: RUNS },
    );
  });

  it('creates no element from page text: only our marked <a> and <time> are added', async () => {
    let linked = 0;
    await fc.assert(
      fc.asyncProperty(treeArb, async (specs) => {
        const root = freshRoot(specs);
        const tagsBefore = Array.from(root.querySelectorAll('*'), (e) => e.localName).sort();
        const handle = await annotate(root, options);
        const ours = Array.from(root.querySelectorAll('[data-kamerlens]'));
        const theirs = Array.from(
          root.querySelectorAll('*:not([data-kamerlens])'),
          (e) => e.localName,
        ).sort();
        expect(theirs).toEqual(tagsBefore);
        expect(ours.every((e) => e.localName === 'a' || e.localName === 'time')).toBe(true);
        expect(ours.filter((e) => e.localName === 'a')).toHaveLength(handle.count);
        expect(
          root.querySelectorAll('a a[data-kamerlens], [data-kamerlens] *:not(time)'),
        ).toHaveLength(0);
        linked += handle.count;
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: the generated pages do contain references that get linked.
    expect(linked).toBeGreaterThan(RUNS / 2);
  });

  it('every produced href is an in-page anchor or https on the allowlist', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, async (specs) => {
        const root = freshRoot(specs);
        await annotate(root, options);
        for (const a of root.querySelectorAll('a[data-kamerlens]')) {
          const href = a.getAttribute('href')!;
          if (href.startsWith('#')) {
            expect(href).toMatch(/^#vraag-\d+-anker$/);
          } else {
            const url = new URL(href);
            expect(url.protocol).toBe('https:');
            expect(OFFICIAL_HOSTS).toContain(url.hostname);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses whatever a hostile link() returns unless it is allowed', async () => {
    const hrefArb = fc.oneof(
      fc.string(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(
        'javascript:alert(1)',
        'data:text/html,<b>x',
        'http://zoek.officielebekendmakingen.nl/a.html',
        '#a b',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        treeArb,
        fc.array(hrefArb, { minLength: 1, maxLength: 5 }),
        async (specs, hrefs) => {
          const root = freshRoot(specs);
          let i = 0;
          await annotate(root, {
            ...options,
            link: () => hrefs[i++ % hrefs.length]!,
          });
          for (const a of root.querySelectorAll('a[data-kamerlens]'))
            expect(isAllowedHref(a.getAttribute('href')!)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
