import type { Match } from '../references/types';
import { KINDS } from '../references/kinds';
import { formatTarget } from './format';
import { daysBetween, formatLongDateWithWeekday, isIsoDate } from '../calendar';

export interface DescribeContext {
  /** The document's own date (ISO), or null. */
  documentDate: string | null;
  /** When the document is (or answers) a Kamervraag: the date the question was submitted (ISO). */
  submitted: string | null;
}

/** "14 dagen vóór indiening", "1 dag na de datum van dit document", "dag van indiening". */
function relativeTo(date: string, ctx: DescribeContext): string | null {
  const [base, what, sameDay] =
    ctx.submitted && isIsoDate(ctx.submitted)
      ? [ctx.submitted, 'indiening', 'dag van indiening']
      : ctx.documentDate && isIsoDate(ctx.documentDate)
        ? [ctx.documentDate, 'de datum van dit document', 'zelfde dag als dit document']
        : [null, '', ''];
  if (base === null) return null;
  const days = daysBetween(base, date);
  if (days === 0) return sameDay;
  const n = Math.abs(days);
  return `${n} ${n === 1 ? 'dag' : 'dagen'} ${days < 0 ? 'vóór' : 'na'} ${what}`;
}

function describeDate(match: Match, ctx: DescribeContext): string {
  const iso = match.date ?? match.target;
  if (!iso || !isIsoDate(iso)) return match.label ?? KINDS.date.label;
  const relative = relativeTo(iso, ctx);
  return relative
    ? `${formatLongDateWithWeekday(iso)} — ${relative}`
    : formatLongDateWithWeekday(iso);
}

/**
 * Tooltip text for a reference: "Motie, Kamerstuk 30 821 nr. 90",
 * "vrijdag 25 juni 2019 — 14 dagen vóór indiening" (relative to the question's submission when
 * known, else to the document date).
 */
export function describeMatch(match: Match, ctx: DescribeContext): string {
  if (match.kind === 'date') return describeDate(match, ctx);
  const formatted = match.target ? formatTarget(match.target) : null;
  if (formatted === null) {
    if (match.kind === 'motion' && match.target === null) {
      return `${match.label ?? 'Motie zonder nummer'} — zoeken op officielebekendmakingen.nl`;
    }
    return (
      match.label ??
      (match.target ? `${KINDS[match.kind].label} ${match.target}` : KINDS[match.kind].label)
    );
  }
  const main = match.kind === 'motion' ? `Motie, ${formatted}` : formatted;
  const also = (match.alsoTargets ?? []).filter((t) => t !== match.target);
  return also.length > 0
    ? `${main} (en ${also.length} ${also.length === 1 ? 'ander stuk' : 'andere stukken'})`
    : main;
}
