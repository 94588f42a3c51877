import { addDays, daysBetween, formatLongDate, isIsoDate } from '../calendar';

/**
 * The answer term for Kamervragen: three weeks after submission, six weeks when the minister sent a
 * delay notice (Mededeling). Calendar weeks: weekends and holidays do not move the due date.
 */
const TERM_WEEKS = 3;
const TERM_WEEKS_WITH_NOTICE = 6;

interface TimelineInput {
  /** ISO date the questions were submitted ("ingezonden"). */
  submitted: string | null;
  /** ISO date of the delay notice, if one was sent. */
  noticeDate: string | null;
  /** ISO date the answer was received ("ontvangen"), null while unanswered. */
  answered: string | null;
  /** ISO date of today; only consulted for questions that are still open. */
  today: string;
}

export type TermStatus =
  | { kind: 'on-time' }
  | { kind: 'late'; daysLate: number }
  | { kind: 'open'; dueDate: string }
  | { kind: 'overdue'; dueDate: string; daysOverdue: number }
  | { kind: 'unknown' };

export interface Timeline {
  submitted: string | null;
  noticeDate: string | null;
  answered: string | null;
  /** Weeks allowed: 3, or 6 after a delay notice. */
  termWeeks: number;
  dueDate: string | null;
  /** Days from submission to answer ("90 dagen"), null while unanswered or unknown. */
  daysTaken: number | null;
  status: TermStatus;
  /** The status as one Dutch line: "op tijd", "te laat (48 dagen)", "nog niet beantwoord — …". */
  statusText: string;
}

const dagen = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;

export function dueDateFor(submitted: string, hasNotice: boolean): string {
  return addDays(submitted, 7 * (hasNotice ? TERM_WEEKS_WITH_NOTICE : TERM_WEEKS));
}

function describeStatus(status: TermStatus): string {
  switch (status.kind) {
    case 'on-time':
      return 'op tijd';
    case 'late':
      return `te laat (${dagen(status.daysLate)})`;
    case 'open':
      return `nog niet beantwoord — termijn loopt tot ${formatLongDate(status.dueDate)}`;
    case 'overdue':
      return `nog niet beantwoord — termijn verstreken op ${formatLongDate(status.dueDate)}`;
    case 'unknown':
      return 'termijn onbekend (geen datum van indiening gevonden)';
  }
}

export function buildTimeline(input: TimelineInput): Timeline {
  const submitted = isIsoDate(input.submitted) ? input.submitted : null;
  const noticeDate = isIsoDate(input.noticeDate) ? input.noticeDate : null;
  const answered = isIsoDate(input.answered) ? input.answered : null;
  const termWeeks = noticeDate ? TERM_WEEKS_WITH_NOTICE : TERM_WEEKS;
  const dueDate = submitted ? dueDateFor(submitted, noticeDate !== null) : null;
  const daysTaken = submitted && answered ? daysBetween(submitted, answered) : null;

  let status: TermStatus;
  if (!dueDate) {
    status = { kind: 'unknown' };
  } else if (answered) {
    const late = daysBetween(dueDate, answered);
    status = late > 0 ? { kind: 'late', daysLate: late } : { kind: 'on-time' };
  } else {
    const overdue = isIsoDate(input.today) ? daysBetween(dueDate, input.today) : 0;
    status =
      overdue > 0 ? { kind: 'overdue', dueDate, daysOverdue: overdue } : { kind: 'open', dueDate };
  }
  return {
    submitted,
    noticeDate,
    answered,
    termWeeks,
    dueDate,
    daysTaken,
    status,
    statusText: describeStatus(status),
  };
}
