/**
 * The one calendar: ISO dates, day arithmetic, month and weekday names, long dates in Dutch and
 * English, today in the Netherlands. The bottom layer: it imports nothing else of ours (ESLint).
 */
export {
  type CalendarDate,
  isLeapYear,
  daysInMonth,
  isValidDate,
  dayNumber,
  fromDayNumber,
  weekdayOf,
} from './days';
export { toIso, parseIso, isIsoDate, isoDateFrom, addDays, daysBetween } from './iso';
export { MONTH_NAMES, WEEKDAY_NAMES } from './names';
export { type DateLanguage, formatLongDate, formatLongDateWithWeekday } from './format';
export { todayInAmsterdam } from './today';
