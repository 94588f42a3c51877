import type { RawBlock } from './parse';
import { parseHeading } from './numbers';
import { readableText } from './block-text';
import { INTRO_SCAN, PRINTED_BELOW } from '../page/qa-list';

/**
 * A Kamerstuk "lijst van vragen en antwoorden" without KOOP's `div.vraag`/`div.antwoord`: a run of
 * paragraphs after the committee's intro, in one of the shapes the lists are printed in:
 *   "Vraag 1" | question | "Antwoord 1" / "Antwoord op vraag 1:" / "Antwoord:" | answer
 *   "Vraag 1" or a bare "1" | question | answer             (only a paragraph break between them)
 *   "1. Waar zijn …?" | answer                              (number inline)
 *   "Antwoord: De cijfers …" / "Antwoord op vraag 1: De …"   (answer label inline)
 *   question? | answer | question? | answer                 (no numbers at all: numbered in order)
 * Pure: reads the page, changes nothing.
 */

interface QaListResult {
  blocks: RawBlock[];
  /** The list had no question numbers: they were given in order. */
  unnumbered: boolean;
}

type Line =
  | { kind: 'question'; numbers: string[]; inline: string | null }
  | { kind: 'answer'; numbers: string[] | null; inline: string | null }
  | { kind: 'text'; asks: boolean };

/** Where the run of questions ends: the notes, a rule, the next document part. */
const STOP = '#noten, .noten, hr, h1';
/** Parts of the head of a Kamerstuk that are never a question or an answer. */
const HEAD = 'h1, .pageactions, p.vastgesteld, p.ondertekening, p.aanhef, p.dagtekening';

const INLINE_QUESTION =
  /^(vra(?:ag|gen)\s+\d{1,3}[a-z]?(?:\s*(?:,|en)\s*\d{1,3}[a-z]?)*\s*[:.]|\d{1,3}[.)])\s+\S/i;
const INLINE_ANSWER =
  /^(antwoord(?:\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?\d{1,3}[a-z]?(?:\s*(?:,|en)\s*\d{1,3}[a-z]?)*)?\s*:)\s*\S/i;
const BARE_ANSWER = /^antwoord(?:en)?\s*:?$/i;
/** A paragraph that asks: it ends in a question mark (quotes and brackets after it allowed). */
const ASKS = /\?[\s»”’"')]*$/;

/** The numbers in a label such as "Vraag 4 en 5:" or "1.", through the heading reader. */
function labelNumbers(label: string): string[] {
  return parseHeading(label.replace(/[:.]$/, ''))?.numbers ?? [];
}

function classify(text: string, expected: number): Line {
  const heading = parseHeading(text);
  if (heading?.role === 'question')
    return { kind: 'question', numbers: heading.numbers, inline: null };
  if (heading?.role === 'answer') return { kind: 'answer', numbers: heading.numbers, inline: null };
  // A bare number ("1", "2.") heads a question only in its turn: elsewhere it is a list item.
  if (heading && heading.numbers[0] === String(expected))
    return { kind: 'question', numbers: heading.numbers, inline: null };
  if (BARE_ANSWER.test(text)) return { kind: 'answer', numbers: null, inline: null };
  const answer = INLINE_ANSWER.exec(text);
  if (answer) {
    const numbers = labelNumbers(answer[1]!.replace(/^antwoord\s*/i, 'Antwoord '));
    return { kind: 'answer', numbers: numbers.length ? numbers : null, inline: answer[1]! };
  }
  const question = INLINE_QUESTION.exec(text);
  if (question && text.includes('?')) {
    const numbers = labelNumbers(question[1]!);
    const inTurn = /^vra/i.test(question[1]!) || numbers[0] === String(expected);
    if (numbers.length && inTurn) return { kind: 'question', numbers, inline: question[1]! };
  }
  return { kind: 'text', asks: ASKS.test(text) };
}

/** The elements after the committee's intro (and its signatures), up to the notes. */
function listRun(root: Element): { run: Element[]; introduced: boolean } {
  const intro = Array.from(root.getElementsByTagName('p'))
    .slice(0, INTRO_SCAN)
    .find((p) => PRINTED_BELOW.test(p.textContent ?? ''));
  const parent = intro?.parentElement ?? root;
  const children = Array.from(parent.children);
  let start = intro ? children.indexOf(intro) + 1 : 0;
  // The chair's and clerk's signatures follow the intro.
  while (start < children.length && children[start]!.matches(HEAD)) start++;
  const run: Element[] = [];
  for (const el of children.slice(start)) {
    if (el.matches(STOP) || el.querySelector(STOP)) break;
    if (el.matches(HEAD) || readableText(el) === '') continue;
    run.push(el);
  }
  return { run, introduced: intro !== undefined };
}

function block(
  role: RawBlock['role'],
  numbers: string[] | null,
  el: Element,
  inline: string | null,
): RawBlock {
  const label = numbers ? { role, numbers } : null;
  if (inline === null) {
    return { role, label, heading: el, nodes: [el], paragraphs: [], inlineNumber: null };
  }
  return {
    role,
    label,
    heading: null,
    nodes: [el],
    paragraphs: [el],
    inlineNumber: null,
    inlineLabel: inline,
  };
}

/** Reads a list's questions and answers from its paragraphs; no blocks when it finds no question. */
export function fromQaList(root: Element): QaListResult {
  const { run, introduced } = listRun(root);
  const texts = run.map(readableText);
  // Pre-scan: whether the list labels its questions and its answers at all.
  let expected = 1;
  const lines = texts.map((text) => {
    const line = classify(text, expected);
    if (line.kind === 'question')
      expected = Math.max(...line.numbers.map((n) => parseInt(n, 10) || 0)) + 1;
    return line;
  });
  const numbered = lines.some((l) => l.kind === 'question');
  // Without numbers, only the committee's intro says that asking paragraphs are the list's questions.
  if (!numbered && !introduced) return { blocks: [], unnumbered: false };
  const labelledAnswers = lines.some((l) => l.kind === 'answer');

  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  let order = 0;
  const open = (next: RawBlock) => {
    if (current) blocks.push(current);
    current = next;
  };
  run.forEach((el, i) => {
    const line = lines[i]!;
    if (line.kind === 'question') {
      open(block('question', line.numbers, el, line.inline));
      return;
    }
    if (line.kind === 'answer') {
      // An answer before any question is not part of a list we understand.
      if (current || blocks.length) open(block('answer', line.numbers, el, line.inline));
      return;
    }
    const cur = current as RawBlock | null;
    if (!cur) {
      // Without numbers, the first paragraph that asks starts the list.
      if (!numbered && line.asks) open(block('question', [String(++order)], el, ''));
      return;
    }
    if (cur.role === 'question') {
      // Only a paragraph break between question and answer: a question is the paragraphs that ask
      // (or its first paragraph, when none does); the first paragraph after them that does not ask
      // begins the answer.
      if (!labelledAnswers && cur.paragraphs.length > 0 && !line.asks) {
        open(block('answer', null, el, ''));
        return;
      }
    } else if (!numbered && line.asks) {
      open(block('question', [String(++order)], el, ''));
      return;
    }
    cur.nodes.push(el);
    cur.paragraphs.push(el);
  });
  if (current) blocks.push(current);
  if (!blocks.some((b) => b.role === 'question')) return { blocks: [], unnumbered: false };
  return { blocks, unnumbered: !numbered };
}
