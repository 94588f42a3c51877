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
