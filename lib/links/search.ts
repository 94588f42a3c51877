/**
 * Search and dossier pages of zoek.officielebekendmakingen.nl.
 *
 * Sources for the URL forms (public code that uses the live site, found with the project's search
 * tool; nothing copied):
 * - dossier pages `https://zoek.officielebekendmakingen.nl/dossier/<nummer>`: used by several
 *   scrapers (openkamer-style dossier lookups, a KOOP-XML-to-RDF export, Kamerstuk dossier scrapers);
 * - the search page `…/resultaten?q=<CQL>`: the site answers CQL in `q`, with
 *   `(c.product-area=="officielepublicaties")` for official publications,
 *   `w.publicatienaam=="Kamerstuk"|"Handelingen"|"Agenda"|"Kamervragen (Aanhangsel)"|
 *   "Kamervragen zonder antwoord"` for the parliamentary collections, `w.subrubriek=="motie"` for
 *   motions, `cql.textAndIndexes="…"` for words, `dt.available>="YYYY-MM-DD"` for the publication
 *   date (DCTERMS.available, "datum van publicatie" in KOOP's metadata standard), and `zv` echoing
 *   the words into the search box. The site's help says "to search one day, enter it as both the
 *   start and the end date", hence a `>=` and `<=` pair on the same day.
 */
import { isIsoDate } from '../calendar';
import { isDigit, isLetter } from '../references/normalize';

export const SITE_ORIGIN = 'https://zoek.officielebekendmakingen.nl';

const PRODUCT_AREA = '(c.product-area=="officielepublicaties")';

/** The parliamentary collections of the site ("Parlementaire documenten"). */
const PARLIAMENTARY =
  '((w.publicatienaam=="Kamerstuk")or(w.publicatienaam=="Handelingen")or(w.publicatienaam=="Agenda")' +
  'or(w.publicatienaam=="Kamervragen (Aanhangsel)")or(w.publicatienaam=="Kamervragen zonder antwoord"))';

function resultsUrl(cql: string, words?: string): string {
  const params = [`q=${encodeURIComponent(cql)}`];
  if (words) params.push(`zv=${encodeURIComponent(words)}`);
  return `${SITE_ORIGIN}/resultaten?${params.join('&')}`;
}

/** `35165`, `35300-VII`: digits, then optional roman/letter/number parts joined by hyphens. */
const DOSSIER = /^\d{4,6}(?:-[0-9A-Za-z]{1,8}){0,2}$/;

/** The dossier page, `https://zoek.officielebekendmakingen.nl/dossier/35165`. */
export function dossierUrl(dossier: string): string | null {
  if (!DOSSIER.test(dossier)) return null;
  return `${SITE_ORIGIN}/dossier/${encodeURIComponent(dossier)}`;
}

/** Parliamentary publications published on one day (ISO date, checked to be a real day). */
export function dateSearchUrl(isoDate: string): string | null {
  if (!isIsoDate(isoDate)) return null;
  const cql = `${PRODUCT_AREA}and${PARLIAMENTARY}and(dt.available>="${isoDate}")and(dt.available<="${isoDate}")`;
  return resultsUrl(cql);
}

/**
 * A search among motions for the words that identify a motion cited by name only ("de motie van het
 * lid Boswijk c.s."): the names, which the motion's own title repeats ("Motie van het lid Boswijk
 * c.s. over …"). Returns null when nothing searchable is left.
 */
export function motionSearchUrl(citation: string): string | null {
  const words = motionSearchWords(citation);
  if (words.length === 0) return null;
  const terms = words.map((w) => `(cql.textAndIndexes="${w}")`).join('and');
  return resultsUrl(`${PRODUCT_AREA}and(w.subrubriek=="motie")and${terms}`, words.join(' '));
}

/** Words of a citation that carry no identity: articles, "motie", "lid/leden", "c.s.". */
const FILLER = new Set([
  'de',
  'het',
  'een',
  'motie',
  'moties',
  'gewijzigde',
  'nader',
  'van',
  'lid',
  'leden',
  'en',
  'c.s',
  'cs',
  'over',
  'om',
  'tot',
  'ter',
  'vervanging',
  't.v.v',
  'tvv',
  'ingediend',
  'door',
  'bij',
  'in',
  'op',
  'die',
  'dat',
  'zij',
  'hij',
  'nr',
  'nrs',
]);

/**
 * Characters outside these ranges may change under NFC: Latin up to the combining marks, and the
 * general punctuation Dutch text uses (dashes, quotes, ’) do not. Most citations hold none, and
 * then the first normalize() of a page, which loads the normalizer's data, is not needed.
 */
const MAY_DECOMPOSE = /[^\u0000-\u02ff\u2010-\u205e]/;

const composed = (s: string): string => (MAY_DECOMPOSE.test(s) ? s.normalize('NFC') : s);

/** Inside a word: a letter, a digit, a combining mark, or an apostrophe or dot ("Van 't", "c.s."). */
const inWord = (ch: string): boolean =>
  isLetter(ch) || isDigit(ch) || (ch >= '\u0300' && ch <= '\u036f') || "'’.".includes(ch);

/**
 * The words of `text`: runs of word characters, everything else (hyphens and slashes included)
 * separates. A loop rather than a Unicode-property regex, whose compilation on first use costs
 * more than a page's whole search-link building.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && inWord(ch)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** Dots and apostrophes around a word ("Klaver.", "'t") are not part of it. */
const isEdgeMark = (ch: string | undefined): boolean => ch === '.' || ch === "'" || ch === '’';

export function trimEdgeMarks(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && isEdgeMark(word[start])) start++;
  while (end > start && isEdgeMark(word[end - 1])) end--;
  return word.slice(start, end);
}

/** Names first (capitalized words, "Van Aalst" kept together as two words), at most six. */
export function motionSearchWords(citation: string): string[] {
  const tokens = wordsOf(composed(citation))
    .map(trimEdgeMarks)
    .filter((t) => t.length > 1 && !FILLER.has(t.toLowerCase()));
  const names = tokens.filter((t) => t[0] !== t[0]!.toLowerCase());
  return (names.length > 0 ? names : tokens).slice(0, 6);
}
