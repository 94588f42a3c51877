import type { PageInfo } from '../page/types';
import type { QaPair } from '../model/types';
import { formatLongDate } from '../calendar';

/**
 * Source citations in the style of the Leidraad voor juridische auteurs:
 * "Aanhangsel Handelingen II 2021/22, nr. 3019, antwoord op vraag 3 (2022Z04510)".
 */
export interface Citation {
  text: string;
  url: string;
}

const SITE = 'https://zoek.officielebekendmakingen.nl';

/** `2021-2022` or `20212022` → `2021/22`, the Leidraad's form of a parliamentary year. */
function shortSessionYear(year: string): string | null {
  const m = /^(\d{4})-?(\d{2})(\d{2})$/.exec(year);
  return m ? `${m[1]}/${m[3]}` : null;
}

/** The public address of a document: always the official https address, whatever URL the page was read at. */
export function sourceUrl(page: PageInfo): string {
  return `${SITE}/${page.id}.html`;
}

function chamberNumeral(page: PageInfo): string {
  const chamber =
    page.chamber ?? (/^[a-z]+-(tk|ek)-/.exec(page.baseId)?.[1] as 'tk' | 'ek' | undefined);
  if (chamber === 'ek') return 'I';
  if (chamber === 'tk') return 'II';
  // Kamerstuk ids carry no chamber: Eerste Kamer papers are lettered (kst-35010-C), the others numbered.
  if (page.family === 'kst') return /-[A-Z]+$/.test(page.baseId) ? 'I' : 'II';
  return '';
}

/** The id's own parts after family and chamber: `ah-tk-20212022-3019` → [`20212022`, `3019`]. */
function idParts(page: PageInfo): string[] {
  return page.baseId.split('-').slice(2);
}

function sessionYear(page: PageInfo): string | null {
  const fromMeta = page.vergaderjaar ? shortSessionYear(page.vergaderjaar) : null;
  if (fromMeta) return fromMeta;
  const first = idParts(page)[0];
  return first && /^\d{8}$/.test(first) ? shortSessionYear(first) : null;
}

/** "vraag 3", or "vragen 2 en 3" for an answer that covers several questions. */
function questionNumbers(numbers: readonly string[]): string {
  if (numbers.length <= 1) return `vraag ${numbers[0] ?? ''}`.trim();
  const head = numbers.slice(0, -1).join(', ');
  return `vragen ${head} en ${numbers[numbers.length - 1]}`;
}

function pairNumbers(pair: QaPair): string[] {
  const all = [pair.number, ...pair.combinedWith];
  return all.sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
}

function join(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(' ');
}

/** The citation without the pair part and without the zaak number. */
function documentPart(page: PageInfo): string {
  const chamber = chamberNumeral(page);
  const year = sessionYear(page);
  switch (page.family) {
    case 'ah': {
      const nr = page.aanhangselNummer ?? idParts(page)[1] ?? null;
      return `${join('Aanhangsel Handelingen', chamber, year)}${nr ? `, nr. ${nr}` : ''}`;
    }
    case 'kv': {
      // The zaak number names the questions themselves here, so it stands before the date.
      const zaak = page.vraagnummer ? ` ${page.vraagnummer}` : '';
      return `Kamervragen${zaak}${page.submitted ? ` (ingezonden ${formatLongDate(page.submitted)})` : ''}`;
    }
    case 'kst': {
      // kst-32500-XII-72: the last part is the number, the rest names the dossier.
      const parts = page.baseId.split('-').slice(1);
      const nr = parts.length > 1 ? parts[parts.length - 1] : null;
      const dossier = parts.slice(0, nr ? -1 : undefined).join(' ');
      return `${join('Kamerstukken', chamber, year)}, ${dossier}${nr ? `, nr. ${nr}` : ''}`;
    }
    case 'h': {
      const [, first, second] = idParts(page);
      // Since 2010/11 Handelingen are numbered by meeting and item; before that by page range.
      const modern = Number((idParts(page)[0] ?? '').slice(0, 4)) >= 2010;
      const where = first
        ? modern
          ? `nr. ${first}${second ? `, item ${second}` : ''}`
          : `p. ${first}${second ? `-${second}` : ''}`
        : null;
      return `${join('Handelingen', chamber, year)}${where ? `, ${where}` : ''}`;
    }
  }
}

/** The zaak number in parentheses after an answer's citation; a question page names it up front. */
function zaakSuffix(page: PageInfo): string {
  return page.vraagnummer && page.family !== 'kv' ? ` (${page.vraagnummer})` : '';
}

/** Citation of the whole document: "Aanhangsel Handelingen II 2021/22, nr. 3019 (2022Z04510)". */
export function citeDocument(page: PageInfo): Citation {
  const zaak = zaakSuffix(page);
  return { text: `${documentPart(page)}${zaak}`, url: sourceUrl(page) };
}

/**
 * Citation of one pair. On an answer page it names the answer ("antwoord op vraag 3"); on a page
 * that holds questions only, the question ("vraag 3").
 */
export function citePair(page: PageInfo, pair: QaPair): Citation {
  const numbers = questionNumbers(pairNumbers(pair));
  const what = pair.answer ? `antwoord op ${numbers}` : numbers;
  const zaak = zaakSuffix(page);
  return { text: `${documentPart(page)}, ${what}${zaak}`, url: sourceUrl(page) };
}
