/**
 * Date recognizer: Dutch calendar dates in parliamentary text → `Match` with an ISO target.
 *
 * A plain scanner (see docs/decisions.md for why not chrono-node or compromise). It finds month
 * words with one regex, then reads a bounded stretch of characters around each: the day(s) before
 * the month, an optional weekday before the first day, and a year, "jl."/"jongstleden" or
 * "a.s."/"aanstaande" after it. Every position is looked at a bounded number of times, so the work
 * is linear in the text length.
 *
 * Recognized: "10 maart 2022" (also with no-break spaces), "de negende april 2024" (an ordinal
 * day written out, with its year), "06-04-2017" and "2024-06-28" (figures, in date-numeric.ts), "Den Haag, 21 februari 2022",
 * "d.d. 3 april 2018", "dinsdag 22 maart 2022", "3 apr. 2018", "26 maart jl.", "17 mei jongstleden",
 * "17 mei a.s.", "dinsdag a.s.", "aanstaande dinsdag", "vrijdag jl.", lists and ranges
 * ("14, 15 en 16 maart 2019", "10-11 april 2018": one match per day), and a day and month without a
 * year when the document date settles the year (rules in `resolveYearless`).
 * Not dates: "medio juni", "voor de zomer van 2022", a bare year, "2019-2020", "2019/20", times,
 * amounts, "artikel 3", "31 februari 2022"; a footnote digit glued to a word ("infrastructuur2") or
 * to a year ("20186") is never read as a day or as part of the year.
 */
import type { Match, RecognizeContext } from './types';
import {
  type CalendarDate,
  formatLongDateWithWeekday,
  isValidDate,
  parseIso,
  toIso,
} from '../calendar';
import {
  mostRecentOnOrBefore,
  nextAfter,
  nextWeekday,
  previousWeekday,
  resolveYearless,
} from './date-relative';
import { lookupMonth, lookupOrdinalDay, lookupWeekday, MAX_ORDINAL_LENGTH } from './date-lexicon';
import { findNumericDates } from './date-numeric';
import { isSpace, skipSpace, skipSpaceBack, wordBack, wordForward } from './date-scan';
import { digitRunEnd, digitRunStart, isDigit, isLetter, letterRunStart } from './normalize';

/**
 * Month words, full or abbreviated; the lexicon decides which is which. `\b` is ASCII-only but
 * several times faster than Unicode lookarounds on 1.5 MB, so an accented letter next to the word is
 * checked by hand in `isWholeWord`. A digit may follow the month: a glued footnote marker ("april2").
 */
const MONTH_WORD =
  /\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)(?![a-z])/gi;

const WEEKDAY_WORD = /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/gi;

/** Words that make the number after them something other than a day ("nr. 5 mei" is not a date). */
const NOT_A_DAY_AFTER = new Set([
  'nr',
  'nrs',
  'nummer',
  'artikel',
  'art',
  'lid',
  'item',
  'vraag',
  'vragen',
  'antwoord',
  'bijlage',
  'punt',
  'hoofdstuk',
  'paragraaf',
  'pagina',
  'blz',
  'p',
]);

/** At most this many days in one list ("14, 15 en 16 maart"). */
const MAX_LIST_DAYS = 31;

/** Years we accept after a month; outside this a four-digit number is an amount or a code. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

/** A yearless group borrows the year of the next group when only this much separator text lies between. */
const MAX_BORROW_GAP = 16;

type Relation = 'explicit' | 'past' | 'future' | 'yearless';

interface DaySpan {
  day: number;
  start: number;
  end: number;
}

/** One run of day numbers with its month: "14, 15 en 16 maart 2019". */
interface DateGroup {
  days: DaySpan[];
  weekday: number | null;
  /** Start of the weekday word, when there is one. */
  weekdayStart: number | null;
  month: number;
  year: number | null;
  relation: Relation;
  /** End of the whole span (after the year, "jl." or month). */
  end: number;
}

export function recognizeDates(text: string, ctx: RecognizeContext): Match[] {
  const documentDate = parseIso(ctx.documentDate);
  const groups: DateGroup[] = [];
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(text); m; m = MONTH_WORD.exec(text)) {
    if (!isWholeWord(text, m.index, m.index + m[0].length)) continue;
    const group = readGroup(text, m.index, m.index + m[0].length);
    if (group) groups.push(group);
  }
  borrowYears(text, groups);

  // Plain loops, not push(...spread): a huge page may yield more matches than a call takes arguments.
  const matches: Match[] = [];
  for (const group of groups)
    for (const m of groupMatches(text, group, documentDate)) matches.push(m);
  for (const m of relativeWeekdays(text, matches, documentDate)) matches.push(m);
  for (const d of findNumericDates(text)) matches.push(dateMatch(text, d.start, d.end, d.date));
  return matches.sort((a, b) => a.start - b.start);
}

/** No letter (accented ones included) directly before or after [start, end). */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !isLetter(text[start - 1]) && !isLetter(text[end]);
}

/** Reads the date around a month word at [monthStart, monthEnd); null when it is not a date. */
function readGroup(text: string, monthStart: number, monthEnd: number): DateGroup | null {
  const word = lookupMonth(text.slice(monthStart, monthEnd));
  if (!word) return null;
  const ordinal = readDaysBefore(text, monthStart) ? null : ordinalDayBefore(text, monthStart);
  const days = ordinal ? [ordinal] : readDaysBefore(text, monthStart);
  if (!days) return null;

  let end = monthEnd;
  const hasDot = text[monthEnd] === '.';
  if (word.abbreviated && hasDot) end = monthEnd + 1;

  const after = readAfterMonth(text, end);
  if (after === 'reject') return null;
  // "Jan" is also a name: an abbreviation without its full stop counts only before a year.
  if (word.abbreviated && !hasDot && after.relation !== 'explicit') return null;
  // "de eerste maart" may be a first of several; a written-out day counts only with its year.
  if (ordinal && (word.abbreviated || after.relation !== 'explicit')) return null;

  const weekday = weekdayBefore(text, days[0]!.start);
  return {
    days,
    weekday: weekday?.weekday ?? null,
    weekdayStart: weekday?.start ?? null,
    month: word.month,
    year: after.year,
    relation: after.relation,
    end: after.end ?? end,
  };
}

/**
 * The day numbers before a month word, in text order: "16" or "14, 15 en 16" or "10-11".
 * Null when the number right before the month is not a day (glued to a word, part of "nr. 5", a
 * code such as "35300-11").
 */
function readDaysBefore(text: string, monthStart: number): DaySpan[] | null {
  const first = readDayBack(text, monthStart, true);
  if (first === 'reject' || first === null) return null;
  const days: DaySpan[] = [first];
  while (days.length < MAX_LIST_DAYS) {
    const earliest = days[0]!;
    const sep = separatorBack(text, earliest.start);
    if (sep === null) break;
    const member = readDayBack(text, sep.start, false);
    // "1 januari 2019–31 december 2019": the number before the dash is the year of another date.
    if (member === 'reject') return sep.spaced || isYearBefore(text, sep.start) ? days : null;
    if (member === null || member.day >= earliest.day) break;
    days.unshift(member);
  }
  return days;
}

/** Endings that make figures an ordinal: "22e", "1ste", "2de". */
const ORDINAL_ENDINGS = new Set(['e', 'ste', 'de']);

/**
 * A written-out ordinal day right before the month ("Uitgegeven de negende april 2024"), as a
 * one-day span; null when the word before the month is not one.
 */
function ordinalDayBefore(text: string, monthStart: number): DaySpan | null {
  const end = skipSpaceBack(text, monthStart);
  if (end === monthStart) return null;
  const start = letterRunStart(text, end, MAX_ORDINAL_LENGTH);
  if (start === end || end - start > MAX_ORDINAL_LENGTH) return null;
  const word = text.slice(start, end);
  const day = lookupOrdinalDay(word);
  if (day !== null) return { day, start, end };
  // "Uitgegeven de 22e juni 2016", "de 1ste mei": figures with an ordinal ending.
  if (!ORDINAL_ENDINGS.has(word.toLowerCase())) return null;
  const digitsStart = digitRunStart(text, start, 2);
  if (digitsStart === start || start - digitsStart > 2 || isDigit(text[digitsStart - 1]))
    return null;
  if (isLetter(text[digitsStart - 1])) return null;
  const figures = Number(text.slice(digitsStart, start));
  return figures >= 1 && figures <= 31 ? { day: figures, start: digitsStart, end } : null;
}

/** Exactly four digits end at `end` (a year, not a dossier number such as "35300"). */
function isYearBefore(text: string, end: number): boolean {
  const start = digitRunStart(text, end, 4);
  return end - start === 4 && !isDigit(text[start - 1]);
}

/**
 * The day number that ends just before `end` (after optional whitespace; with `needSpace` at least
 * one space). 'reject' when a number is there but is glued to a word or a code, so the whole
 * phrase is not a date; null when there is no number.
 */
function readDayBack(text: string, end: number, needSpace: boolean): DaySpan | 'reject' | null {
  const digitsEnd = skipSpaceBack(text, end);
  if (needSpace && digitsEnd === end) return null;
  const start = digitRunStart(text, digitsEnd, 2);
  if (start === digitsEnd) return null;
  if (digitsEnd - start > 2) return 'reject';
  const before = text[start - 1];
  // A footnote digit glued to a word ("infrastructuur2"), or a decimal/time/code ("1.5", "12:30", "3/4").
  if (isLetter(before)) return 'reject';
  if ((before === '.' || before === ':' || before === '/') && isDigit(text[start - 2]))
    return 'reject';
  const day = Number(text.slice(start, digitsEnd));
  if (day < 1 || day > 31) return 'reject';
  if (followsNonDayWord(text, start)) return 'reject';
  return { day, start, end: digitsEnd };
}

/** True when the number at `start` comes right after "nr.", "artikel", "vraag" and the like. */
function followsNonDayWord(text: string, start: number): boolean {
  let p = skipSpaceBack(text, start);
  if (text[p - 1] === '.') p--;
  const wordStart = wordBack(text, p);
  if (wordStart === p) return false;
  return NOT_A_DAY_AFTER.has(text.slice(wordStart, p).toLowerCase());
}

interface Separator {
  /** Where the separator starts: the day before it ends before this position. */
  start: number;
  /** Whether the separator is a word or stands between spaces (then a bad member only ends the list). */
  spaced: boolean;
}

/** A list or range separator ending at `end` (before optional whitespace): ",", "en", "of", "-", "–", "t/m", "tot (en met)". */
function separatorBack(text: string, end: number): Separator | null {
  const p = skipSpaceBack(text, end);
  const spacedAfter = p !== end;
  const ch = text[p - 1];
  if (ch === ',' || ch === '-' || ch === '–') {
    const spaced = spacedAfter || isSpace(text[p - 2]);
    return { start: p - 1, spaced: spaced || ch === ',' };
  }
  const wordStart = wordBack(text, p);
  if (wordStart === p) return null;
  const word = text.slice(wordStart, p).toLowerCase();
  if (word === 'en' || word === 'of' || word === 'tot') return { start: wordStart, spaced: true };
  if (word === 'met') {
    const enEnd = skipSpaceBack(text, wordStart);
    const enStart = wordBack(text, enEnd);
    if (text.slice(enStart, enEnd).toLowerCase() !== 'en') return null;
    const totEnd = skipSpaceBack(text, enStart);
    const totStart = wordBack(text, totEnd);
    if (text.slice(totStart, totEnd).toLowerCase() !== 'tot') return null;
    return { start: totStart, spaced: true };
  }
  if (
    word === 'm' &&
    text[wordStart - 1] === '/' &&
    (text[wordStart - 2] ?? '').toLowerCase() === 't'
  ) {
    const tStart = wordStart - 2;
    if (isLetter(text[tStart - 1])) return null;
    return { start: tStart, spaced: true };
  }
  return null;
}

/** The weekday name right before the first day ("dinsdag 22 maart"), or null. */
function weekdayBefore(text: string, dayStart: number): { weekday: number; start: number } | null {
  const end = skipSpaceBack(text, dayStart);
  if (end === dayStart) return null;
  const start = wordBack(text, end);
  if (start === end || isLetter(text[start - 1])) return null;
  const weekday = lookupWeekday(text.slice(start, end));
  return weekday === null ? null : { weekday, start };
}

interface AfterMonth {
  year: number | null;
  relation: Relation;
  /** End of the year or qualifier, or null when nothing follows the month. */
  end: number | null;
}

/** What follows the month: a year, "jl.", "a.s.", or nothing. 'reject' for a period such as "maart 2019-2020". */
function readAfterMonth(text: string, monthEnd: number): AfterMonth | 'reject' {
  const p = skipSpace(text, monthEnd);
  if (p === monthEnd) return { year: null, relation: 'yearless', end: null };
  if (isDigit(text[p])) {
    const digitsEnd = digitRunEnd(text, p, 6);
    const length = digitsEnd - p;
    if (length < 4 || length > 6) return { year: null, relation: 'yearless', end: null };
    const year = Number(text.slice(p, p + 4));
    if (year < MIN_YEAR || year > MAX_YEAR) return { year: null, relation: 'yearless', end: null };
    // Four digits then one or two more, glued: a footnote marker after the year ("20186").
    const yearEnd = p + 4;
    if (length === 4 && isPeriodAfterYear(text, yearEnd)) return 'reject';
    return { year, relation: 'explicit', end: yearEnd };
  }
  const wordEnd = wordForward(text, p);
  const word = text.slice(p, wordEnd).toLowerCase();
  if (word === 'jongstleden' || word === 'laatstleden')
    return { year: null, relation: 'past', end: wordEnd };
  if (word === 'aanstaande') return { year: null, relation: 'future', end: wordEnd };
  const abbreviation = readAbbreviation(text, p);
  if (abbreviation) {
    const { letters, end } = abbreviation;
    if (letters === 'jl' || letters === 'll') return { year: null, relation: 'past', end };
    if (letters === 'as') return { year: null, relation: 'future', end };
  }
  return { year: null, relation: 'yearless', end: null };
}

/**
 * "jl.", "j.l.", "a.s.", "ll.": letters with full stops, read from `start`. Returns the letters
 * without stops and the end (after the last stop), or null. The last stop is required.
 */
function readAbbreviation(text: string, start: number): { letters: string; end: number } | null {
  let letters = '';
  let p = start;
  while (p < text.length && letters.length < 3 && isLetter(text[p])) {
    letters += text[p]!.toLowerCase();
    p++;
    if (text[p] === '.') p++;
    else if (isLetter(text[p])) continue;
    else break;
  }
  if (text[p - 1] !== '.' || isLetter(text[p])) return null;
  return { letters, end: p };
}

/** "2019-2020", "2019–20", "2019/20" after a month: a period, unless a new date follows ("2019 – 3 mei 2020"). */
function isPeriodAfterYear(text: string, yearEnd: number): boolean {
  const ch = text[yearEnd];
  if (ch !== '-' && ch !== '–' && ch !== '/') return false;
  const digitsStart = yearEnd + 1;
  const digitsEnd = digitRunEnd(text, digitsStart, 4);
  const length = digitsEnd - digitsStart;
  if (length === 4) return true;
  if (length !== 2) return false;
  const next = skipSpace(text, digitsEnd);
  return next === digitsEnd || lookupMonth(text.slice(next, wordForward(text, next))) === null;
}

/**
 * "30 april en 1 mei 2019", "14 maart t/m 2 april 2019": a group without a year takes the year of the
 * dated group right after it (the year before when its day would fall after that group's first day).
 */
function borrowYears(text: string, groups: DateGroup[]): void {
  for (let i = groups.length - 2; i >= 0; i--) {
    const group = groups[i]!;
    const next = groups[i + 1]!;
    if (group.relation !== 'yearless' || next.relation !== 'explicit' || next.year === null)
      continue;
    const nextStart = next.weekdayStart ?? next.days[0]!.start;
    if (nextStart - group.end > MAX_BORROW_GAP) continue;
    if (!onlySeparators(text.slice(group.end, nextStart))) continue;
    const nextFirst = next.days[0]!;
    const later =
      group.month > next.month ||
      (group.month === next.month && group.days[0]!.day > nextFirst.day);
    group.year = later ? next.year - 1 : next.year;
    group.relation = 'explicit';
  }
}

const SEPARATOR_WORDS = new Set(['en', 'of', 't', 'm', 'tot', 'met']);

function onlySeparators(gap: string): boolean {
  for (const piece of gap.split(/[\s\u00a0,\-–/]+/u)) {
    if (piece !== '' && !SEPARATOR_WORDS.has(piece.toLowerCase())) return false;
  }
  return true;
}

/** One match per day of a group; none when the group's date cannot be settled or does not exist. */
function groupMatches(text: string, group: DateGroup, documentDate: CalendarDate | null): Match[] {
  const resolved: CalendarDate[] = [];
  for (const { day } of group.days) {
    const date = resolveDay(group, day, documentDate);
    if (!date) return [];
    resolved.push(date);
  }
  const last = group.days.length - 1;
  return group.days.map((span, i) => {
    const start = i === 0 && group.weekdayStart !== null ? group.weekdayStart : span.start;
    const end = i === last ? group.end : span.end;
    return dateMatch(text, start, end, resolved[i]!);
  });
}

function resolveDay(
  group: DateGroup,
  day: number,
  documentDate: CalendarDate | null,
): CalendarDate | null {
  const { month } = group;
  switch (group.relation) {
    case 'explicit':
      return group.year !== null && isValidDate(group.year, month, day)
        ? { year: group.year, month, day }
        : null;
    case 'past':
      return documentDate ? mostRecentOnOrBefore(month, day, documentDate) : null;
    case 'future':
      return documentDate ? nextAfter(month, day, documentDate) : null;
    case 'yearless':
      // A weekday belongs to the first day of a list only.
      return documentDate
        ? resolveYearless(month, day, group.days.length === 1 ? group.weekday : null, documentDate)
        : null;
  }
}

function dateMatch(text: string, start: number, end: number, date: CalendarDate): Match {
  const iso = toIso(date);
  return {
    kind: 'date',
    start,
    end,
    text: text.slice(start, end),
    target: iso,
    date: iso,
    label: formatLongDateWithWeekday(iso),
  };
}

/**
 * "dinsdag a.s.", "aanstaande dinsdag", "komende dinsdag", "vrijdag jl.", "vrijdag jongstleden",
 * "afgelopen vrijdag": a weekday relative to the document date. Weekdays inside a full date are skipped.
 */
function relativeWeekdays(
  text: string,
  taken: Match[],
  documentDate: CalendarDate | null,
): Match[] {
  if (!documentDate) return [];
  const out: Match[] = [];
  const spans = taken.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  let spanIndex = 0;
  WEEKDAY_WORD.lastIndex = 0;
  for (let m = WEEKDAY_WORD.exec(text); m; m = WEEKDAY_WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isWholeWord(text, start, end)) continue;
    while (spanIndex < spans.length && spans[spanIndex]![1] <= start) spanIndex++;
    const span = spans[spanIndex];
    if (span && span[0] <= start) continue;
    const weekday = lookupWeekday(m[0]);
    if (weekday === null) continue;
    const found = weekdayQualifier(text, start, end);
    if (!found) continue;
    const date =
      found.relation === 'past'
        ? previousWeekday(weekday, documentDate)
        : nextWeekday(weekday, documentDate);
    out.push(dateMatch(text, found.start, found.end, date));
  }
  return out;
}

function weekdayQualifier(
  text: string,
  start: number,
  end: number,
): { relation: 'past' | 'future'; start: number; end: number } | null {
  const p = skipSpace(text, end);
  if (p !== end) {
    const wordEnd = wordForward(text, p);
    const word = text.slice(p, wordEnd).toLowerCase();
    if (word === 'jongstleden' || word === 'laatstleden')
      return { relation: 'past', start, end: wordEnd };
    if (word === 'aanstaande') return { relation: 'future', start, end: wordEnd };
    const abbreviation = readAbbreviation(text, p);
    if (abbreviation?.letters === 'jl' || abbreviation?.letters === 'll') {
      return { relation: 'past', start, end: abbreviation.end };
    }
    if (abbreviation?.letters === 'as') return { relation: 'future', start, end: abbreviation.end };
  }
  const q = skipSpaceBack(text, start);
  if (q === start) return null;
  const wordStart = wordBack(text, q);
  if (isLetter(text[wordStart - 1])) return null;
  const before = text.slice(wordStart, q).toLowerCase();
  if (before === 'aanstaande' || before === 'komende')
    return { relation: 'future', start: wordStart, end };
  if (before === 'afgelopen') return { relation: 'past', start: wordStart, end };
  return null;
}

/*
 * Real examples (published texts; all in tests/fixtures/labeled/dates.jsonl):
 *   "(ingezonden 10 maart 2022)"                                   → 2022-03-10
 *   "Den Haag, 21 februari 2022"                                   → 2022-02-21
 *   "per brief d.d. 2 mei 2011" (kst-32500-XII-72)                 → 2011-05-02
 *   "op woensdag 29 mei 2019 van 12.00 uur tot 16.00 uur"          → 2019-05-29, times untouched
 *   "bij brief van 26 maart jl." (letter of 14 June 2019)          → 2019-03-26
 *   "Op woensdag 17 mei jongstleden" (letter of 29 May 2017)       → 2017-05-17
 *   "van 14, 15 en 16 maart aanstaande" (letter of 21 Feb 2022)    → 2022-03-14, -15, -16
 *   "Informele Milieuraad d.d. 10-11 april 2018"                   → 2018-04-10, 2018-04-11
 *   "In onze brief van 23 mei 20081 hebben wij" (footnote 1)       → 2008-05-23
 *   "de brief die afgelopen vrijdag is binnengekomen" (30 Oct 2012) → 2012-10-26
 *   "voor de zomer van 2022", "uiterlijk januari 2019", "(CD d.d. 25/09)", "in vitale
 *   infrastructuur2."                                              → no date
 */
