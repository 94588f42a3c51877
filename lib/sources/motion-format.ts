/**
 * The words a preview card uses, in the UI language (locales/, `preview.*`): dates, the Kamerstuk
 * label, the vote line, and one line per failure. Here rather than in the card, so the card stays
 * free of logic and the wording is tested.
 */
import type { FetchFailure } from './fetch-document';
import type { VoteFailure } from './motion-loader';
import { parseKamerstukTarget, type MotionStatus, type MotionVote, type PartyVote } from './odata';
import { formatLongDate, isoDateFrom } from '../calendar';
import { t, uiLanguage, type MessageKey } from '../i18n';

/** "30821" → "30 821", as the Kamer writes dossier numbers. */
const dossierNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/, ' ');

/** `kst-30821-90` → "Kamerstuk 30 821, nr. 90"; `kst-35300-VII-8` → "Kamerstuk 35 300 VII, nr. 8". */
export function kamerstukLabel(target: string): string {
  const ref = parseKamerstukTarget(target);
  if (!ref) return target;
  const dossier = dossierNumber(ref.dossier) + (ref.toevoeging ? ` ${ref.toevoeging}` : '');
  return t('preview.kamerstuk', [dossier, ref.volgnummer]);
}

/** "Buitenweg en Verhoeven"; "A, B en C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${t('preview.and')} ${names[names.length - 1]}`;
}

const STATUS: Record<MotionStatus, MessageKey> = {
  aangenomen: 'preview.aangenomen',
  verworpen: 'preview.verworpen',
  aangehouden: 'preview.aangehouden',
  ingetrokken: 'preview.ingetrokken',
};

/** "Aangehouden op 2 juli 2019". */
export function voteHeadline(vote: MotionVote): string {
  const word = t(STATUS[vote.status]);
  const iso = isoDateFrom(vote.date);
  return iso ? t('preview.voteOn', [word, formatLongDate(iso, uiLanguage())]) : word;
}

/** "VVD (33), CDA (19)". */
export function partyList(votes: PartyVote[]): string {
  return votes.map((v) => `${v.party} (${v.seats})`).join(', ');
}

export function pageFailureLine(error: FetchFailure): string {
  switch (error) {
    case 'not-found':
      return t('preview.notFound');
    case 'timeout':
      return t('preview.timeout');
    case 'malformed':
      return t('preview.malformed');
    case 'offline':
      return t('preview.offline');
    default:
      return t('preview.failed');
  }
}

export function voteFailureLine(error: VoteFailure): string | null {
  switch (error) {
    case 'not-a-motion':
      return null;
    case 'no-decision':
      return t('preview.noDecision');
    case 'not-found':
      return t('preview.voteNotFound');
    case 'no-permission':
      return t('preview.voteNoPermission');
    default:
      return t('preview.voteUnavailable');
  }
}
