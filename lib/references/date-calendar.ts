/**
 * Calendar arithmetic on plain (year, month, day) triples. Everything goes through UTC day numbers,
 * so the result never depends on the reader's time zone or on daylight saving time.
 */

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = zondag … 6 = zaterdag. */
export function weekdayOf(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function toIso(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date); null when it is not a real date. */
export function parseIso(iso: string | null | undefined): CalendarDate | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** How far back or ahead a "29 februari jl." may look for a leap year. */
const MAX_YEARS_FOR_LEAP_DAY = 8;

/** "26 maart jl.": the most recent 26 March on or before the reference date. */
export function mostRecentOnOrBefore(
  month: number,
  day: number,
  ref: CalendarDate,
): CalendarDate | null {
  const refDay = dayNumber(ref);
  for (let year = ref.year; year >= ref.year - MAX_YEARS_FOR_LEAP_DAY; year--) {
    if (!isValidDate(year, month, day)) continue;
    const candidate = { year, month, day };
    if (dayNumber(candidate) <= refDay) return candidate;
  }
  return null;
}

/** "17 mei a.s.": the first 17 May after the reference date. */
export function nextAfter(month: number, day: number, ref: CalendarDate): CalendarDate | null {
  const refDay = dayNumber(ref);
  for (let year = ref.year; year <= ref.year + MAX_YEARS_FOR_LEAP_DAY; year++) {
    if (!isValidDate(year, month, day)) continue;
    const candidate = { year, month, day };
    if (dayNumber(candidate) > refDay) return candidate;
  }
  return null;
}

/** "dinsdag jl.": the last such weekday strictly before the reference date (a week back on the same weekday). */
export function previousWeekday(weekday: number, ref: CalendarDate): CalendarDate {
  const back = (weekdayOf(ref) - weekday + 7) % 7 || 7;
  return fromDayNumber(dayNumber(ref) - back);
}

/** "dinsdag a.s.": the first such weekday strictly after the reference date. */
export function nextWeekday(weekday: number, ref: CalendarDate): CalendarDate {
  const ahead = (weekday - weekdayOf(ref) + 7) % 7 || 7;
  return fromDayNumber(dayNumber(ref) + ahead);
}

/** Across a year boundary, a yearless date is trusted only this close to the document date. */
export const YEAR_BOUNDARY_DAYS = 61;

/**
 * A day and month written without a year ("op 5 april"), resolved against the document date.
 *
 * With a weekday ("maandag 19 november") the year is the one among the document's year and its
 * neighbours in which that day falls on that weekday: the weekday of a fixed day shifts every year,
 * so at most one of three consecutive years fits. Without a weekday the nearest occurrence wins, but
 * only when it lies in the document's own year or within {@link YEAR_BOUNDARY_DAYS} of the document
 * date; otherwise the text is ambiguous (a February letter naming "30 september") and gives nothing.
 */
export function resolveYearless(
  month: number,
  day: number,
  weekday: number | null,
  ref: CalendarDate,
): CalendarDate | null {
  const refDay = dayNumber(ref);
  const candidates: CalendarDate[] = [];
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    if (isValidDate(year, month, day)) candidates.push({ year, month, day });
  }
  if (weekday !== null) {
    const fitting = candidates.filter((c) => weekdayOf(c) === weekday);
    return fitting.length === 1 ? fitting[0]! : null;
  }
  let best: CalendarDate | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = Math.abs(dayNumber(c) - refDay);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  if (!best) return null;
  return best.year === ref.year || bestDistance <= YEAR_BOUNDARY_DAYS ? best : null;
}
