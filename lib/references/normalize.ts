/**
 * Character classes and small normalizers shared by the reference recognizers.
 * Published texts mix plain spaces with no-break spaces, and hyphens with en dashes, no-break
 * hyphens and minus signs; every recognizer accepts all of them through these helpers.
 */

/** Space characters that may separate the parts of a citation ("32 761", "8 juli"). */
const SPACE_CHARS = ' \u00a0\u202f\u2009';

/** Regex character class bodies for the two sets (for use inside `[...]`). */
export const SPACE_CLASS = ' \\u00a0\\u202f\\u2009';
export const DASH_CLASS = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212';

// Character tests on char codes. Each reads its own code rather than sharing a helper: before the
// run scanners, the shared helper was the function V8 optimized on a 9 kB page, and with them it
// still measured slower (Handelingen page 4.9 against 8.3 ms of work, alternating loads).

export const isSpace = (ch: string | undefined): boolean => {
  const c = ch === undefined ? -1 : ch.charCodeAt(0);
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
};

export const isDash = (ch: string | undefined): boolean => {
  const c = ch === undefined ? -1 : ch.charCodeAt(0);
  return c === 0x2d || (c >= 0x2010 && c <= 0x2014) || c === 0x2212;
};

export const isDigit = (ch: string | undefined): boolean => {
  const c = ch === undefined ? -1 : ch.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
};

export const isUpper = (ch: string | undefined): boolean => {
  const c = ch === undefined ? -1 : ch.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0 || ch === undefined) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** The characters `\s` stands for in a JavaScript regex (by char code). */
export function isRegexSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether `text` spells `word` (lower-case ASCII) at `at`, ASCII letters in either case: what a
 * regex with the `i` flag and no `u` compares, without a regex to compile for one word.
 */
export function spellsAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * `word` (lower-case ASCII, matched in any case) and one or more spaces of any kind right before
 * `at`, all within the `window` characters before it: what /word[\s\u00a0]+$/i says of
 * text.slice(at - window, at), without a regex to compile.
 */
export function wordAndSpacesBefore(
  text: string,
  at: number,
  word: string,
  window: number,
): boolean {
  const from = Math.max(0, at - window);
  let i = at;
  while (i > from && isRegexSpace(text.charCodeAt(i - 1))) i--;
  return i < at && i - word.length >= from && spellsAt(text, i - word.length, word);
}

/** A letter in any script (covers "Laçin", "Yeşilgöz", "Neppérus"). */
export const isLetter = (ch: string | undefined): boolean => {
  const c = ch === undefined ? -1 : ch.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  return c >= 0xc0 && isCasedLetter(ch!);
};

/** Beyond ASCII, a letter is what has an upper and a lower case (the rare path of the scans). */
const isCasedLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

// The run scanners below read a page's text a character at a time for every date, name and
// question number; they test char codes in their own loop instead of calling a predicate per
// character, so a small page does not make V8 tier up a one-line helper (docs/performance.md).

/** Start of the run of letters that ends at `end`; reads at most `max` + 1 letters. */
export function letterRunStart(text: string, end: number, max: number): number {
  let p = end;
  while (p > 0 && end - p <= max) {
    const c = text.charCodeAt(p - 1);
    const ascii = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!ascii && !(c >= 0xc0 && isCasedLetter(text[p - 1]!))) break;
    p--;
  }
  return p;
}

/** End of the run of letters that starts at `start`; reads at most `max` + 1 letters. */
export function letterRunEnd(text: string, start: number, max: number): number {
  let p = start;
  while (p < text.length && p - start <= max) {
    const c = text.charCodeAt(p);
    const ascii = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!ascii && !(c >= 0xc0 && isCasedLetter(text[p]!))) break;
    p++;
  }
  return p;
}

/** Start of the run of ASCII digits that ends at `end`; reads at most `max` + 1 digits. */
export function digitRunStart(text: string, end: number, max: number): number {
  let p = end;
  while (p > 0 && end - p <= max) {
    const c = text.charCodeAt(p - 1);
    if (c < 0x30 || c > 0x39) break;
    p--;
  }
  return p;
}

/** End of the run of ASCII digits that starts at `start`; reads at most `max` + 1 digits. */
export function digitRunEnd(text: string, start: number, max: number): number {
  let p = start;
  while (p < text.length && p - start <= max) {
    const c = text.charCodeAt(p);
    if (c < 0x30 || c > 0x39) break;
    p++;
  }
  return p;
}

/**
 * The run of letters that ends at `end`, or '' when it is longer than `max` letters: for "is the
 * word before this one of …" checks, without a Unicode regex to compile.
 */
export function wordEndingAt(text: string, end: number, max: number): string {
  const start = letterRunStart(text, end, max);
  return end - start > max ? '' : text.slice(start, end);
}

export const isWordChar = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch);

/**
 * True when pos lies inside a URL ("https://…/kv-tk-2022Z04510.html", "www.…"): ids there are part
 * of a link, not references in the text. Looks back at most 300 characters, to the last space.
 */
export function insideUrl(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 300);
  let start = pos;
  while (start > from && !/\s/.test(text[start - 1] ?? ' ')) start--;
  const word = text.slice(start, pos);
  return word.includes('://') || word.startsWith('www.');
}

/** "32 761", "32\u00a0761" → "32761". */
export const stripSpaces = (s: string): string => {
  let out = '';
  for (const ch of s) if (!SPACE_CHARS.includes(ch)) out += ch;
  return out;
};

/** "32761" → "32 761", the way dossier numbers are printed in labels. */
export const printDossier = (digits: string): string =>
  digits.length === 5 ? `${digits.slice(0, 2)} ${digits.slice(2)}` : digits;

const ROMAN = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;

/**
 * A begroting-style dossier suffix: a Roman numeral I–XXIX, optionally followed by one capital
 * ("VII", "IIA", "IXB").
 */
export function isRomanSuffix(token: string): boolean {
  if (token.length === 0 || token.length > 7) return false;
  const last = token[token.length - 1] ?? '';
  const body = /[A-Z]/.test(last) && !'IVX'.includes(last) ? token.slice(0, -1) : token;
  return body.length > 0 && ROMAN.test(body);
}

/**
 * A parliamentary year in any printed form ("2021/22", "2021–2022", "2021-2022", "1999/00") →
 * "20212022"; null when the second year does not follow the first.
 */
export function sessionYears(first: string, second: string): string | null {
  const y1 = Number(first);
  if (!Number.isInteger(y1) || first.length !== 4) return null;
  const next = y1 + 1;
  const ok =
    (second.length === 4 && Number(second) === next) ||
    (second.length === 2 && Number(second) === next % 100);
  return ok ? `${y1}${next}` : null;
}

/** "20212022" → "2021/22", for labels. */
export const printSession = (years: string): string => `${years.slice(0, 4)}/${years.slice(6)}`;

/** Expand "1 – 3" to ["1","2","3"]; keeps at most `limit` numbers so a typo cannot explode. */
export function expandRange(from: string, to: string, limit = 50): string[] {
  const a = Number(from);
  const b = Number(to);
  if (!Number.isInteger(a) || !Number.isInteger(b) || b < a || b - a >= limit) return [from];
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(String(n));
  return out;
}
