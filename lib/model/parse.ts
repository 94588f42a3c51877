import type { PageInfo } from '../page/types';
import { contentRoot } from '../page/identify';
import type { DocumentModel, Footnote, ParseStrategy, QaBlock } from './types';
import { parseHeading, type HeadingLabel } from './numbers';
import { collapseWhitespace, hasNonSpace, readableText, textOfAll } from './block-text';
import { pairBlocks } from './pair';
import { fromQaList } from './qa-list';

/** Elements that can carry a question/answer label. */
const HEADING_SELECTOR = ':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > p.nummer';

export interface RawBlock {
  role: 'question' | 'answer';
  label: HeadingLabel | null;
  heading: Element | null;
  nodes: Element[];
  paragraphs: Element[];
  /** An inline number (`<span class="nummer">1.</span> Waar zijn …`) to leave out of the text. */
  inlineNumber: Element | null;
  /** An inline label read from the first paragraph's text ("Antwoord:", "1."), left out of the text. */
  inlineLabel?: string;
}

/** Strategy 1: KOOP's own classes, `div.vraag` and `div.antwoord`. */
function fromKoopClasses(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const el of Array.from(root.querySelectorAll('div.vraag, div.antwoord'))) {
    // A nested vraag inside a vraag (seen in some renderings) belongs to its parent.
    if (el.parentElement?.closest('div.vraag, div.antwoord')) continue;
    const role = el.classList.contains('vraag') ? 'question' : 'answer';
    const heading = el.querySelector(HEADING_SELECTOR);
    let label = heading ? parseHeading(heading.textContent ?? '') : null;
    let inlineNumber: Element | null = null;
    if (!label) {
      inlineNumber = el.querySelector(':scope > p:first-of-type > span.nummer');
      label = inlineNumber ? parseHeading(inlineNumber.textContent ?? '') : null;
    }
    const headingUsed = label && heading && !inlineNumber ? heading : null;
    const paragraphs = Array.from(el.children).filter(
      (child) => child !== headingUsed && hasNonSpace(child.textContent ?? ''),
    );
    blocks.push({ role, label, heading: headingUsed, nodes: [el], paragraphs, inlineNumber });
  }
  return blocks;
}

/** Strategy 2: block elements whose whole text is a label ("Vraag 3", "Antwoord op vraag 3"). */
function fromHeadingText(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  const headings = Array.from(root.querySelectorAll('h2, h3, h4, h5, p, div')).filter((el) => {
    if (el.closest('#noten, .noten, [data-kamerlens]')) return false;
    if (el.tagName === 'DIV' && el.querySelector('p, div, h2, h3, h4, h5')) return false;
    const label = parseHeading(el.textContent ?? '');
    return label !== null && label.role !== null;
  });
  const isHeading = new Set<Element>(headings);
  for (const heading of headings) {
    const label = parseHeading(heading.textContent ?? '')!;
    const nodes: Element[] = [heading];
    for (
      let sib = heading.nextElementSibling;
      sib && !isHeading.has(sib);
      sib = sib.nextElementSibling
    ) {
      if (
        sib.matches('#noten, .noten, hr, h1') ||
        sib.querySelector('h1, h2, h3') ||
        isLabelled(sib, isHeading)
      )
        break;
      nodes.push(sib);
    }
    blocks.push({
      role: label.role!,
      label,
      heading,
      nodes,
      paragraphs: nodes.slice(1),
      inlineNumber: null,
    });
  }
  return blocks;
}

function isLabelled(el: Element, headings: Set<Element>): boolean {
  for (const h of headings) if (el.contains(h)) return true;
  return false;
}

/**
 * Numbers for blocks without a readable label: a question takes the next number in order; an
 * answer without a heading answers the question(s) just before it (KOOP's "lijst van vragen en
 * antwoorden" puts `div.antwoord` right after its `div.vraag`, without a heading).
 */
function assignNumbers(raw: RawBlock[], diagnostics: string[]): QaBlock[] {
  const out: QaBlock[] = [];
  let lastQuestion: string[] = [];
  let highest = 0;
  for (const block of raw) {
    let numbers = block.label?.numbers ?? null;
    if (!numbers && block.role === 'answer' && lastQuestion.length) {
      numbers = lastQuestion;
    }
    if (!numbers) {
      numbers = [String(highest + 1)];
      diagnostics.push(
        `${block.role === 'question' ? 'Vraag' : 'Antwoord'} zonder nummer: nummer ${numbers[0]} aangenomen op volgorde.`,
      );
    }
    if (block.role === 'question') lastQuestion = numbers;
    for (const n of numbers) highest = Math.max(highest, parseInt(n, 10) || 0);
    out.push(toBlock(block, numbers));
  }
  return out;
}

function toBlock(raw: RawBlock, numbers: string[]): QaBlock {
  let text = textOfAll(raw.paragraphs);
  const inline = raw.inlineNumber
    ? collapseWhitespace(raw.inlineNumber.textContent ?? '')
    : (raw.inlineLabel ?? '');
  if (inline && text.startsWith(inline)) text = text.slice(inline.length).trim();
  return {
    role: raw.role,
    numbers,
    heading: raw.heading,
    nodes: raw.nodes,
    paragraphs: raw.paragraphs,
    text,
  };
}

function footnotesOf(doc: Document): Footnote[] {
  const notes: Footnote[] = [];
  for (const el of Array.from(doc.querySelectorAll('#noten .noot, #noten .voet, div.voet.noot'))) {
    if (notes.some((n) => n.element === el || n.element.contains(el))) continue;
    const anchor = el.querySelector('a[id]');
    const id = anchor?.getAttribute('id') ?? el.getAttribute('id') ?? '';
    const label = collapseWhitespace(el.querySelector('.nootnum, sup')?.textContent ?? '');
    const body = Array.from(el.querySelectorAll('p'));
    const text = body.length ? textOfAll(body) : readableText(el);
    notes.push({ id, label, text, element: el });
  }
  return notes;
}

function introOf(root: Element): string[] {
  return Array.from(root.querySelectorAll('p.kamervraagomschrijving')).map(readableText);
}

function toelichtingOf(root: Element): string | null {
  const el = root.querySelector('div.toelichting, .kamervraagtoelichting');
  if (el) return readableText(el).replace(/^Toelichting:?\s*/i, '') || null;
  for (const p of Array.from(root.querySelectorAll('p, h2, h3'))) {
    // The raw text with the edges' whitespace allowed reads as the collapsed text would, without
    // building a collapsed copy of every paragraph on a long page.
    if (/^[\s\u00a0]*toelichting:?[\s\u00a0]*$/i.test(p.textContent ?? '')) {
      const next = p.nextElementSibling;
      return next ? readableText(next) : null;
    }
  }
  return null;
}

function noticesOf(root: Element): string[] {
  const notices = Array.from(root.querySelectorAll('div.kamervraagopmerking')).map(readableText);
  if (notices.length) return notices.filter(Boolean);
  const mededeling = Array.from(root.querySelectorAll('p')).find((p) =>
    /^[\s\u00a0]*mededeling\b/i.test(p.textContent ?? ''),
  );
  return mededeling ? [readableText(mededeling.parentElement ?? mededeling)] : [];
}

/** Parse a detected page's body into questions, answers, pairs, notices and footnotes. */
export function parseDocument(page: PageInfo, doc: Document): DocumentModel {
  const root = contentRoot(doc);
  const diagnostics: string[] = [];
  let strategy: ParseStrategy = 'none';
  let raw: RawBlock[] = [];
  // Handelingen hold debates and votes, never question/answer blocks: skip the scan on their
  // (sometimes very long) pages. A Kamerstuk is scanned only when it is a list of questions and
  // answers: a letter that mentions "Vraag 3" stays as it is.
  const scan = page.family !== 'h' && (page.family !== 'kst' || page.qaList);
  if (root && scan) {
    raw = fromKoopClasses(root);
    if (raw.length) strategy = 'koop-classes';
    else if (page.qaList) {
      const list = fromQaList(root);
      raw = list.blocks;
      if (raw.length) strategy = 'qa-list';
      if (list.unnumbered && raw.length)
        diagnostics.push('Vragen zonder nummer: genummerd op volgorde.');
    } else {
      raw = fromHeadingText(root);
      if (raw.length) strategy = 'heading-text';
    }
  }
  const blocks = assignNumbers(raw, diagnostics);
  const questions = blocks.filter((b) => b.role === 'question');
  const answers = blocks.filter((b) => b.role === 'answer');
  const { pairs, unpairedAnswers } = pairBlocks(questions, answers);

  for (const a of unpairedAnswers) {
    diagnostics.push(`Antwoord ${a.numbers.join(', ')} hoort bij geen vraag op deze pagina.`);
  }
  if (page.kind === 'answer' || page.qaList) {
    for (const p of pairs) if (!p.answer) diagnostics.push(`Vraag ${p.number} is niet beantwoord.`);
  }
  if (strategy === 'none' && (page.kind === 'question' || page.kind === 'answer')) {
    diagnostics.push('Geen vragen of antwoorden gevonden in de opmaak van deze pagina.');
  }

  // Intro, toelichting and notices belong to Kamervragen; a Handelingen page has none to scan for.
  const scanned = page.family === 'h' ? null : root;
  return {
    page,
    strategy,
    intro: scanned ? introOf(scanned) : [],
    toelichting: scanned ? toelichtingOf(scanned) : null,
    questions,
    answers,
    pairs,
    unpairedAnswers,
    notices: scanned ? noticesOf(scanned) : [],
    footnotes: footnotesOf(doc),
    diagnostics,
  };
}
