/**
 * Kamerstukken: "Kamerstuk 35 165, nr. 2", "(29 435, nr. 256)", "21501-32-1188", "dossier 35 165",
 * Eerste Kamer letters ("35 300 VI, letter Y", "(35300, L)") and amendments ("amendement 36067 – 61").
 * A dossier number alone is too weak (amounts, counts), so a citation needs one of: a keyword before
 * it, "nr."/"nrs." or an Eerste Kamer letter after it, a dash joining it to a number or suffix, or an
 * R-number.
 */
import { guarded, matchesOf } from './guard';
import type { Match, RecognizeContext } from './types';
import {
  type DossierCitation,
  canStartDossier,
  citationLabel,
  citationTargets,
  parseDossierCitation,
} from './dossier';
import { GLUED_SESSION } from './session';
import { SPACE_CLASS, isRomanSuffix } from './normalize';

/** The words that announce a dossier, with the chamber and year that may follow them. */
export const KAMERSTUK_KEYWORD = new RegExp(
  `\\b(?:[Kk]amerstuk(?:ken|nummer|dossier)?|[Dd]ossier(?:nummer)?|[Ww]etsvoorstel|[Aa]mendement(?:en)?|EK|TK)` +
    `(?:[${SPACE_CLASS}](?:I{1,2}|EK|TK))?` +
    `(?:,?[${SPACE_CLASS}](?:vergaderjaar[${SPACE_CLASS}])?\\d{4}(?:\\/|[\\-\\u2013])\\d{2,4})?` +
    `,?[${SPACE_CLASS}]{1,2}(?=[1-3]\\d|C[CLXVI])`,
  'g',
);

/** An Eerste Kamer Roman-numeral dossier (checked further by the parser). */
const ROMAN_START = /(?<![0-9A-Za-z])C[CLXVI]{1,8}(?![0-9A-Za-z])/g;
const DOSSIER_START = new RegExp(`(?<![0-9A-Za-z])[1-3]\\d[${SPACE_CLASS}.]?\\d{3}(?!\\d)`, 'g');

/**
 * Literal publication ids in running text: "kst-35165-9", "kst-35300-VII-8", "kst-21501-08-719"
 * (not inside a URL). Up to three parts, spelled out so no quantifier is nested.
 */
const KST_PART = '-[0-9A-Z]{1,5}';
const KST_ID = guarded(
  new RegExp(`(?<![/\\w-])kst-\\d{5}${KST_PART}(?:${KST_PART})?(?:${KST_PART})?(?![\\w-])`, 'g'),
  ['kst-'],
);

interface KeywordSpans {
  /** Where a keyword ends → where it starts. */
  byEnd: Map<number, number>;
  /** Where a keyword starts → where it ends. */
  byStart: Map<number, number>;
}

/** The last text scanned, so the motion and Kamerstuk recognizers share one scan of a text. */
let lastScan: { text: string; spans: KeywordSpans } | null = null;

/**
 * Every KAMERSTUK_KEYWORD in `text`, found with one scan. The motion recognizer asks whether one
 * starts right after a "(": no match of the scan can span a "(", so the scan finds every keyword
 * that a sticky search at that position would (and the page compiles one regex, not two).
 */
export function keywordSpans(text: string): KeywordSpans {
  if (lastScan?.text === text) return lastScan.spans;
  const spans: KeywordSpans = { byEnd: new Map(), byStart: new Map() };
  KAMERSTUK_KEYWORD.lastIndex = 0;
  for (let m = KAMERSTUK_KEYWORD.exec(text); m; m = KAMERSTUK_KEYWORD.exec(text)) {
    const end = m.index + m[0].length;
    spans.byEnd.set(end, m.index);
    spans.byStart.set(m.index, end);
  }
  lastScan = { text, spans };
  return spans;
}

/** How the title of a bill starts (Aanwijzingen voor de regelgeving), right after its dossier number. */
const BILL_TITLE = new RegExp(
  `[${SPACE_CLASS}](?:Voorstel van (?:[Rr]ijks)?wet|Wijziging van|Goedkeuring van|Vaststelling van|Regels )`,
  'y',
);
const matchesAt = (re: RegExp, text: string, pos: number): boolean => {
  re.lastIndex = pos;
  return re.test(text);
};

/** A Roman-numeral suffix of two letters or more ("36 435 XVII", "36.410 XIII"): amounts never have one. */
const hasRomanPart = (c: DossierCitation): boolean =>
  c.parts.some((p) => p.length >= 2 && isRomanSuffix(p));

/** The Kamerstuk citation whose dossier number starts at pos, or null when it is too weak. */
function citationAt(text: string, pos: number, keywordStart: number | undefined): Match | null {
  const c = parseDossierCitation(text, pos, keywordStart !== undefined);
  if (!c) return null;
  const closes = text[c.end] === ')';
  // "(34630)" right after a bill's title, "(32 500 C)": a dossier alone between parentheses.
  const parenthesized = text[pos - 1] === '(' && closes && c.numbers.length === 0;
  // "(bijvoorbeeld 36 410 B)": a fund's letter suffix right before the closing parenthesis.
  const letterSuffix = closes && c.numbers.length === 0 && (c.parts.at(-1)?.length ?? 0) === 1;
  const roman = hasRomanPart(c);
  // "33 311 Voorstel van wet van het Lid Bontes …": a bill's heading, its dossier number first.
  const heading = (pos === 0 || text[pos - 1] === '\n') && matchesAt(BILL_TITLE, text, c.end);
  // "35.347" is how amounts are printed too: a dotted dossier needs more than the number.
  if (c.dotted && keywordStart === undefined && !c.explicitNumber && !roman) return null;
  const strong =
    parenthesized ||
    letterSuffix ||
    heading ||
    roman ||
    keywordStart !== undefined ||
    c.explicitNumber ||
    c.rNumber !== null ||
    (c.dashed && (c.numbers.length > 0 || c.parts.length > 0));
  if (!strong) return null;
  const start = keywordStart ?? pos;
  const { target, also } = citationTargets(c);
  const isDossier = c.numbers.length === 0;
  return {
    kind: 'kamerstuk',
    start,
    end: c.end,
    text: text.slice(start, c.end),
    target,
    date: null,
    ...(also.length ? { alsoTargets: also } : {}),
    label: `${isDossier ? 'Dossier' : 'Kamerstuk'} ${citationLabel(c)}`,
  };
}

export function recognizeKamerstukken(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  const keywords = keywordSpans(text).byEnd;
  DOSSIER_START.lastIndex = 0;
  for (let m = DOSSIER_START.exec(text); m; m = DOSSIER_START.exec(text)) {
    const pos = m.index;
    const keywordStart = keywords.get(pos);
    if (keywordStart === undefined && !canStartDossier(text, pos)) continue;
    const match = citationAt(text, pos, keywordStart);
    if (!match) continue;
    out.push(match);
    DOSSIER_START.lastIndex = Math.max(DOSSIER_START.lastIndex, match.end);
  }
  ROMAN_START.lastIndex = 0;
  for (let m = ROMAN_START.exec(text); m; m = ROMAN_START.exec(text)) {
    const match = citationAt(text, m.index, keywords.get(m.index));
    if (match) out.push(match);
  }
  // Page metadata: "Tweede Kamer der Staten-Generaal2016-201734550-VIII nr. 55" (year glued on).
  for (const m of matchesOf(GLUED_SESSION, text)) {
    const pos = m.index + m[0].length;
    const c = parseDossierCitation(text, pos, false);
    if (c && c.explicitNumber && !c.ekLetter) {
      const match = citationAt(text, pos, undefined);
      if (match) out.push(match);
    }
  }
  for (const m of matchesOf(KST_ID, text)) {
    out.push({
      kind: 'kamerstuk',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      target: m[0],
      date: null,
      label: `Kamerstuk ${m[0].slice(4)}`,
    });
  }
  return out;
}

/*
 * Real examples (fixture pages and published texts):
 *   "Ik heb daarop gereageerd bij brief van 18 april jl. (Kamerstuk 35 165, nr. 2)"   → kst-35165-2
 *   "(Kamerstuk 32 761 en 30 821, Nr. 152)"                                           → kst-32761-152
 *   "inzake de 22e halfjaarsrapportage Belastingdienst (Kamerstuk 31 066, nr. 438)"   → kst-31066-438
 *   "moties en toezeggingen (Kamerstuk 32 500 XII, nr. 68)"                           → kst-32500-XII-68
 *   "De motie Mastwijk/Neppérus (Kamerstuknummer 29 435, nr. 256)"                    → kst-29435-256
 *   "over het rapport Staat van de rijksverantwoording 2021 (Kamerstuk 36100-3)"      → kst-36100-3
 *   "Kamerstukken II 2005/06, 30320, 3, p. 7-8"                                        → kst-30320-3
 *   "(kamerstuk 26488, nr. 68)"                                                        → kst-26488-68
 */
