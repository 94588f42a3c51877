import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isValidDate,
  parseIso,
  toIso,
  weekdayOf,
} from '../../../lib/calendar';
import {
  mostRecentOnOrBefore,
  nextAfter,
  nextWeekday,
  previousWeekday,
  resolveYearless,
} from '../../../lib/references/date-relative';

const d = (iso: string) => parseIso(iso)!;

describe('calendar days and dates relative to the document', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2020, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2022, 4)).toBe(30);
    expect(isValidDate(2022, 2, 29)).toBe(false);
    expect(isValidDate(2022, 13, 1)).toBe(false);
  });

  it('parses ISO dates and rejects impossible ones', () => {
    expect(parseIso('2022-06-08')).toEqual({ year: 2022, month: 6, day: 8 });
    expect(parseIso('2022-06-08T12:00:00Z')).toEqual({ year: 2022, month: 6, day: 8 });
    expect(parseIso('2022-02-30')).toBeNull();
    expect(parseIso('8 juni 2022')).toBeNull();
    expect(parseIso(null)).toBeNull();
  });

  it('gives real weekdays (0 = zondag)', () => {
    expect(weekdayOf(d('2022-03-10'))).toBe(4); // donderdag, the brief's "ingezonden 10 maart 2022"
    expect(weekdayOf(d('2019-06-25'))).toBe(2); // dinsdag
    expect(weekdayOf(d('1970-01-01'))).toBe(4);
    expect(weekdayOf(d('1969-12-31'))).toBe(3);
  });

  it('day numbers round-trip for every date from 1800 to 2199', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber(d('1800-01-01')), max: dayNumber(d('2199-12-31')) }),
        (n) => {
          const date = fromDayNumber(n);
          return (
            dayNumber(date) === n &&
            isValidDate(date.year, date.month, date.day) &&
            parseIso(toIso(date)) !== null
          );
        },
      ),
    );
  });

  it('"jl." and "a.s." arithmetic around month, year and leap-day boundaries', () => {
    expect(toIso(mostRecentOnOrBefore(12, 31, d('2022-01-01'))!)).toBe('2021-12-31');
    expect(toIso(mostRecentOnOrBefore(1, 1, d('2022-01-01'))!)).toBe('2022-01-01');
    expect(toIso(mostRecentOnOrBefore(2, 29, d('2021-06-01'))!)).toBe('2020-02-29');
    expect(toIso(nextAfter(1, 1, d('2021-12-31'))!)).toBe('2022-01-01');
    expect(toIso(nextAfter(3, 1, d('2024-02-29'))!)).toBe('2024-03-01');
    expect(toIso(nextAfter(2, 29, d('2024-02-29'))!)).toBe('2028-02-29');
    expect(toIso(previousWeekday(1, d('2024-03-01')))).toBe('2024-02-26');
    expect(toIso(nextWeekday(5, d('2024-02-26')))).toBe('2024-03-01');
    expect(toIso(nextWeekday(4, d('2022-03-10')))).toBe('2022-03-17'); // same weekday: a week on
    expect(toIso(previousWeekday(4, d('2022-03-10')))).toBe('2022-03-03');
  });

  it('relative weekdays always land 1–7 days away on the right weekday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150_000 }),
        fc.integer({ min: 0, max: 6 }),
        (n, weekday) => {
          const ref = fromDayNumber(n);
          const next = nextWeekday(weekday, ref);
          const prev = previousWeekday(weekday, ref);
          const ahead = dayNumber(next) - n;
          const back = n - dayNumber(prev);
          return (
            weekdayOf(next) === weekday &&
            weekdayOf(prev) === weekday &&
            ahead >= 1 &&
            ahead <= 7 &&
            back >= 1 &&
            back <= 7
          );
        },
      ),
    );
  });

  it('yearless dates: nearest occurrence, weekday fit, or nothing when ambiguous', () => {
    expect(resolveYearless(4, 5, null, d('2022-06-08'))).toEqual({ year: 2022, month: 4, day: 5 });
    expect(resolveYearless(1, 5, null, d('2021-12-10'))).toEqual({ year: 2022, month: 1, day: 5 });
    expect(resolveYearless(9, 30, null, d('2022-02-15'))).toBeNull();
    expect(resolveYearless(11, 19, 1, d('2018-07-03'))).toEqual({ year: 2018, month: 11, day: 19 });
    expect(resolveYearless(11, 19, 6, d('2018-07-03'))).toBeNull();
  });
});
