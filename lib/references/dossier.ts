/**
 * The dossier citation grammar shared by Kamerstukken and motions: a dossier number with its
 * suffixes, an optional second dossier ("32 761 en 30 821"), an R-number, and the document number(s).
 *
 *   35 300 VII, nr. 8 · 35300-A, nr. 15 · 21501-32-1188 · 30821–90 · 23908-(R1519)-131
 *   36 062, nrs. 1 – 3 · 33802, C · 35 099 (R2114) · 32 761 en 30 821, Nr. 152
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

export interface DossierCitation {
  start: number;
  end: number;
  /** Five digits, spaces removed: "35300". */
  dossier: string;
  /** Suffixes in order: ["VII"], ["A"], ["08"], ["IIA"]. */
  parts: string[];
  /** Document numbers, a range expanded: ["8"], ["1","2","3"], ["C"]; empty for a dossier alone. */
  numbers: string[];
  /** True when the numbers came from "nr."/"nrs." (or, after a keyword, ", 3"/", C"). */
  explicitNumber: boolean;
  /** True when a dash joined dossier and a part ("30821–90", "33400-IIA"). */
  dashed: boolean;
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
const NUMBER_TOKEN = /(\d{1,4}|[A-Z]{1,3})(?![0-9A-Za-z])/y;
const RANGE_SEP = new RegExp(
  `[${SPACE_CLASS}]{0,2}(?:[${DASH_CLASS}]|t\\/m|tot en met)[${SPACE_CLASS}]{0,2}(?=\\d)`,
  'y',
);
const LIST_SEP = new RegExp(
  `(?:,[${SPACE_CLASS}]{0,2}|[${SPACE_CLASS}]en[${SPACE_CLASS}])(?=\\d)`,
  'y',
);
const AND_DOSSIER = new RegExp(`[${SPACE_CLASS}](?:en|&)[${SPACE_CLASS}](?=[1-3]\\d)`, 'y');
const R_NUMBER = /\(?R(\d{3,4})\)?(?![0-9A-Za-z])/y;

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Read "35300" or "35 300" at pos; null when no dossier number starts there. */
function readDossierDigits(text: string, pos: number): { digits: string; end: number } | null {
  const c0 = text[pos];
  if (c0 === undefined || c0 < '1' || c0 > '3' || !isDigit(text[pos + 1])) return null;
  let i = pos + 2;
  const spaced = isSpace(text[i]) && isDigit(text[i + 1]);
  if (spaced) i++;
  if (!isDigit(text[i]) || !isDigit(text[i + 1]) || !isDigit(text[i + 2])) return null;
  const end = i + 3;
  if (isDigit(text[end])) return null;
  // "35 300.000", "35.300,00": a number, not a dossier.
  if ((text[end] === '.' || text[end] === ',') && isDigit(text[end + 1])) return null;
  const digits = spaced ? text.slice(pos, pos + 2) + text.slice(i, end) : text.slice(pos, end);
  return { digits, end };
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

type Part = { token: string; numeric: boolean };

/** One suffix after the dossier: "-A", " VII", "-08", "-(R1519)", " (R2114)", "-46". */
function readPart(
  text: string,
  pos: number,
): { part: Part | null; r: string | null; end: number } | null {
  const sep = text[pos];
  const dashed = isDash(sep);
  if (!dashed && !isSpace(sep)) return null;
  const at = pos + 1;
  const r = stickyAt(R_NUMBER, text, at);
  if (r && (r[0].startsWith('(') ? r[0].endsWith(')') : true) && (dashed || r[0].startsWith('(')))
    return { part: null, r: `R${r[1]}`, end: at + r[0].length };
  if (dashed && isDigit(text[at])) {
    let j = at;
    while (j < at + 5 && isDigit(text[j])) j++;
    if (j - at > 4 || isDigit(text[j]) || isLetter(text[j])) return null;
    return { part: { token: text.slice(at, j), numeric: true }, r: null, end: j };
  }
  if (isUpper(text[at])) {
    let j = at;
    while (j < at + 8 && isUpper(text[j])) j++;
    if (isWordChar(text[j])) return null;
    const token = text.slice(at, j);
    // After a space only Roman numerals ("35 300 VII") or a letter that "nr." follows ("31700 A,
    // nr. 66"); after a dash any short capital suffix ("35300-A").
    const beforeNr = token.length <= 2 && stickyAt(NR_WORD, text, j) !== null;
    if (isRomanSuffix(token) || beforeNr || (dashed && token.length <= 3))
      return { part: { token, numeric: false }, r: null, end: j };
  }
  return null;
}

/** Read "nr. 8", "nrs. 1 – 3", "nrs. 1016 en 1044", "nr. C" at pos. */
function readNumbers(text: string, pos: number): { numbers: string[]; end: number } | null {
  const first = stickyAt(NUMBER_TOKEN, text, pos);
  if (!first) return null;
  const numbers: string[] = [];
  let end = pos + first[0].length;
  const head = first[1] ?? '';
  const range = /^\d/.test(head) ? stickyAt(RANGE_SEP, text, end) : null;
  if (range) {
    const to = stickyAt(/(\d{1,4})(?![0-9A-Za-z])/y, text, end + range[0].length);
    if (to && to[1]) {
      numbers.push(...expandRange(head, to[1]));
      return { numbers, end: end + range[0].length + to[0].length };
    }
  }
  numbers.push(head);
  for (let k = 0; k < 12 && /^\d/.test(head); k++) {
    const sep = stickyAt(LIST_SEP, text, end);
    if (!sep) break;
    const next = stickyAt(/(\d{1,4})(?![0-9A-Za-z])/y, text, end + sep[0].length);
    if (!next || !next[1]) break;
    numbers.push(next[1]);
    end += sep[0].length + next[0].length;
  }
  return { numbers, end };
}

/**
 * Parse a dossier citation starting exactly at `pos` (the first digit of the dossier).
 * `afterKeyword` allows the looser forms that only make sense after "Kamerstuk(ken)": ", 3" and ", C".
 */
export function parseDossierCitation(
  text: string,
  pos: number,
  afterKeyword: boolean,
): DossierCitation | null {
  const head = readDossierDigits(text, pos);
  if (!head) return null;
  const parts: Part[] = [];
  let rNumber: string | null = null;
  let end = head.end;
  let dashed = false;
  for (let k = 0; k < 4; k++) {
    const p = readPart(text, end);
    if (!p) break;
    if (isDash(text[end])) dashed = true;
    if (p.part) {
      // A number after a number ends the part list unless a dash joins them ("21501-32-1188").
      parts.push(p.part);
    } else rNumber = p.r;
    end = p.end;
  }
  // A second dossier in a combined citation: "32 761 en 30 821, nr. 152". The first one counts.
  const and = stickyAt(AND_DOSSIER, text, end);
  if (and) {
    const other = readDossierDigits(text, end + and[0].length);
    if (other) {
      let e = other.end;
      for (let k = 0; k < 3; k++) {
        const p = readPart(text, e);
        if (!p || (p.part && p.part.numeric)) break;
        e = p.end;
      }
      if (stickyAt(NR_WORD, text, e)) end = e;
    }
  }
  let numbers: string[] = [];
  let explicitNumber = false;
  const nr = stickyAt(NR_WORD, text, end);
  const comma = !nr && afterKeyword ? stickyAt(COMMA_NUMBER, text, end) : null;
  const numberMark = nr ?? comma;
  if (numberMark) {
    const read = readNumbers(text, end + numberMark[0].length);
    if (read) {
      numbers = read.numbers;
      explicitNumber = true;
      end = read.end;
    }
  }
  if (!explicitNumber) {
    const last = parts[parts.length - 1];
    // "30821–90": the last number is the document number. "21501-08": a two-digit sub-dossier with
    // a leading zero stays a suffix.
    if (last && last.numeric && !(last.token.length === 2 && last.token.startsWith('0'))) {
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
    rNumber,
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
  const dossier = `${c.dossier.slice(0, 2)} ${c.dossier.slice(2)}`;
  const parts = c.parts.length ? ` ${c.parts.join(' ')}` : '';
  if (c.numbers.length === 0) return `${dossier}${parts}`;
  const nrs = c.numbers.length === 1 ? `nr. ${c.numbers[0]}` : `nrs. ${c.numbers.join(', ')}`;
  return `${dossier}${parts} ${nrs}`;
}
