/**
 * Character classes and small normalizers shared by the reference recognizers.
 * Published texts mix plain spaces with no-break spaces, and hyphens with en dashes, no-break
 * hyphens and minus signs; every recognizer accepts all of them through these helpers.
 */

/** Space characters that may separate the parts of a citation ("32 761", "8 juli"). */
export const SPACE_CHARS = ' \u00a0\u202f\u2009';

/** Dash characters used between dossier parts: hyphen, U+2010, no-break hyphen, figure dash, en/em dash, minus. */
export const DASH_CHARS = '-\u2010\u2011\u2012\u2013\u2014\u2212';

/** Regex character class bodies for the two sets (for use inside `[...]`). */
export const SPACE_CLASS = ' \\u00a0\\u202f\\u2009';
export const DASH_CLASS = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212';

export const isSpace = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== '' && SPACE_CHARS.includes(ch);

export const isDash = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== '' && DASH_CHARS.includes(ch);

export const isDigit = (ch: string | undefined): boolean =>
  ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';

export const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch.length === 1 && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** A letter in any script (covers "Laçin", "Yeşilgöz", "Neppérus"). */
export const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch.length === 1 && ch.toLowerCase() !== ch.toUpperCase();

export const isWordChar = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch);

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
