/**
 * Sentences of a paragraph, for showing a reference in the sentence it stands in. Two splitters
 * share one signature: the plain one below and compromise's (sentences-compromise.ts); both know
 * the same Dutch abbreviations. docs/decisions.md says which one the popup uses, and why.
 */
import { DUTCH_ABBREVIATIONS, MAY_END_A_SENTENCE } from './abbreviations';

/** UTF-16 offsets into the text; `end` is exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Sentence extends TextSpan {
  text: string;
}

/** A text's sentences in order, trimmed of surrounding whitespace. */
export type SentenceSplitter = (text: string) => TextSpan[];

const ABBREVIATIONS = new Set(DUTCH_ABBREVIATIONS);
const FINAL_ABBREVIATIONS = new Set(MAY_END_A_SENTENCE);
const ENDS = new Set(['.', '!', '?', '…']);
/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSERS = new Set([')', ']', '"', "'", '’', '”', '»', '›']);
/** Quotes that open and close a title or a citation, «…», “…”, „…”: no sentence ends inside. */
const OPEN_QUOTES = new Set(['«', '“', '„']);
const CLOSE_QUOTES = new Set(['»', '”']);
/** A quote left open longer than this was never closed (text cut off): stop honouring it. */
const MAX_QUOTE = 280;
const SPACE = /\s/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** Initials: "M", "Th", "M.B", "Th.A.M" (each part one capital and at most one small letter). */
const INITIALS = /^\p{Lu}\p{Ll}?(?:\.\p{Lu}\p{Ll}?)*$/u;
/** Longest abbreviation or initials worth reading back ("z.s.m", "Th.A.M"); keeps the scan linear. */
const MAX_WORD_BACK = 12;

/**
 * The letters-and-dots word that ends right before `at` ("Trb" in "(Trb.", "c.s" in "c.s."); null
 * when it is longer than any abbreviation.
 */
function wordBefore(text: string, at: number): string | null {
  let from = at;
  while (from > 0) {
    const ch = text[from - 1]!;
    if (!LETTER.test(ch) && ch !== '.') break;
    if (at - from >= MAX_WORD_BACK) return null;
    from--;
  }
  return text.slice(from, at).replace(/^\.+/, '');
}

/**
 * A full stop that does not end the sentence: after initials, an opening list number, or a known
 * abbreviation, except one that often closes a sentence ("€ 700 mln.", "c.s.") when a capital
 * follows.
 */
function isNonFinalStop(text: string, dot: number, sentenceStart: number, next: string): boolean {
  const word = wordBefore(text, dot);
  if (word === null) return false;
  // "1. Hoe beoordeelt u …": a number that opens the sentence numbers it.
  if (word === '') return /^\d{1,3}$/.test(text.slice(sentenceStart, dot));
  const lower = word.toLowerCase();
  if (FINAL_ABBREVIATIONS.has(lower)) return !UPPER.test(next);
  return ABBREVIATIONS.has(lower) || INITIALS.test(word);
}

/**
 * The plain splitter: a sentence ends at ".", "!", "?" or "…" (with closing quotes or brackets and
 * a glued footnote number, "bevestigen?1") followed by white space and a character that is not a
 * small letter; not inside a quoted title («…»), and not after an abbreviation, initials or an
 * opening list number. One pass; each character is read a bounded number of times.
 */
export const plainSentences: SentenceSplitter = (text) => {
  const spans: TextSpan[] = [];
  let start = 0;
  let quoteOpenedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN_QUOTES.has(ch)) quoteOpenedAt = i;
    else if (CLOSE_QUOTES.has(ch)) quoteOpenedAt = -1;
    if (!ENDS.has(ch)) continue;
    const stop = i;
    let end = i + 1;
    while (end < text.length && ENDS.has(text[end]!)) end++;
    const singleStop = end - stop === 1 && text[stop] === '.';
    while (end < text.length && CLOSERS.has(text[end]!)) {
      if (CLOSE_QUOTES.has(text[end]!)) quoteOpenedAt = -1;
      end++;
    }
    // A footnote number glued to the end of a sentence ("komen.1", "(hierna: Woo).3"); not the
    // decimals of "1.5".
    const before = text[stop - 1] ?? '';
    if (LETTER.test(before) || CLOSERS.has(before) || CLOSERS.has(text[end - 1]!)) {
      let digits = end;
      while (digits < text.length && digits - end < 2 && /\d/.test(text[digits]!)) digits++;
      if (digits > end && SPACE.test(text[digits] ?? '')) end = digits;
    }
    i = end - 1;
    if (end >= text.length || !SPACE.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && SPACE.test(text[next]!)) next++;
    if (next >= text.length) break;
    if (LOWER.test(text[next]!)) continue;
    if (quoteOpenedAt >= 0 && stop - quoteOpenedAt < MAX_QUOTE) continue;
    if (singleStop && isNonFinalStop(text, stop, start, text[next]!)) continue;
    pushTrimmed(spans, text, start, end);
    start = next;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
};

function pushTrimmed(spans: TextSpan[], text: string, start: number, end: number): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * The sentence of `text` that holds the span `start`–`end` (a reference); when the span crosses a
 * sentence end, the sentences it touches together.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  split: SentenceSplitter = plainSentences,
): Sentence {
  const spans = split(text);
  let from = -1;
  let to = -1;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (from < 0 && span.end > start) from = k;
    if (span.start < Math.max(end, start + 1)) to = k;
  }
  // Past the last sentence (trailing white space, or an empty text): the text itself.
  if (from < 0) return { text, start: 0, end: text.length };
  to = Math.max(to, from);
  const s = spans[from]!.start;
  const e = spans[to]!.end;
  return { text: text.slice(s, e), start: s, end: e };
}
