/**
 * Dates written in figures: "06-04-2017", "6/4/2017" (day, month, year, the Dutch order) and ISO
 * "2024-06-28" (also with a time after it: "2024-06-28 10:56", "2024-06-28T10:00"). Meeting lists,
 * document pages and colophons print dates this way.
 *
 * Not dates: a longer code the figures are part of ("21501-08-2019" is a Kamerstuk, "C/09/663973" a
 * case number, "kst-2024-…" an id), a day or month that does not exist, a year outside 1800–2199.
 * One regex pass with bounded lookarounds: linear.
 */
import { type CalendarDate, isValidDate } from '../calendar';

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

/**
 * Day-month-year with one separator used twice, or ISO year-month-day. Nothing that belongs to a
 * code may touch it: no letter, digit, dash, slash, dot or comma before; no digit, letter or
 * further "-9"/"/9" after (a "T" before a time is allowed after ISO).
 */
const NUMERIC_DATE =
  /(?<![0-9A-Za-z\-/.,\u2010-\u2014])(?:(\d{1,2})([-/])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![0-9A-SU-Za-z]|T(?!\d)|[-/.,]\d)/g;

interface NumericDate {
  start: number;
  end: number;
  date: CalendarDate;
}

/** A letter outside ASCII right before the figures ("é12-03-2020") also makes it part of a word. */
const glued = (ch: string | undefined): boolean =>
  ch !== undefined && ch > '\u007f' && ch.toLowerCase() !== ch.toUpperCase();

export function findNumericDates(text: string): NumericDate[] {
  const out: NumericDate[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    if (glued(text[m.index - 1])) continue;
    const iso = m[5] !== undefined;
    const year = Number(iso ? m[5] : m[4]);
    const month = Number(iso ? m[6] : m[3]);
    const day = Number(iso ? m[7] : m[1]);
    if (year < MIN_YEAR || year > MAX_YEAR || !isValidDate(year, month, day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: { year, month, day } });
  }
  return out;
}
