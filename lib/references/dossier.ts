/**
 * The dossier citation grammar shared by Kamerstukken and motions: a dossier number with its
 * suffixes, an optional second dossier ("32 761 en 30 821"), an R-number, and the document number(s).
 *
 *   35 300 VII, nr. 8 · 35300-A, nr. 15 · 21501-32-1188 · 30821–90 · 23908-(R1519)-131
 *   36 062, nrs. 1 – 3 · 33802, C · 35 099 (R2114) · 32 761 en 30 821, Nr. 152
 *   Eerste Kamer letters: 35 300 VI, letter Y · (35300, L) · 36 600 B, A · 22 112 / 31 544, CK
 *   Other printed forms: 35.347, nr. 4 · 21501 08-928 · 36606 -3 · amendement 36067 – 61
 *
 * Hand-written scanner over indexes: every step reads a bounded number of characters, so one call is
 * constant work and a pass over a text is linear.
 */
import {
  DASH_CLASS,
  SPACE_CLASS,
  expandRange,
  isDash,
  isDigit,
  isLetter,
  isRomanSuffix,
  isSpace,
  isUpper,
  isWordChar,
} from './normalize';
import { lookupMonth } from './date-lexicon';

export interface DossierCitation {
  start: number;
  end: number;
  /** Five digits, spaces removed: "35300"; or an Eerste Kamer Roman numeral: "CLVI". */
  dossier: string;
  /** Suffixes in order: ["VII"], ["A"], ["08"], ["IIA"]. */
  parts: string[];
  /** Document numbers, a range expanded: ["8"], ["1","2","3"], ["C"]; empty for a dossier alone. */
  numbers: string[];
  /** True when the numbers came from "nr."/"nrs." (or, after a keyword, ", 3"/", C"). */
  explicitNumber: boolean;
  /** True when a dash joined dossier and a part ("30821–90", "33400-IIA"). */
  dashed: boolean;
  /** True when the dossier was printed with a thousands dot ("35.347"): an amount unless more follows. */
  dotted: boolean;
  /** True when the document is an Eerste Kamer letter ("35300, L", "35 300 VI, letter Y"). */
  ekLetter: boolean;
  /** "R2114" when the citation carried a rijkswet number. */
  rNumber: string | null;
}

/** "nr." / "nrs." / "Nr." / "nummer" right after a dossier (optional comma, up to two spaces). */
const NR_WORD = new RegExp(
  `,?[${SPACE_CLASS}]{0,2}(?:[Nn]rs?\\.|[Nn]ummers?)[${SPACE_CLASS}]{0,2}`,
  'y',
);
/** After a keyword: "33802, C", "30320, 3" (a bare number or EK letter after a comma). */
const COMMA_NUMBER = new RegExp(`,[${SPACE_CLASS}]{0,2}(?=[0-9A-Z])`, 'y');
/** A document number: "8", "235a" (older numbering), or an Eerste Kamer letter "C". */
const NUMBER_TOKEN = /(\d{1,4}[a-z]?|[A-Z]{1,3})(?![0-9A-Za-z])/y;
const RANGE_SEP = new RegExp(
  `[${SPACE_CLASS}]{0,2}(?:[${DASH_CLASS}]|t\\/m|tot en met)[${SPACE_CLASS}]{0,2}(?=\\d)`,
  'y',
);
const LIST_SEP = new RegExp(
  `(?:,[${SPACE_CLASS}]{0,2}|[${SPACE_CLASS}]en[${SPACE_CLASS}])(?=\\d)`,
  'y',
);
/** A second dossier: "32 761 en 30 821", "22 112 / 31 544", "22112/31544". */
const AND_DOSSIER = new RegExp(
  `(?:[${SPACE_CLASS}](?:en|&)[${SPACE_CLASS}]|[${SPACE_CLASS}]{0,2}\\/[${SPACE_CLASS}]{0,2})(?=[1-3]\\d)`,
  'y',
);
/** ", letter Y" / " letter Y" / ", letters AA" / " EK B": how the Eerste Kamer prints the letter of a document. */
const LETTER_WORD = new RegExp(
  `(?:,?[${SPACE_CLASS}]{1,2}letters?|[${SPACE_CLASS}]EK)[${SPACE_CLASS}]{1,2}(?=[A-Z])`,
  'y',
);
/** ", L": an Eerste Kamer letter right after the dossier (checked further in `readEkLetter`). */
const COMMA_LETTER = new RegExp(`,[${SPACE_CLASS}]{0,2}(?=[A-Z])`, 'y');
/** "36067 – 61": a dash with spaces on both sides, only where the context says it is a citation. */
const SPACED_DASH = new RegExp(
  `[${SPACE_CLASS}]{1,2}[${DASH_CLASS}][${SPACE_CLASS}]{1,2}(?=\\d)`,
  'y',
);
/** Lower-case words that may follow an Eerste Kamer letter ("35300, L en M", "33802, C, p. 3"). */
/** After "A. ": a name particle or a further initial, so "A." was an initial. */
const INITIAL_AFTER = /^(?:[A-Z]\.|(?:van|de|der|den|ter|ten|in 't|'t)[ \u00a0])/;
const AFTER_LETTER_WORDS = new Set(['en', 'of', 'p', 'blz', 'pag', 'nr', 'nrs', 'item']);
/** Dossiers whose documents always sit in a numbered sub-dossier ("21501-20" is a dossier, not a document). */
const SUBDOSSIER_SERIES = new Set(['21501']);
/** A rijkswet number: "(R2114)", "(R 2034)", "-R1519". */
const R_NUMBER = /\(?R ?(\d{3,4})\)?(?![0-9A-Za-z])/y;

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Read "35300", "35 300" or "35.300" at pos; null when no dossier number starts there. */
function readDossierDigits(
  text: string,
  pos: number,
): { digits: string; end: number; dotted: boolean } | null {
  const c0 = text[pos];
  if (c0 === undefined || c0 < '1' || c0 > '3' || !isDigit(text[pos + 1])) return null;
  let i = pos + 2;
  const dotted = text[i] === '.' && isDigit(text[i + 1]);
  const spaced = dotted || (isSpace(text[i]) && isDigit(text[i + 1]));
  if (spaced) i++;
  if (!isDigit(text[i]) || !isDigit(text[i + 1]) || !isDigit(text[i + 2])) return null;
  const end = i + 3;
  if (isDigit(text[end])) return null;
  // "35 300.000", "35.300,00": a number, not a dossier.
  if ((text[end] === '.' || text[end] === ',') && isDigit(text[end + 1])) return null;
  const digits = spaced ? text.slice(pos, pos + 2) + text.slice(i, end) : text.slice(pos, end);
  return { digits, end, dotted };
}

const ROMAN_VALUE: Record<string, number> = { C: 100, L: 50, X: 10, V: 5, I: 1 };

/** The value of a well-formed Roman numeral of the letters C, L, X, V, I; 0 when it is not one. */
export function romanValue(token: string): number {
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = ROMAN_VALUE[token[i]!] ?? 0;
    const next = ROMAN_VALUE[token[i + 1] ?? ''] ?? 0;
    if (v === 0) return 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === token ? total : 0;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * The Eerste Kamer numbers its own dossiers (Reglement van Orde, its budget) with Roman numerals
 * from C upwards: "CLVI, letter E", "(CLVI)". Read one at pos; null when none starts there.
 */
function readRomanDossier(text: string, pos: number): { digits: string; end: number } | null {
  if (text[pos] !== 'C' || isLetter(text[pos - 1])) return null;
  let j = pos;
  while (j < pos + 9 && 'CLXVI'.includes(text[j] ?? '?')) j++;
  if (isWordChar(text[j])) return null;
  const token = text.slice(pos, j);
  const value = romanValue(token);
  return value >= 100 && value < 200 ? { digits: token, end: j } : null;
}

/** True when a dossier may start at pos: not inside a word, a longer number or an amount. */
export function canStartDossier(text: string, pos: number): boolean {
  const prev = text[pos - 1];
  if (isWordChar(prev) || prev === '.' || prev === ',' || prev === '/' || prev === '€')
    return false;
  if (isDash(prev) && isDigit(text[pos - 2])) return false;
  if (isSpace(prev)) {
    const before = text[pos - 2];
    if (isDigit(before) || before === '€' || before === '$') return false;
  }
  return true;
}

/** "12 345" or "12.5" from `end`: the digits before it were part of a bigger number, not a document number. */
function continuesNumber(text: string, end: number): boolean {
  const ch = text[end];
  if ((ch === '.' || ch === ',') && isDigit(text[end + 1])) return true;
  return (
    isSpace(ch) &&
    isDigit(text[end + 1]) &&
    isDigit(text[end + 2]) &&
    isDigit(text[end + 3]) &&
    !isDigit(text[end + 4])
  );
}

/**
 * What may follow an Eerste Kamer letter printed without the word "letter" ("(35300, L)", "34 568, H
 * en …"): punctuation, the end, or one of a few small words; not a word, an initial or a possessive.
 */
function fitsAfterLetter(text: string, j: number): boolean {
  const ch = text[j];
  if (ch === undefined) return true;
  if (isWordChar(ch)) return false;
  if ((isDash(ch) || ch === "'" || ch === '’' || ch === '.') && isLetter(text[j + 1])) return false;
  // "35 300, A. de Vries", "35 300, A.J. Jansen": an initial, not a letter.
  if (ch === '.' && isSpace(text[j + 1]) && INITIAL_AFTER.test(text.slice(j + 2, j + 7)))
    return false;
  if (!isSpace(ch)) return true;
  const next = text[j + 1];
  if (next === undefined || !isLetter(next) || isUpper(next)) return true;
  let k = j + 1;
  while (k < j + 8 && isLetter(text[k])) k++;
  return AFTER_LETTER_WORDS.has(text.slice(j + 1, k));
}

/**
 * An Eerste Kamer letter at pos ("L", "CK", "AA"). After the word "letter" up to three capitals;
 * after a bare comma at most two, and only where `fitsAfterLetter` allows.
 */
function readEkLetter(
  text: string,
  pos: number,
  afterWord: boolean,
): { token: string; end: number } | null {
  let j = pos;
  while (j < pos + 4 && text[j] !== undefined && text[j]! >= 'A' && text[j]! <= 'Z') j++;
  const length = j - pos;
  if (length === 0 || length > (afterWord ? 3 : 2) || isWordChar(text[j])) return null;
  if (!afterWord && !fitsAfterLetter(text, j)) return null;
  return { token: text.slice(pos, j), end: j };
}

/** A document letter right after the dossier: ", letter Y" or ", L". */
function ekLetterAt(text: string, pos: number): { token: string; end: number } | null {
  const word = stickyAt(LETTER_WORD, text, pos);
  if (word) return readEkLetter(text, pos + word[0].length, true);
  const comma = stickyAt(COMMA_LETTER, text, pos);
  return comma ? readEkLetter(text, pos + comma[0].length, false) : null;
}

type Part = { token: string; numeric: boolean };

/**
 * One suffix after the dossier: "-A", " VII", "-08", "-(R1519)", " (R2114)", "-46", " 08" before
 * "-928" or "nr.", " -3" (a stray space before the dash), " B" before an Eerste Kamer letter.
 * `loose`: after a keyword or an opening parenthesis, where a lone capital is a suffix ("32 500 C").
 */
function readPart(
  text: string,
  pos: number,
  loose: boolean,
): { part: Part | null; r: string | null; end: number } | null {
  const sep = text[pos];
  let dashed = isDash(sep);
  if (!dashed && !isSpace(sep)) return null;
  let at = pos + 1;
  // "36606 -3", "34158 -(R2048)": a space before the dash, none after it.
  if (!dashed && isDash(text[at]) && (isDigit(text[at + 1]) || text[at + 1] === '(')) {
    dashed = true;
    at++;
  }
  const r = stickyAt(R_NUMBER, text, at);
  if (r && (r[0].startsWith('(') ? r[0].endsWith(')') : true) && (dashed || r[0].startsWith('(')))
    return { part: null, r: `R${r[1]}`, end: at + r[0].length };
  if (dashed && isDigit(text[at])) {
    let j = at;
    while (j < at + 5 && isDigit(text[j])) j++;
    if (j - at > 4 || isDigit(text[j]) || isLetter(text[j])) return null;
    return { part: { token: text.slice(at, j), numeric: true }, r: null, end: j };
  }
  // "21501 08-928", "21501 08, nr. 928": a two-digit sub-dossier after a space.
  if (!dashed && isDigit(text[at]) && isDigit(text[at + 1]) && !isWordChar(text[at + 2])) {
    const next = at + 2;
    const joined =
      (isDash(text[next]) && isDigit(text[next + 1])) || stickyAt(NR_WORD, text, next) !== null;
    if (joined && (loose || text[at] === '0'))
      return { part: { token: text.slice(at, next), numeric: true }, r: null, end: next };
    return null;
  }
  if (isUpper(text[at])) {
    let j = at;
    while (j < at + 8 && isUpper(text[j])) j++;
    if (isWordChar(text[j])) return null;
    const token = text.slice(at, j);
    // After a space only Roman numerals ("35 300 VII"), a letter that "nr." follows ("31700 A,
    // nr. 66"), a letter before an Eerste Kamer letter ("36 600 B, A") or, in a loose context, a
    // lone letter ("Kamerstuk 32 500 C"); after a dash any short capital suffix ("35300-A").
    const beforeNr = token.length <= 2 && stickyAt(NR_WORD, text, j) !== null;
    const single = token.length === 1 && /[A-Z]/.test(token);
    const beforeLetter = single && ekLetterAt(text, j) !== null;
    const lone = single && ((loose && fitsAfterLetter(text, j)) || text[j] === ')');
    if (isRomanSuffix(token) || beforeNr || beforeLetter || lone || (dashed && token.length <= 3))
      return { part: { token, numeric: false }, r: null, end: j };
  }
  return null;
}

/** A document number token at pos that is not the start of a bigger number ("36 200", "3.5"). */
function numberAt(text: string, pos: number, re: RegExp): RegExpExecArray | null {
  const m = stickyAt(re, text, pos);
  if (!m || (isDigit(m[1]?.[0]) && continuesNumber(text, pos + m[0].length))) return null;
  return m;
}

/** Read "nr. 8", "nrs. 1 – 3", "nrs. 1016 en 1044", "nr. C" at pos. */
function readNumbers(text: string, pos: number): { numbers: string[]; end: number } | null {
  const first = numberAt(text, pos, NUMBER_TOKEN);
  if (!first) return null;
  const numbers: string[] = [];
  let end = pos + first[0].length;
  const head = first[1] ?? '';
  const range = isDigit(head[0]) ? stickyAt(RANGE_SEP, text, end) : null;
  if (range) {
    const to = numberAt(text, end + range[0].length, /(\d{1,4})(?![0-9A-Za-z])/y);
    if (to && to[1]) {
      numbers.push(...expandRange(head, to[1]));
      return { numbers, end: end + range[0].length + to[0].length };
    }
  }
  numbers.push(head);
  for (let k = 0; k < 12 && isDigit(head[0]); k++) {
    const sep = stickyAt(LIST_SEP, text, end);
    if (!sep) break;
    const next = numberAt(text, end + sep[0].length, /(\d{1,4})(?![0-9A-Za-z])/y);
    if (!next || !next[1]) break;
    numbers.push(next[1]);
    end += sep[0].length + next[0].length;
  }
  return { numbers, end };
}

/** "Kamerstuk 35 300, 12 mei": the number after the comma is a day, not a document. */
function dayBeforeMonth(text: string, end: number): boolean {
  let p = end;
  while (p < end + 3 && isSpace(text[p])) p++;
  if (p === end) return false;
  let q = p;
  while (q < p + 10 && isLetter(text[q])) q++;
  return q > p && lookupMonth(text.slice(p, q)) !== null;
}

/** "36067 – 61" (spaced dash) in a loose context; in parentheses the ")" must follow. */
function spacedDashNumber(
  text: string,
  pos: number,
  parenthesized: boolean,
): { number: string; end: number } | null {
  const dash = stickyAt(SPACED_DASH, text, pos);
  if (!dash) return null;
  const at = pos + dash[0].length;
  const m = numberAt(text, at, /(\d{1,4})(?![0-9A-Za-z])/y);
  if (!m || !m[1]) return null;
  const end = at + m[0].length;
  if (parenthesized && text[end] !== ')') return null;
  return { number: m[1], end };
}

/**
 * Parse a dossier citation starting exactly at `pos` (the first digit of the dossier).
 * `afterKeyword` allows the looser forms that only make sense after "Kamerstuk(ken)": ", 3" and ", C";
 * after a keyword or "(" a spaced dash ("36067 – 61") and a lone capital suffix are accepted too.
 */
export function parseDossierCitation(
  text: string,
  pos: number,
  afterKeyword: boolean,
): DossierCitation | null {
  const parenthesized = text[pos - 1] === '(';
  const roman = readRomanDossier(text, pos);
  if (roman) return romanCitation(text, pos, roman, parenthesized);
  const head = readDossierDigits(text, pos);
  if (!head) return null;
  const loose = afterKeyword || parenthesized;
  const parts: Part[] = [];
  let rNumber: string | null = null;
  let end = head.end;
  let dashed = false;
  for (let k = 0; k < 4; k++) {
    const p = readPart(text, end, loose);
    if (!p) break;
    if (isDash(text[end]) || isDash(text[end + 1])) dashed = true;
    if (p.part) {
      // A number after a number ends the part list unless a dash joins them ("21501-32-1188").
      parts.push(p.part);
    } else rNumber = p.r;
    end = p.end;
  }
  // A second dossier in a combined citation: "32 761 en 30 821, nr. 152", "22 112 / 31 544, CK".
  // The first one counts.
  const and = stickyAt(AND_DOSSIER, text, end);
  if (and) {
    const other = readDossierDigits(text, end + and[0].length);
    if (other) {
      let e = other.end;
      for (let k = 0; k < 3; k++) {
        const p = readPart(text, e, false);
        if (!p || (p.part && p.part.numeric)) break;
        e = p.end;
      }
      if (stickyAt(NR_WORD, text, e) || ekLetterAt(text, e)) end = e;
    }
  }
  let numbers: string[] = [];
  let explicitNumber = false;
  let ekLetter = false;
  const nr = stickyAt(NR_WORD, text, end);
  const letter = nr ? null : ekLetterAt(text, end);
  if (nr) {
    const read = readNumbers(text, end + nr[0].length);
    if (read) {
      numbers = read.numbers;
      explicitNumber = true;
      end = read.end;
    }
  } else if (letter) {
    numbers = [letter.token];
    explicitNumber = true;
    ekLetter = true;
    end = letter.end;
  } else if (afterKeyword) {
    const comma = stickyAt(COMMA_NUMBER, text, end);
    const read = comma ? readNumbers(text, end + comma[0].length) : null;
    if (read && isDigit(read.numbers[0]?.[0]) && !dayBeforeMonth(text, read.end)) {
      numbers = read.numbers;
      explicitNumber = true;
      end = read.end;
    }
  }
  if (!explicitNumber && loose && !parts.some((p) => p.numeric)) {
    const spaced = spacedDashNumber(text, end, parenthesized && !afterKeyword);
    if (spaced) {
      numbers = [spaced.number];
      dashed = true;
      end = spaced.end;
    }
  }
  if (numbers.length === 0) {
    const last = parts[parts.length - 1];
    // "30821–90": the last number is the document number. "21501-08": a two-digit sub-dossier with
    // a leading zero stays a suffix, and so does any sub-dossier of a series such as 21501.
    const subDossier =
      last !== undefined &&
      last.token.length === 2 &&
      (last.token.startsWith('0') || (parts.length === 1 && SUBDOSSIER_SERIES.has(head.digits)));
    if (last && last.numeric && !subDossier) {
      parts.pop();
      numbers = [last.token];
    }
  }
  return {
    start: pos,
    end,
    dossier: head.digits,
    parts: parts.map((p) => p.token),
    numbers,
    explicitNumber,
    dashed,
    dotted: head.dotted,
    ekLetter,
    rNumber,
  };
}

/** "CLVI, letter E" (a document) or "(CLVI)" (the dossier alone between parentheses). */
function romanCitation(
  text: string,
  pos: number,
  head: { digits: string; end: number },
  parenthesized: boolean,
): DossierCitation | null {
  const letter = ekLetterAt(text, head.end);
  if (!letter && !(parenthesized && text[head.end] === ')')) return null;
  return {
    start: pos,
    end: letter ? letter.end : head.end,
    dossier: head.digits,
    parts: [],
    numbers: letter ? [letter.token] : [],
    explicitNumber: letter !== null,
    dashed: false,
    dotted: false,
    ekLetter: letter !== null,
    rNumber: null,
  };
}

/** kst-35300-VII-8, or dossier-35165 when the citation names no document. */
export function citationTargets(c: DossierCitation): { target: string; also: string[] } {
  const base = [c.dossier, ...c.parts].join('-');
  if (c.numbers.length === 0) return { target: `dossier-${base}`, also: [] };
  const all = c.numbers.map((n) => `kst-${base}-${n}`);
  return { target: all[0] ?? `dossier-${base}`, also: all.slice(1) };
}

/** "35 300 VII nr. 8", for tooltips. */
export function citationLabel(c: DossierCitation): string {
  const dossier = isDigit(c.dossier[0])
    ? `${c.dossier.slice(0, 2)} ${c.dossier.slice(2)}`
    : c.dossier;
  const parts = c.parts.length ? ` ${c.parts.join(' ')}` : '';
  if (c.numbers.length === 0) return `${dossier}${parts}`;
  const nrs = c.numbers.length === 1 ? `nr. ${c.numbers[0]}` : `nrs. ${c.numbers.join(', ')}`;
  return `${dossier}${parts} ${nrs}`;
}
