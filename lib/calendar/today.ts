import { MS_PER_DAY, fromDayNumber } from './days';
import { toIso } from './iso';

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
  return toIso(fromDayNumber(Math.floor((t + offsetHours * 3_600_000) / MS_PER_DAY)));
}
