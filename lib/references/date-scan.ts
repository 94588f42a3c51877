import { isDigit, isLetter } from './normalize';

/**
 * Character-level helpers for the date scanner: each reads a bounded stretch of text forwards or
 * backwards from a position, so the scanner stays linear without regexes that backtrack.
 */

/** Spaces KOOP text uses between date parts: ordinary, no-break (U+00A0), narrow no-break, thin. */
const SPACES = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2007', '\u2009', '\f', '\v']);

/** Longest whitespace run we step over between two date parts (a line break plus indentation). */
const MAX_SPACE_RUN = 12;

/** Longest word we read when checking the word next to a date (weekday names are 9 letters). */
const MAX_WORD = 12;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACES.has(ch);
}

/** Position after the whitespace that starts at `pos`. */
export function skipSpace(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < MAX_SPACE_RUN && isSpace(text[p])) p++;
  return p;
}

/** Position of the first character of the whitespace that ends at `pos`. */
export function skipSpaceBack(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && pos - p < MAX_SPACE_RUN && isSpace(text[p - 1])) p--;
  return p;
}

/** Start of the digit run that ends at `end` (equal to `end` when there is none); reads at most `max + 1` digits. */
export function digitsBack(text: string, end: number, max: number): number {
  let p = end;
  while (p > 0 && end - p <= max && isDigit(text[p - 1])) p--;
  return p;
}

/** End of the digit run that starts at `start`; reads at most `max + 1` digits. */
export function digitsForward(text: string, start: number, max: number): number {
  let p = start;
  while (p < text.length && p - start <= max && isDigit(text[p])) p++;
  return p;
}

/** Start of the letter run that ends at `end`; reads at most {@link MAX_WORD} + 1 letters. */
export function wordBack(text: string, end: number): number {
  let p = end;
  while (p > 0 && end - p <= MAX_WORD && isLetter(text[p - 1])) p--;
  return p;
}

/** End of the letter run that starts at `start`; reads at most {@link MAX_WORD} + 1 letters. */
export function wordForward(text: string, start: number): number {
  let p = start;
  while (p < text.length && p - start <= MAX_WORD && isLetter(text[p])) p++;
  return p;
}
