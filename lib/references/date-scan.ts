import { letterRunEnd, letterRunStart } from './normalize';

/**
 * Character-level helpers for the date scanner: each reads a bounded stretch of text forwards or
 * backwards from a position, so the scanner stays linear without regexes that backtrack. Digit
 * runs are read with normalize's digitRunStart/digitRunEnd.
 */

/** Longest whitespace run we step over between two date parts (a line break plus indentation). */
const MAX_SPACE_RUN = 12;

/** Longest word we read when checking the word next to a date (weekday names are 9 letters). */
const MAX_WORD = 12;

/**
 * Spaces KOOP text uses between date parts: ordinary, tab, line breaks, no-break (U+00A0), narrow
 * no-break (U+202F), figure (U+2007) and thin (U+2009) space. By char code, NaN (outside the
 * text) included, which is none of them.
 */
function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2007 ||
    c === 0x2009
  );
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && isSpaceCode(ch.charCodeAt(0));
}

/** Position after the whitespace that starts at `pos`. */
export function skipSpace(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < MAX_SPACE_RUN && isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

/** Position of the first character of the whitespace that ends at `pos`. */
export function skipSpaceBack(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && pos - p < MAX_SPACE_RUN && isSpaceCode(text.charCodeAt(p - 1))) p--;
  return p;
}

/** Start of the letter run that ends at `end`; reads at most {@link MAX_WORD} + 1 letters. */
export const wordBack = (text: string, end: number): number => letterRunStart(text, end, MAX_WORD);

/** End of the letter run that starts at `start`; reads at most {@link MAX_WORD} + 1 letters. */
export const wordForward = (text: string, start: number): number =>
  letterRunEnd(text, start, MAX_WORD);
