/**
 * Dutch calendar words as they appear in parliamentary text. Lookups are by lower-cased word, so the
 * scanner never needs a regex alternation per form.
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from '../calendar';

/** Month number (1–12) by full name. */
const FULL_MONTHS = new Map<string, number>(MONTH_NAMES.map((name, i) => [name, i + 1]));

/**
 * Month number by abbreviation. KOOP texts write "3 apr. 2018", "jan." and the older "mrt."; an
 * abbreviation counts only with its full stop or before a year (see date.ts), because "Jan" is also
 * a first name.
 */
const ABBREVIATED_MONTHS = new Map<string, number>([
  ['jan', 1],
  ['feb', 2],
  ['febr', 2],
  ['mrt', 3],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['okt', 10],
  ['nov', 11],
  ['dec', 12],
]);

const WEEKDAYS = new Map<string, number>(WEEKDAY_NAMES.map((name, i) => [name, i]));

interface MonthWord {
  month: number;
  abbreviated: boolean;
}

export function lookupMonth(word: string): MonthWord | null {
  const lower = word.toLowerCase();
  const full = FULL_MONTHS.get(lower);
  if (full !== undefined) return { month: full, abbreviated: false };
  const short = ABBREVIATED_MONTHS.get(lower);
  if (short !== undefined) return { month: short, abbreviated: true };
  return null;
}

/** Weekday index (0 = zondag) or null. */
export function lookupWeekday(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase()) ?? null;
}

/**
 * Days written out as ordinals, as colophons print them: "Uitgegeven de negende april 2024". The
 * compound ordinals are listed with and without the diaeresis ("tweeëntwintigste", "tweeentwintigste").
 */
const ORDINAL_DAYS = new Map<string, number>();
[
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
  'dertiende',
  'veertiende',
  'vijftiende',
  'zestiende',
  'zeventiende',
  'achttiende',
  'negentiende',
  'twintigste',
].forEach((word, i) => ORDINAL_DAYS.set(word, i + 1));
const UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
UNITS.forEach((unit, i) => {
  const joiner = unit.endsWith('e') ? ['ën', 'en'] : ['en'];
  for (const j of joiner) ORDINAL_DAYS.set(`${unit}${j}twintigste`, 21 + i);
});
ORDINAL_DAYS.set('dertigste', 30);
ORDINAL_DAYS.set('eenendertigste', 31);

/** Longest ordinal day word ("negenentwintigste"), for bounded back-scans. */
export const MAX_ORDINAL_LENGTH = 17;

/** Day 1–31 by written-out ordinal, or null. */
export function lookupOrdinalDay(word: string): number | null {
  return ORDINAL_DAYS.get(word.toLowerCase()) ?? null;
}
