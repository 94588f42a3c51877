/** Dates as people read them, without locale data (Intl's first use costs a long task). */
import { weekdayOf } from './days';
import { parseIso } from './iso';
import { ENGLISH_MONTH_NAMES, MONTH_NAMES, WEEKDAY_NAMES } from './names';

export type DateLanguage = 'nl' | 'en';

/** "10 maart 2022", or "10 March 2022"; a non-date is returned as it is. */
export function formatLongDate(iso: string, lang: DateLanguage = 'nl'): string {
  const date = parseIso(iso);
  if (!date) return iso;
  const month = (lang === 'en' ? ENGLISH_MONTH_NAMES : MONTH_NAMES)[date.month - 1];
  return `${date.day} ${month} ${date.year}`;
}

/** "donderdag 10 maart 2022" (Dutch: tooltips and labels are Dutch); a non-date as it is. */
export function formatLongDateWithWeekday(iso: string): string {
  const date = parseIso(iso);
  if (!date) return iso;
  return `${WEEKDAY_NAMES[weekdayOf(date)]} ${formatLongDate(iso)}`;
}
