import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textWalker } from '../../../lib/dom/annotate-walk';
import { MARKER } from '../../../lib/dom/markers';
import { mayHoldReference } from '../../../lib/references/prefilter';
import { build, treeArb } from './annotate-arbitraries';
import { blankPage, loadPage } from './annotate-support';

/**
 * The walk as the spec's NodeFilter would do it (the walker we had before): skipped elements
 * rejected with their subtree, text kept when it has a letter or digit. textWalker steps over
 * subtrees itself, without a filter callback, and must return exactly the same nodes.
 */
const SKIPPED = new Set(
  'a area button input select option optgroup textarea label script style noscript template iframe object embed canvas svg math head title time code pre kbd samp'.split(
    ' ',
  ),
);
/** Our marked elements whose text is ours: every role but those holding document text. */
const OWN_UI = /^(?!(?:grid|group|question|answer|imported)$)./;
function byFilter(root: Element): Node[] {
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode: (n: Node) =>
      n.nodeType === 1
        ? SKIPPED.has((n as Element).localName) ||
          (n as Element).hasAttribute('contenteditable') ||
          OWN_UI.test((n as Element).getAttribute(MARKER) ?? '')
          ? 2
          : 3
        : /[\p{L}\p{N}]/u.test((n as Text).data)
          ? 1
          : 3,
  });
  const out: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}
function byTextWalker(root: Element, accepts?: (text: string) => boolean): Node[] {
  const walker = textWalker(root, accepts);
  const out: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

describe('textWalker', () => {
  it('returns the same text nodes as a NodeFilter walk on every fixture page', () => {
    let texts = 0;
    for (const name of readdirSync('tests/fixtures/pages').filter((f) => f.endsWith('.html'))) {
      const doc = loadPage(name);
      for (const root of [doc.body, doc.querySelector('#broodtekst, .stuk') ?? doc.body]) {
        const expected = byFilter(root);
        expect(byTextWalker(root)).toEqual(expected);
        texts += expected.length;
      }
    }
    // The 1.5 MB Handelingen page alone has 22,263 candidate texts.
    expect(texts).toBeGreaterThan(22_263);
  });

  it('applies the prefilter before it reads any element, with the same result', () => {
    for (const name of ['ah-tk-20212022-3019.html', 'h-tk-20192020-31-8-n1.html']) {
      const doc = loadPage(name);
      const root = doc.querySelector('#broodtekst, .stuk') ?? doc.body;
      const expected = byFilter(root).filter((t) => mayHoldReference((t as Text).data));
      expect(expected.length).toBeGreaterThan(5);
      expect(byTextWalker(root, mayHoldReference)).toEqual(expected);
    }
  });

  it('returns the same text nodes on generated pages (nesting, skipped and editable elements)', () => {
    fc.assert(
      fc.property(treeArb, (specs) => {
        const doc = blankPage();
        build(doc, doc.body, specs);
        for (const role of ['ref', 'source', 'imported', 'answer']) {
          const marked = doc.createElement('span');
          marked.setAttribute(MARKER, role);
          marked.textContent = 'Kamerstuk 35165, nr. 9';
          doc.body.appendChild(marked);
        }
        const walked = byTextWalker(doc.body);
        expect(walked).toEqual(byFilter(doc.body));
        // The copied answer's text is read, the link's and the source line's are not.
        expect(walked.filter((t) => t.textContent === 'Kamerstuk 35165, nr. 9')).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  });
});
