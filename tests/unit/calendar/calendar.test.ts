import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatLongDate,
  formatLongDateWithWeekday,
  isIsoDate,
  isoDateFrom,
  todayInAmsterdam,
} from '../../../lib/calendar';
import { isValidDate } from '../../../lib/calendar/days';
import { parseIso } from '../../../lib/calendar/iso';

describe('calendar', () => {
  it('formats Dutch dates, with the weekday when asked, and reads KOOP date values', () => {
    expect(formatLongDate('2022-03-10')).toBe('10 maart 2022');
    expect(formatLongDate('2022-03-10', 'en')).toBe('10 March 2022');
    expect(formatLongDateWithWeekday('2019-06-25')).toBe('dinsdag 25 juni 2019');
    expect(formatLongDateWithWeekday('2024-02-29')).toBe('donderdag 29 februari 2024');
    expect(formatLongDate('geen datum')).toBe('geen datum');
    expect(formatLongDateWithWeekday('2022-02-30')).toBe('2022-02-30');
    expect(isoDateFrom('2022-03-10T00:00:00')).toBe('2022-03-10');
    expect(isoDateFrom('2022-02-30')).toBeNull();
    expect(isoDateFrom(null)).toBeNull();
  });
  it('tells a real ISO day from the shape alone', () => {
    expect(
      ['2024-02-29', '2023-02-29', '2022-13-01', '2022-4-1', ' 2022-04-01', '2022-04-01T00:00'].map(
        isIsoDate,
      ),
    ).toEqual([true, false, false, false, false, false]);
    expect(daysBetween('2022-06-08', '2022-03-10')).toBe(-90);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(() => daysBetween('2022-02-30', '2022-03-01')).toThrow(RangeError);
  });
  it('reads ISO dates as the regexes /^(\\d{4})-(\\d{2})-(\\d{2})/ and /^\\d{4}-\\d{2}-\\d{2}$/ would', () => {
    const byRegex = (iso: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
      if (!m) return null;
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidDate(year, month, day) ? { year, month, day } : null;
    };
    const ch = fc.constantFrom('0', '1', '2', '3', '9', '-', 'T', ' ', '\u0661', '+', '.');
    const text = fc.oneof(
      fc.array(ch, { maxLength: 14 }).map((cs) => cs.join('')),
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 99 }),
          fc.integer({ min: 0, max: 99 }),
          fc.string({ maxLength: 4 }),
        )
        .map(
          ([y, m, d, tail]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`,
        ),
    );
    fc.assert(
      fc.property(text, (iso) => {
        expect(parseIso(iso)).toEqual(byRegex(iso));
        expect(isIsoDate(iso)).toBe(/^\d{4}-\d{2}-\d{2}$/.test(iso) && byRegex(iso) !== null);
      }),
      { numRuns: 3000 },
    );
  });
  it("today is the Dutch calendar day, not UTC's", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(todayInAmsterdam(new Date('2021-12-31T23:30:00Z'))).toBe('2022-01-01');
    // Summer time: 22:30 UTC is already the next day (CEST, +2); an hour earlier it is not.
    expect(todayInAmsterdam(new Date('2022-06-08T22:30:00Z'))).toBe('2022-06-09');
    expect(todayInAmsterdam(new Date('2022-06-08T21:30:00Z'))).toBe('2022-06-08');
    // The switch moments of 2022: 27 March and 30 October, 01:00 UTC.
    expect(todayInAmsterdam(new Date('2022-03-27T00:59:00Z'))).toBe('2022-03-27');
    expect(todayInAmsterdam(new Date('2022-10-29T22:30:00Z'))).toBe('2022-10-30');
    expect(todayInAmsterdam(new Date('2022-10-30T23:30:00Z'))).toBe('2022-10-31');
    expect(todayInAmsterdam(new Date('2022-10-30T22:30:00Z'))).toBe('2022-10-30');
  });
});
