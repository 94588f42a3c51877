/**
 * fast-check generators for annotation tests: pages of random nesting whose text mixes reference
 * forms seen in parliamentary texts, HTML- and script-looking text, and unusual Unicode.
 */
import fc from 'fast-check';

/** Reference forms from the project brief (all seen in published texts). */
export const REFERENCE_FORMS = [
  'de motie Buitenweg en Verhoeven (30821–90)',
  'Kamerstuk 32 761 en 30 821, Nr. 152',
  '(Kamerstuk 35 165, nr. 2)',
  'Kamerstukken II 2019/20, 35 300 VII, nr. 8',
  '20 november 2019',
  '26 maart jl.',
  'd.d. 3 april 2018',
  'Stb. 2019, 123',
  'Stcrt. 2020, 12345',
  'Trb. 2008, 175',
  'ECLI:NL:HR:2019:2007',
  '2022Z04510',
  'Handelingen II 2021/22, nr. 45, item 7',
  'Aanhangsel Handelingen II 2021/22, nr. 3019',
  'zie het antwoord op vraag 3',
  'de motie van het lid Boswijk c.s.',
];

/** Text that would become markup if anything parsed it as HTML. */
export const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</a><a href="javascript:alert(1)">Stb. 2019, 123</a>',
  '"><svg onload=alert(1)>',
  '&lt;b&gt;&amp;&#x3C;',
  '<a href=kst-1-2.html>Kamerstuk 35 165, nr. 2</a>',
  '<!-- x --><style>*{}</style>',
];

/** No-break space, soft hyphen, RTL/LTR marks, no-break hyphen, combining marks, emoji, RTL script, BOM. */
export const ODD_UNICODE = [
  '\u00a0',
  '\u00ad',
  '\u200f',
  '\u200e',
  '\u2011',
  'e\u0301',
  'Ş\u0327',
  '🏛️',
  '👩🏽‍⚖️',
  'שלום',
  '\ufeff',
  '\u2028',
  '\ud800',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REFERENCE_FORMS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_UNICODE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.nat(99999).map(String) },
);
const separator = fc.constantFrom(' ', '\u00a0', '', ', ', '. ', '\n');

export const textArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

export type TreeSpec = string | { tag: string; editable: boolean; children: TreeSpec[] };

const TAGS = [
  'p',
  'div',
  'span',
  'i',
  'b',
  'li',
  'td',
  'a',
  'script',
  'style',
  'textarea',
  'button',
  'time',
  'sup',
];

const { node } = fc.letrec<{ node: TreeSpec; element: TreeSpec }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textArb, tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    // Editable regions now and then, not everywhere (they hide everything under them).
    editable: fc.constantFrom(false, false, false, true),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));

/** A page body: a few top-level nodes of random depth. */
export const treeArb: fc.Arbitrary<TreeSpec[]> = fc.array(node, { minLength: 1, maxLength: 4 });

/** Builds a spec with DOM calls only (createElement, createTextNode): nothing is parsed. */
export function build(doc: Document, parent: Node, specs: TreeSpec[]): void {
  for (const spec of specs) {
    if (typeof spec === 'string') {
      parent.appendChild(doc.createTextNode(spec));
      continue;
    }
    const el = doc.createElement(spec.tag);
    if (spec.tag === 'a') el.setAttribute('href', 'kst-35165-2.html');
    if (spec.editable) el.setAttribute('contenteditable', 'true');
    parent.appendChild(el);
    build(doc, el, spec.children);
  }
}
