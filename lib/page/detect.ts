/**
 * A page's document with every date it states: what `identifyPage` reads, and the dates its intro
 * gives where a meta tag leaves them out. The main module and every other reader use this; the
 * loader only identifies (identify.ts says why).
 */
import type { PageInfo } from './types';
import { recognizeDates } from '../references/date';
import { identifyPage } from './identify';

/** "(ingezonden 10 maart 2022)" / "(ontvangen 8 juni 2022)" in the intro paragraphs. */
const INTRO_PARAGRAPHS = 6;

/** The first `n` children of `parent` that are <p>. */
function firstParagraphs(parent: Element, n: number): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstElementChild; c && out.length < n; c = c.nextElementSibling)
    if (c.localName === 'p') out.push(c);
  return out;
}

/**
 * The first paragraphs matching `p.kamervraagomschrijving, #broodtekst > p, .stuk > p`, in document
 * order. Gathered per part and merged: one selector over a 1.5 MB Handelingen page matched
 * thousands of paragraphs (17 ms) to read six. The first n of a union are among the first n of
 * each part.
 */
export function introParagraphs(doc: Document): Element[] {
  const parts = [
    Array.from(doc.querySelectorAll('p.kamervraagomschrijving')).slice(0, INTRO_PARAGRAPHS),
    ...Array.from(doc.querySelectorAll('#broodtekst, .stuk')).map((el) =>
      firstParagraphs(el, INTRO_PARAGRAPHS),
    ),
  ];
  const unique = [...new Set(parts.flat())];
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  unique.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return unique.slice(0, INTRO_PARAGRAPHS);
}

type IntroWord = 'ingezonden' | 'ontvangen';

/**
 * The date after "(<word> " in the first of `paragraphs` that has one; null if none, or if that
 * one is no date.
 */
function introDate(paragraphs: readonly Element[], word: IntroWord): string | null {
  for (const p of paragraphs) {
    const text = p.textContent ?? '';
    const at = text.toLowerCase().indexOf(`(${word} `);
    if (at < 0) continue;
    // The date scanner reads "10 maart 2022" (NBSPs, glued footnote digits) as everywhere else.
    const after = text.slice(at + word.length + 2, at + word.length + 40);
    const date = recognizeDates(after, { documentDate: null, pairNumbers: [] })[0];
    return date && date.start === 0 ? date.date : null;
  }
  return null;
}

/**
 * The intro paragraphs give each date a meta tag left out: "(ingezonden …)" the submission,
 * "(ontvangen …)" the answer's receipt. Gathered once, and only when a date is missing: on a
 * 1.5 MB page that is two scans of the document. Those words open written questions and their
 * answers; the record of a sitting has neither, so a Handelingen page keeps its meta dates only.
 */
export function withIntroDates(page: PageInfo, doc: Document): PageInfo {
  if (page.family === 'h' || (page.submitted && page.received)) return page;
  const paragraphs = introParagraphs(doc);
  return {
    ...page,
    submitted: page.submitted ?? introDate(paragraphs, 'ingezonden'),
    received: page.received ?? introDate(paragraphs, 'ontvangen'),
  };
}

/** The page's document with every date it states: `identifyPage`, then `withIntroDates`. */
export function detectPage(url: string, doc: Document): PageInfo | null {
  const page = identifyPage(url, doc);
  return page && withIntroDates(page, doc);
}
