/**
 * Motions: "de motie Buitenweg en Verhoeven (30821–90)", "de motie-Lodders/Geurts (33576, nr. 105)",
 * "de motie-Van Aalst/Remco Dijkstra over … (35300-A, nr. 15)", "de motie van het lid Boswijk c.s."
 * (no number: target null), "(t.v.v. 31497-297)", and in Handelingen "Zij krijgt nr. 537 (33529).".
 *
 * From each "motie" we read the submitters' names, then look ahead (bounded, within the sentence)
 * for the first parenthesized dossier citation. Every step is bounded, so the pass is linear.
 */
import { guarded, matchesOf } from './guard';
import type { Match, RecognizeContext } from './types';
import {
  citationLabel,
  citationTargets,
  parseDossierCitation,
  romanValue,
  type DossierCitation,
} from './dossier';
import { keywordSpans } from './kamerstuk';
import {
  SPACE_CLASS,
  isLetter,
  isSpace,
  isUpper,
  wordAndSpacesBefore,
  wordEndingAt,
} from './normalize';

/** "motie"/"moties"; whole-word checks are done by hand (Unicode lookarounds are slow on 1.5 MB). */
const MOTIE = guarded(/[Mm]oties?/g, ['otie']);
const KRIJGT = guarded(
  new RegExp(
    `\\b[Zz]ij krijgt nr\\.[${SPACE_CLASS}]?(\\d{1,4})(?:,[${SPACE_CLASS}]was nr\\.[${SPACE_CLASS}]?\\d{1,4})?[${SPACE_CLASS}]?\\(`,
    'g',
  ),
  ['ij krijgt nr.'],
);
const TVV = guarded(new RegExp(`\\bt\\.v\\.v\\.[${SPACE_CLASS}]?(?=[1-3]\\d)`, 'g'), ['t.v.v.']);

/** How far after the names we look for "(dossier, nr. N)". Motion titles are rarely longer. */
const LOOKAHEAD = 320;
/** Abbreviations whose dot does not end a sentence (compared in lower case). */
const ABBREVIATIONS = new Set([
  'nr',
  'nrs',
  'bijv',
  'blz',
  'vgl',
  'resp',
  'jl',
  'art',
  'ca',
  'mr',
  'dhr',
  'mw',
]);
const MAX_NAME_WORDS = 10;

/** Lower-case words that may sit inside a Dutch surname: "Van der Staaij", "Van 't Riet". */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  '’t',
  'ter',
  'ten',
  'te',
  'in',
  'la',
  'le',
  'du',
]);
/** Words that lead into names: "van het lid", "van de leden", "van". */
const LEAD_INS = [
  ' van het lid ',
  ' van de heer ',
  ' van mevrouw ',
  ' van de leden ',
  ' van het Kamerlid ',
  ' van de Kamerleden ',
  ' van lid ',
  ' van ',
];

function wordAt(text: string, pos: number): string {
  let j = pos;
  while (j < pos + 40 && (isLetter(text[j]) || text[j] === "'" || text[j] === '’')) j++;
  return text.slice(pos, j);
}

/**
 * Read a run of names at pos: capitalized words and particles, joined by spaces, "/", " en ", ", "
 * and hyphens ("Dekker-Abdulaziz"), optionally ending in "c.s.". Returns the end or pos.
 */
function readNames(text: string, pos: number): number {
  let i = pos;
  let lastNameEnd = pos;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    const w = wordAt(text, i);
    if (w.length === 0) break;
    // "motie van het lid Otten CLVI, letter E": the Eerste Kamer dossier, not a name.
    if (romanValue(w) >= 100) break;
    if (isUpper(w[0])) {
      i += w.length;
      lastNameEnd = i;
      // "Dekker-Abdulaziz", "Faber-van de Klashorst".
      if (text[i] === '-' && (isUpper(text[i + 1]) || PARTICLES.has(wordAt(text, i + 1)))) {
        i++;
        continue;
      }
      // "Marijnissen c.s. en Klaver c.s.": the co-signers mark ends a name, not the list.
      if (text.startsWith(' c.s.', i)) {
        i += 5;
        lastNameEnd = i;
      }
    } else if (PARTICLES.has(w)) {
      i += w.length;
    } else break;
    // Separator before the next word.
    if (text[i] === '/') i++;
    else if (text.startsWith(' en ', i) && isLetter(text[i + 4])) i += 4;
    else if (text.startsWith(', ', i) && isUpper(text[i + 2])) i += 2;
    else if (isSpace(text[i]) && isLetter(text[i + 1])) i++;
    else break;
  }
  return lastNameEnd;
}

/**
 * The names after "motie": hyphen form ("motie-Lodders/Geurts"), lead-in form ("motie van het lid
 * Boswijk c.s.") or directly ("motie Buitenweg en Verhoeven"). `end` is -1 when there are none.
 */
export function namesAfter(text: string, at: number): { end: number; leadIn: boolean } {
  if (text[at] === '-' && isUpper(text[at + 1])) {
    const end = readNames(text, at + 1);
    return { end: end > at + 1 ? end : -1, leadIn: false };
  }
  for (const lead of LEAD_INS) {
    if (text.startsWith(lead, at)) {
      const end = readNames(text, at + lead.length);
      if (end > at + lead.length) return { end, leadIn: true };
    }
  }
  if (isSpace(text[at]) && isUpper(text[at + 1])) {
    const end = readNames(text, at + 1);
    if (end > at + 1) return { end, leadIn: false };
  }
  return { end: -1, leadIn: false };
}

/** Is the "." at i a sentence end (not "c.s.", "nr.", "t.v.v.", "d.d.")? */
function sentenceEndAt(text: string, i: number): boolean {
  if (!isSpace(text[i + 1]) || !isUpper(text[i + 2])) return false;
  const prev2 = text[i - 2];
  // "c.s. Daarom" is ambiguous; treat abbreviation dots as non-final.
  return prev2 !== '.' && !ABBREVIATIONS.has(wordEndingAt(text, i, 4).toLowerCase());
}

/** Parse "(…)" content at pos (just after "(") as a citation: optional keyword or "t.v.v.". */
function citationInParens(text: string, pos: number): DossierCitation | null {
  let at = pos;
  // Found by the shared keyword scan: pos is right after "(", where that scan misses nothing.
  const keywordEnd = keywordSpans(text).byStart.get(pos);
  if (keywordEnd !== undefined) at = keywordEnd;
  else if (text.startsWith('t.v.v.', at)) at += isSpace(text[at + 6]) ? 7 : 6;
  const c = parseDossierCitation(text, at, keywordEnd !== undefined);
  return c && c.numbers.length > 0 ? c : null;
}

/** "Stemming " right before a singular "motie": a vote's heading, whose next words are its subject. */
const voteHeadingBefore = (text: string, at: number): boolean =>
  wordAndSpacesBefore(text, at, 'stemming', 10);

/** "op stuk" / "op stuk nr." between "motie" and its citation ("haar motie op stuk 27017, nr. 63"). */
const OP_STUK = new RegExp(`[${SPACE_CLASS}]op[${SPACE_CLASS}]stuk[${SPACE_CLASS}]`, 'y');

/**
 * A citation printed right after the names or the word itself, without parentheses: "motie
 * 35732, letter F", "motie van het lid Otten CLVI, letter E", "motie op stuk 27017, nr. 63". It must
 * name a document.
 */
export function bareCitationAt(text: string, at: number): DossierCitation | null {
  let pos = at;
  OP_STUK.lastIndex = pos;
  const opStuk = OP_STUK.exec(text);
  if (opStuk) pos += opStuk[0].length;
  else if (isSpace(text[pos])) pos++;
  else return null;
  const c = parseDossierCitation(text, pos, true);
  return c && c.numbers.length > 0 ? c : null;
}

/**
 * The characters findCitation acts on: a clause's end, a "." that may end a sentence, the next
 * "motie", an opening parenthesis. A native scan jumps between them; reading the text one character
 * at a time in script was this recognizer's largest cost (a vote list's many "motie" words).
 */
const CITATION_STOPS = /[;?!\n.(]|[Mm]otie/g;

/** Find the first parenthesized citation after `from`, within the sentence and the lookahead. */
function findCitation(text: string, from: number): { c: DossierCitation; close: number } | null {
  const limit = Math.min(text.length, from + LOOKAHEAD);
  CITATION_STOPS.lastIndex = from;
  for (let m = CITATION_STOPS.exec(text); m && m.index < limit; m = CITATION_STOPS.exec(text)) {
    const i = m.index;
    const ch = text[i];
    if (ch === ';' || ch === '?' || ch === '!' || ch === '\n') return null;
    if (ch === '.') {
      if (sentenceEndAt(text, i)) return null;
    } else if (ch === 'm' || ch === 'M') {
      if (!isLetter(text[i - 1])) return null;
    } else {
      const c = citationInParens(text, i + 1);
      if (c) {
        // Include a tail such as ", was nr. 719" up to the closing parenthesis.
        const closeAt = text.indexOf(')', c.end);
        const close =
          closeAt >= 0 && closeAt - c.end <= 30 && !text.slice(c.end, closeAt).includes('(')
            ? closeAt + 1
            : c.end;
        return { c, close };
      }
    }
  }
  return null;
}

function motionMatch(text: string, start: number, end: number, c: DossierCitation | null): Match {
  const t = c ? citationTargets(c) : null;
  return {
    kind: 'motion',
    start,
    end,
    text: text.slice(start, end),
    target: t ? t.target : null,
    date: null,
    ...(t && t.also.length ? { alsoTargets: t.also } : {}),
    label: c ? `Motie, Kamerstuk ${citationLabel(c)}` : 'Motie (zonder nummer)',
  };
}

/** Where a clause about motions ends with a colon before a list ("moties … aan te houden: 35925-32; …"). */
function colonAfter(text: string, from: number): number {
  const limit = Math.min(text.length, from + 160);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === ':') return i;
    if (ch === ';' || ch === '?' || ch === '!' || ch === '\n' || ch === '(') return -1;
    if (ch === '.' && sentenceEndAt(text, i)) return -1;
  }
  return -1;
}

/**
 * The citations listed after "…moties opnieuw aan te houden:" / "…moties zijn vervallen:" in
 * Handelingen, separated by ";" or ","; each is a motion.
 */
function listedMotions(text: string, colon: number): Match[] {
  const out: Match[] = [];
  let i = colon + 1;
  for (let k = 0; k < 400; k++) {
    while (isSpace(text[i])) i++;
    const c = parseDossierCitation(text, i, false);
    if (!c || c.numbers.length === 0) break;
    out.push(motionMatch(text, i, c.end, c));
    i = c.end;
    if (text[i] !== ';' && text[i] !== ',') break;
    i++;
  }
  return out;
}

/** Two or more letters, all A–Z ("EU", "NAVO"). */
function isAllCapitals(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/**
 * Words after "motie(s)" that name a subject, not the members who filed: an acronym ("moties MIRT":
 * surnames are not all capitals) or the agenda-item heading "Stemmingen moties <debate>".
 */
function namesASubject(text: string, start: number, wordEnd: number, plural: boolean): boolean {
  let at = wordEnd;
  while (at < text.length && (text[at] === ' ' || text[at] === '\u00a0' || text[at] === '-')) at++;
  if (isAllCapitals(wordAt(text, at))) return true;
  return plural && wordAndSpacesBefore(text, start, 'stemmingen', 12);
}

export function recognizeMotions(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  for (const m of matchesOf(MOTIE, text)) {
    const start = m.index;
    const wordEnd = start + m[0].length;
    if (isLetter(text[start - 1]) || isLetter(text[wordEnd])) continue;
    const names = namesAfter(text, wordEnd);
    const namesEnd = names.end;
    const plural = m[0].endsWith('s');
    if (namesEnd < 0) {
      const colon = colonAfter(text, wordEnd);
      if (colon >= 0) {
        const listed = listedMotions(text, colon);
        if (listed.length > 0) {
          out.push(...listed);
          continue;
        }
      }
    }
    // "moties en toezeggingen (Kamerstuk …)" is a letter about motions: a plural needs names.
    if (plural && namesEnd < 0) continue;
    const bare = plural ? null : bareCitationAt(text, namesEnd > 0 ? namesEnd : wordEnd);
    if (bare) {
      out.push(motionMatch(text, start, bare.end, bare));
      continue;
    }
    // "Stemming motie Verzamelwet Brexit": the heading of a vote names its subject.
    if (namesEnd > 0 && !plural && voteHeadingBefore(text, start)) continue;
    const found = findCitation(text, namesEnd > 0 ? namesEnd : wordEnd);
    if (found) out.push(motionMatch(text, start, found.close, found.c));
    // A plural needs its names right after the word ("moties Marijnissen c.s. en Klaver c.s."), not
    // after "van" ("moties van de PVV" names a party, not motions).
    else if (
      namesEnd > 0 &&
      (!plural || !names.leadIn) &&
      !namesASubject(text, start, wordEnd, plural)
    )
      out.push(motionMatch(text, start, namesEnd, null));
  }
  // Handelingen: "Zij krijgt nr. 537 (33529)." — the motion's new number within its dossier.
  for (const m of matchesOf(KRIJGT, text)) {
    const open = m.index + m[0].length;
    const c = parseDossierCitation(text, open, false);
    if (!c || text[c.end] !== ')' || !m[1]) continue;
    const cited: DossierCitation = { ...c, parts: [...c.parts, ...c.numbers], numbers: [m[1]] };
    out.push(motionMatch(text, m.index, c.end + 1, cited));
  }
  // "(t.v.v. 31497-297)": the motion a changed motion replaces.
  for (const m of matchesOf(TVV, text)) {
    const c = parseDossierCitation(text, m.index + m[0].length, false);
    if (c && c.numbers.length > 0) out.push(motionMatch(text, m.index, c.end, c));
  }
  return out;
}

/*
 * Real examples (fixture pages and published texts):
 *   "Bent u bekend met de motie Buitenweg en Verhoeven (30821–90) uit 2019"            → kst-30821-90
 *   "-de motie-Van Aalst/Remco Dijkstra over een zo spoedig mogelijke besluitvorming over de aanpak
 *     van de N35 (35300-A, nr. 15);"                                                   → kst-35300-A-15
 *   "In stemming komt de gewijzigde motie-Wassenberg (21501-08, nr. 726, was nr. 719)." → kst-21501-08-726
 *   "Zij krijgt nr. 726, was nr. 719 (21501-08)."                                      → kst-21501-08-726
 *   "de motie Mastwijk/Neppérus inzake het Hollandsche Landschap rondom Stompwijk (29 435, nr. 256)"
 *                                                                                      → kst-29435-256
 *   "De ingediende motie van Buitenweg en Verhoeven bij het VAO Nationale Veiligheid"  → null
 */
