/**
 * Hardening: annotation against bad input and a page that keeps changing. Generated pages
 * (fast-check), recognizers that return nonsense, aborts at any point, page scripts that edit the
 * DOM after (and while) we work. Nothing may throw, text must never change, nothing is linked twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate, type AnnotateOptions } from '../../../lib/dom/annotate';
import { isAllowedHref } from '../../../lib/links';
import type { Match, ReferenceKind } from '../../../lib/references/types';
import { blankPage, loadPage, realOptions, refLinks } from './annotate-support';
import { REFERENCE_FORMS, build, textArb, treeArb, type TreeSpec } from './annotate-arbitraries';
import { insideRoles } from '../helpers/marked';

const RUNS = 100;
const doc = blankPage();
const options: AnnotateOptions = {
  ...realOptions({ documentDate: '2022-06-08', submitted: null, pairNumbers: ['1', '2', '3'] }),
  tooltip: false,
};

function freshRoot(specs: TreeSpec[]): HTMLElement {
  doc.body.replaceChildren();
  const root = doc.createElement('div');
  doc.body.append(root);
  build(doc, root, specs);
  return root;
}

const KINDS: ReferenceKind[] = [
  'motion',
  'kamerstuk',
  'date',
  'crossref',
  'ecli',
  'zaak',
  'staatsblad',
];

/** Matches with any numbers at all: negative, past the end, reversed, fractional, NaN, huge. */
const garbageMatch: fc.Arbitrary<Match> = fc.record({
  kind: fc.constantFrom(...KINDS),
  start: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double(), fc.constant(Number.NaN)),
  end: fc.oneof(
    fc.integer({ min: -5, max: 60 }),
    fc.double(),
    fc.constant(Number.MAX_SAFE_INTEGER),
  ),
  text: fc.string(),
  target: fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.constantFrom('kst-30821-90', 'vraag-2', '2019-11-20'),
  ),
  date: fc.oneof(fc.constant(null), fc.string(), fc.constant('2019-11-20')),
});

describe('hardening: bad recognizer output', () => {
  it('garbage matches never throw, never change text, and undo stays exact', async () => {
    await fc.assert(
      fc.asyncProperty(
        treeArb,
        fc.array(garbageMatch, { maxLength: 6 }),
        async (specs, matches) => {
          const root = freshRoot(specs);
          const before = root.innerHTML;
          const text = root.textContent;
          const handle = await annotate(root, { ...options, recognize: () => matches });
          expect(root.textContent).toBe(text);
          for (const a of refLinks(root)) expect(isAllowedHref(a.getAttribute('href')!)).toBe(true);
          expect(root.querySelectorAll('time[data-kamerlens]:not([datetime])')).toHaveLength(0);
          handle.undo();
          expect(root.innerHTML).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('callbacks that throw or return non-arrays cost links, not the page', async () => {
    const root = freshRoot(['Stb. 2019, 123 en Trb. 2008, 175']);
    const text = root.textContent;
    const throwing: Partial<AnnotateOptions>[] = [
      {
        recognize: () => {
          throw new Error('recognize');
        },
      },
      { recognize: () => null as unknown as Match[] },
      {
        link: () => {
          throw new Error('link');
        },
      },
      {
        describe: () => {
          throw new Error('describe');
        },
      },
    ];
    for (const bad of throwing) {
      const handle = await annotate(root, { ...options, ...bad });
      expect(root.textContent).toBe(text);
      handle.undo();
    }
    // A throwing describe() still links, just without a tooltip text.
    const handle = await annotate(root, {
      ...options,
      describe: () => {
        throw new Error('x');
      },
    });
    expect(handle.count).toBe(2);
    expect(refLinks(root).every((a) => !a.hasAttribute('data-kl-desc'))).toBe(true);
  });
});

describe('hardening: abort', () => {
  it('aborting at any point leaves the text intact and undo exact', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, fc.nat(12), async (specs, stopAfter) => {
        const root = freshRoot(specs);
        const before = root.innerHTML;
        const text = root.textContent;
        const controller = new AbortController();
        let calls = 0;
        const handle = await annotate(root, {
          ...options,
          sliceMs: 0,
          batchChars: 1,
          signal: controller.signal,
          recognize: (t, at) => {
            if (calls++ === stopAfter) controller.abort();
            return options.recognize(t, at);
          },
        });
        expect(root.textContent).toBe(text);
        if (controller.signal.aborted) expect(handle.aborted).toBe(true);
        handle.undo();
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hardening: a page that changes the DOM afterwards', () => {
  /** What a page script might do to the annotated tree. */
  type Edit = 'normalize' | 'split' | 'append' | 'moveLink' | 'wrapText' | 'setData';
  const editArb = fc.array(
    fc.constantFrom<Edit>('normalize', 'split', 'append', 'moveLink', 'wrapText', 'setData'),
    {
      minLength: 1,
      maxLength: 4,
    },
  );

  function applyEdit(root: HTMLElement, edit: Edit, extra: string): void {
    const texts: Text[] = [];
    const walker = doc.createTreeWalker(root, 0x4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const someText = texts.find((t) => t.data.length > 2);
    switch (edit) {
      case 'normalize':
        root.normalize();
        break;
      case 'split':
        someText?.splitText(1);
        break;
      case 'append': {
        const p = doc.createElement('p');
        p.textContent = extra;
        root.append(p);
        break;
      }
      case 'moveLink': {
        const a = root.querySelector('a[data-kamerlens]');
        if (a) root.append(a);
        break;
      }
      case 'wrapText':
        if (someText?.parentNode) {
          const b = doc.createElement('b');
          someText.parentNode.replaceChild(b, someText);
          b.append(someText);
        }
        break;
      case 'setData':
        if (someText) someText.data = `${someText.data} ${extra}`;
        break;
    }
  }

  it('re-annotating after page edits never nests links, never double-links, never changes text', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, editArb, textArb, async (specs, edits, extra) => {
        const root = freshRoot(specs);
        const first = await annotate(root, options);
        for (const e of edits) applyEdit(root, e, extra);
        const text = root.textContent;
        const second = await annotate(root, options);
        expect(root.textContent).toBe(text);
        expect(
          root.querySelectorAll(
            'a a[data-kamerlens], a[data-kamerlens] a, [data-kamerlens] [data-kamerlens]:not(time)',
          ),
        ).toHaveLength(0);
        expect(() => {
          second.undo();
          first.undo();
        }).not.toThrow();
        // Whatever the page did, undo never loses or duplicates its text.
        expect(root.textContent).toBe(text);
        expect(refLinks(root)).toHaveLength(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('a page that re-runs nothing but annotation: the second pass links only new text', async () => {
    const page = loadPage('ah-tk-20212022-3019.html');
    const root = page.querySelector('#broodtekst')!;
    const opts = realOptions({
      documentDate: '2022-06-08',
      submitted: '2022-03-10',
      pairNumbers: [],
    });
    const first = await annotate(root, opts);
    const p = page.createElement('p');
    p.textContent = `Zie ook ${REFERENCE_FORMS[0]} en Stb. 2019, 123.`;
    root.append(p);
    const second = await annotate(root, opts);
    expect(second.count).toBe(2);
    expect(refLinks(p).map((a) => a.dataset.klTarget)).toEqual(['kst-30821-90', 'stb-2019-123']);
    expect(refLinks(root)).toHaveLength(first.count + 2);
  });
});

describe('hardening: odd roots', () => {
  it('does nothing inside a link, an editable region or our own UI', async () => {
    for (const make of [
      () => doc.createElement('a'),
      () => {
        const d = doc.createElement('div');
        d.setAttribute('contenteditable', 'true');
        return d;
      },
      ...['source', 'unanswered', 'actions', 'toolbar', 'ref'].map((role) => () => {
        const d = doc.createElement('div');
        d.setAttribute('data-kamerlens', role);
        return d;
      }),
    ]) {
      doc.body.replaceChildren();
      const outer = make();
      const inner = doc.createElement('p');
      inner.textContent = 'Stb. 2019, 123';
      outer.append(inner);
      doc.body.append(outer);
      const handle = await annotate(inner, options);
      expect(handle.count).toBe(0);
    }
  });

  it('links the document text we moved or copied into the grid, as in the page itself', async () => {
    for (const roles of [
      ['grid', 'group', 'question'],
      ['grid', 'group', 'answer', 'imported'],
    ]) {
      doc.body.replaceChildren();
      const inner = doc.createElement('p');
      inner.textContent = 'Stb. 2019, 123';
      insideRoles(doc.body, roles).append(inner);
      const handle = await annotate(inner, options);
      expect(handle.count, roles.join(' > ')).toBe(1);
    }
  });

  it('works on a detached tree and on a document without a body', async () => {
    const p = doc.createElement('p');
    p.textContent = 'Stb. 2019, 123';
    const handle = await annotate(p, { ...options, tooltip: true });
    expect(handle.count).toBe(1);
    handle.undo();
    expect(p.innerHTML).toBe('Stb. 2019, 123');

    const bare = doc.implementation.createDocument(null, 'root', null);
    const el = bare.createElementNS('http://www.w3.org/1999/xhtml', 'p');
    el.textContent = 'Trb. 2008, 175';
    bare.documentElement.append(el);
    const h2 = await annotate(el, { ...options, tooltip: true });
    expect(h2.count).toBe(1);
  });
});
