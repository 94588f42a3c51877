/**
 * The words a preview card uses, in Dutch: dates, the Kamerstuk label, the vote line, and one line
 * per failure. Pure, so the card stays free of logic and the wording is tested.
 */
import type { FetchFailure } from './fetch-document';
import type { VoteFailure } from './motion-loader';
import { parseKamerstukTarget, type MotionVote, type PartyVote } from './odata';
import { formatLongDate, isoDateFrom } from '../calendar';

/** "30821" → "30 821", as the Kamer writes dossier numbers. */
const dossierNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/, ' ');

/** `kst-30821-90` → "Kamerstuk 30 821, nr. 90"; `kst-35300-VII-8` → "Kamerstuk 35 300 VII, nr. 8". */
export function kamerstukLabel(target: string): string {
  const ref = parseKamerstukTarget(target);
  if (!ref) return target;
  const dossier = dossierNumber(ref.dossier) + (ref.toevoeging ? ` ${ref.toevoeging}` : '');
  return `Kamerstuk ${dossier}, nr. ${ref.volgnummer}`;
}

/** "Buitenweg en Verhoeven"; "A, B en C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** "Aangehouden op 2 juli 2019". */
export function voteHeadline(vote: MotionVote): string {
  const word = vote.status.charAt(0).toUpperCase() + vote.status.slice(1);
  const iso = isoDateFrom(vote.date);
  const date = iso ? formatLongDate(iso) : null;
  return date ? `${word} op ${date}` : word;
}

/** "VVD (33), CDA (19)". */
export function partyList(votes: PartyVote[]): string {
  return votes.map((v) => `${v.party} (${v.seats})`).join(', ');
}

export function pageFailureLine(error: FetchFailure): string {
  switch (error) {
    case 'not-found':
      return 'Dit document is niet gevonden op de officiële site.';
    case 'timeout':
      return 'De officiële site antwoordde niet op tijd; de link werkt nog.';
    case 'malformed':
      return 'De pagina van dit document kon niet worden gelezen.';
    case 'offline':
      return 'Geen verbinding; de voorvertoning is niet beschikbaar.';
    default:
      return 'De voorvertoning kon niet worden geladen; de link werkt nog.';
  }
}

export function voteFailureLine(error: VoteFailure): string | null {
  switch (error) {
    case 'not-a-motion':
      return null;
    case 'no-decision':
      return 'Over deze motie is (nog) niet beslist.';
    case 'not-found':
      return 'Stemuitslag niet gevonden in de open data van de Tweede Kamer.';
    case 'no-permission':
      return 'Stemuitslag niet beschikbaar: geef toestemming voor open data in de instellingen.';
    default:
      return 'Stemuitslag niet beschikbaar.';
  }
}
