/**
 * Calendar-date helpers on ISO strings (YYYY-MM-DD). Dates are handled as UTC midnights so that
 * time zones and daylight-saving changes never shift a day.
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from '../references/date-lexicon';

const MS_PER_DAY = 86_400_000;

/** Dutch month names, index 0 = januari (one list for the whole project: the date lexicon). */
export const DUTCH_MONTHS = MONTH_NAMES;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch for an ISO date, or null when the string is not a real calendar date. */
export function isoToUtc(iso: string): number | null {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Reject 2022-02-30 and the like, which Date.UTC would silently roll over.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return null;
  return ms;
}

export function utcToIso(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && isoToUtc(value) !== null;
}

export function addDays(iso: string, days: number): string {
  const ms = isoToUtc(iso);
  if (ms === null) throw new RangeError(`Not an ISO date: ${iso}`);
  return utcToIso(ms + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = isoToUtc(from);
  const b = isoToUtc(to);
  if (a === null || b === null) throw new RangeError(`Not an ISO date: ${a === null ? from : to}`);
  return Math.round((b - a) / MS_PER_DAY);
}

/** "10 maart 2022", or with `weekday` "donderdag 10 maart 2022"; a non-date is returned as it is. */
export function formatDutchDate(iso: string, options: { weekday?: boolean } = {}): string {
  const ms = isoToUtc(iso);
  if (ms === null) return iso;
  const d = new Date(ms);
  const date = `${d.getUTCDate()} ${DUTCH_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return options.weekday ? `${WEEKDAY_NAMES[d.getUTCDay()]} ${date}` : date;
}

/** KOOP dates come as `2022-03-10` or `2022-03-10T00:00:00`: the ISO calendar date, or null. */
export function isoDateFrom(value: string | null | undefined): string | null {
  const m = value ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m && isIsoDate(m[1]) ? m[1]! : null;
}

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export type DateLanguage = 'nl' | 'en';

/** "10 maart 2022" or "10 March 2022": the UI language's long date, no locale data needed. */
export function formatDate(iso: string, lang: DateLanguage): string {
  if (lang === 'nl') return formatDutchDate(iso);
  const ms = isoToUtc(iso);
  if (ms === null) return iso;
  const d = new Date(ms);
  return `${d.getUTCDate()} ${ENGLISH_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** UTC midnight of the last Sunday of a month (month 1–12). */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0);
  return lastDay - new Date(lastDay).getUTCDay() * MS_PER_DAY;
}

/**
 * Today's date in the Netherlands, as ISO: the only place the clock is read. The offset follows the
 * EU rule (CEST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October, CET otherwise) rather than Intl's time-zone data, whose first use costs a long task.
 */
export function todayInAmsterdam(now: Date = new Date()): string {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  const summerFrom = lastSundayUtc(year, 3) + 3_600_000;
  const summerUntil = lastSundayUtc(year, 10) + 3_600_000;
  const offsetHours = t >= summerFrom && t < summerUntil ? 2 : 1;
  return utcToIso(t + offsetHours * 3_600_000);
}
