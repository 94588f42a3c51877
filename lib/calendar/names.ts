/** Month and weekday names: one list for the whole project (the date recognizer reads them too). */

/** Dutch month names, index 0 = januari. */
export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Dutch weekday names, index 0 = zondag, matching `Date.prototype.getUTCDay` and weekdayOf. */
export const WEEKDAY_NAMES = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
] as const;

export const ENGLISH_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
