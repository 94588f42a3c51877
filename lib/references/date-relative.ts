/**
 * Dates written relative to the document's own date: "26 maart jl.", "17 mei a.s.", "dinsdag jl.",
 * and a day and month without a year. Arithmetic is the calendar's (lib/calendar).
 */
import { type CalendarDate, dayNumber, fromDayNumber, isValidDate, weekdayOf } from '../calendar';

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
const YEAR_BOUNDARY_DAYS = 61;

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
