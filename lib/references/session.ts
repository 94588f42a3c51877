/**
 * The "Handelingen II 2021/22" prefix shared by Handelingen and Aanhangsel citations:
 * chamber (I = Eerste Kamer, II or none = Tweede Kamer) and parliamentary year in any printed form.
 */
import { guarded } from './guard';
import { SPACE_CLASS, DASH_CLASS, sessionYears } from './normalize';

/**
 * Space between the words of a citation heading: a PDF or a narrow column breaks "Aanhangsel
 * Handelingen II 2021/22" over lines, so a line break counts as a space here (at most three).
 */
export const BREAK_SPACE = `[${SPACE_CLASS}\\n\\r\\t]{1,3}`;

/**
 * Source text of "( II)?(,)?( vergaderjaar)? 2021/22" with groups: chamber, first year, second year.
 * The chamber may be written out ("Eerste Kamer") and the year may open a parenthesis ("(2022/2023").
 */
export const SESSION_SOURCE =
  `(?:${BREAK_SPACE}(I{1,2}|EK|TK|Eerste${BREAK_SPACE}Kamer|Tweede${BREAK_SPACE}Kamer))?,?${BREAK_SPACE}` +
  `(?:vergaderjaar${BREAK_SPACE})?\\(?(\\d{4})(?:\\/|[${DASH_CLASS}])(\\d{2}|\\d{4})`;

/**
 * The metadata row of a page on the official site, rendered as text: chamber, parliamentary year and
 * number with the cells glued together or split by "|" ("Tweede Kamer der Staten-Generaal2016-2017",
 * "Eerste Kamer der Staten-Generaal | 2001-2002 | "). Groups: chamber, first year, second year.
 */
const CELL = `(?:[${SPACE_CLASS}]?\\|[${SPACE_CLASS}]?)?`;
export const GLUED_SESSION = guarded(
  new RegExp(
    `(Eerste|Tweede)[${SPACE_CLASS}]Kamer[${SPACE_CLASS}]der[${SPACE_CLASS}]Staten-Generaal${CELL}(\\d{4})-(\\d{4})${CELL}`,
    'g',
  ),
  ['Staten-Generaal'],
);

/** "tk" or "ek" from the chamber group; a missing chamber means the Tweede Kamer. */
export const chamberOf = (group: string | undefined): 'tk' | 'ek' =>
  group === 'I' || group === 'EK' || group?.startsWith('Eerste') ? 'ek' : 'tk';

export const chamberLabel = (chamber: 'tk' | 'ek'): string => (chamber === 'ek' ? 'I' : 'II');

export { sessionYears };
