/** ISO calendar dates (`YYYY-MM-DD`) as strings: the form every date takes between our modules. */
import { type CalendarDate, dayNumber, fromDayNumber, isValidDate } from './days';

export function toIso(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * The number spelled by the ASCII digits of `s` from `start` to `end`, or -1 when one is not a
 * digit. Read by hand: these checks run for every date link and tooltip, and a regex would be
 * compiled on a page's first run for what is four comparisons.
 */
function digitsAt(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DD` (a longer ISO timestamp is cut to its date) → its parts; null when no real day. */
export function parseIso(iso: string | null | undefined): CalendarDate | null {
  if (!iso || iso.length < 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Exactly `YYYY-MM-DD`, and a real day (not 2022-02-30). */
export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length === 10 && parseIso(value) !== null;
}

/** KOOP dates come as `2022-03-10` or `2022-03-10T00:00:00`: the ISO calendar date, or null. */
export function isoDateFrom(value: string | null | undefined): string | null {
  const m = value ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m && isIsoDate(m[1]) ? m[1]! : null;
}

function dayOf(iso: string): number {
  const date = isIsoDate(iso) ? parseIso(iso) : null;
  if (!date) throw new RangeError(`Not an ISO date: ${iso}`);
  return dayNumber(date);
}

export function addDays(iso: string, days: number): string {
  return toIso(fromDayNumber(dayOf(iso) + days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}
