/** ISO calendar dates (`YYYY-MM-DD`) as strings: the form every date takes between our modules. */
import { type CalendarDate, dayNumber, fromDayNumber, isValidDate } from './days';

export function toIso(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `YYYY-MM-DD` (a longer ISO timestamp is cut to its date) → its parts; null when no real day. */
export function parseIso(iso: string | null | undefined): CalendarDate | null {
  if (!iso || iso.length < 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  // Read by hand in one loop: this runs for every date link and tooltip, and a regex would be
  // compiled on a page's first run for what is eight comparisons.
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = iso.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
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
  const date = iso.length === 10 ? parseIso(iso) : null;
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
