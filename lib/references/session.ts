/**
 * The "Handelingen II 2021/22" prefix shared by Handelingen and Aanhangsel citations:
 * chamber (I = Eerste Kamer, II or none = Tweede Kamer) and parliamentary year in any printed form.
 */
import { SPACE_CLASS, DASH_CLASS, sessionYears } from './normalize';

/** Source text of "( II)?(,)?( vergaderjaar)? 2021/22" with groups: chamber, first year, second year. */
export const SESSION_SOURCE =
  `(?:[${SPACE_CLASS}](I{1,2}|EK|TK))?,?[${SPACE_CLASS}](?:vergaderjaar[${SPACE_CLASS}])?` +
  `(\\d{4})(?:\\/|[${DASH_CLASS}])(\\d{2}|\\d{4})`;

/** "tk" or "ek" from the chamber group; a missing chamber means the Tweede Kamer. */
export const chamberOf = (group: string | undefined): 'tk' | 'ek' =>
  group === 'I' || group === 'EK' ? 'ek' : 'tk';

export const chamberLabel = (chamber: 'tk' | 'ek'): string => (chamber === 'ek' ? 'I' : 'II');

export { sessionYears };
