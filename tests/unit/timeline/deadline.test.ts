import { describe, expect, it } from 'vitest';
import { buildTimeline, dueDateFor } from '../../../lib/timeline/deadline';
import { addDays, daysBetween } from '../../../lib/calendar';

describe('buildTimeline — Kamervraag 2022Z04510 (real dates from the example document)', () => {
  // ingezonden 10 maart 2022, Mededeling 1 april 2022, ontvangen 8 juni 2022, "na 90 dagen".
  const t = buildTimeline({
    submitted: '2022-03-10',
    noticeDate: '2022-04-01',
    answered: '2022-06-08',
    today: '2026-01-01',
  });

  it('counts 90 days taken, as OpenKamer does', () => {
    expect(t.daysTaken).toBe(90);
  });

  it('gives six weeks after the delay notice', () => {
    expect(t.termWeeks).toBe(6);
    expect(t.dueDate).toBe('2022-04-21');
  });

  it('is 48 days late', () => {
    expect(t.status).toEqual({ kind: 'late', daysLate: 48 });
    expect(t.statusText).toBe('te laat (48 dagen)');
  });

  it('does not depend on today once answered', () => {
    const other = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: '2022-04-01',
      answered: '2022-06-08',
      today: '2022-01-01',
    });
    expect(other).toEqual(t);
  });
});

describe('buildTimeline — without a notice', () => {
  it('gives three weeks', () => {
    const t = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: null,
      answered: '2022-03-31',
      today: '2022-04-01',
    });
    expect(t.termWeeks).toBe(3);
    expect(t.dueDate).toBe('2022-03-31');
    expect(t.daysTaken).toBe(21);
    expect(t.statusText).toBe('op tijd');
  });

  it('is one day late on the day after the due date, with a singular "dag"', () => {
    const t = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: null,
      answered: '2022-04-01',
      today: '2022-04-01',
    });
    expect(t.status).toEqual({ kind: 'late', daysLate: 1 });
    expect(t.statusText).toBe('te laat (1 dag)');
  });

  it('the same answer date is on time when a notice was sent', () => {
    const t = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: '2022-03-30',
      answered: '2022-04-01',
      today: '2022-04-01',
    });
    expect(t.statusText).toBe('op tijd');
  });
});

describe('weekends do not shift the due date', () => {
  it('a Friday submission is due on a Friday', () => {
    expect(dueDateFor('2022-03-11', false)).toBe('2022-04-01');
  });
  it('a Saturday submission is due on a Saturday, not the Monday after', () => {
    expect(dueDateFor('2022-03-12', false)).toBe('2022-04-02');
    expect(new Date('2022-04-02T00:00:00Z').getUTCDay()).toBe(6);
  });
  it('a Sunday submission with a notice is due on a Sunday six weeks later', () => {
    expect(dueDateFor('2022-03-13', true)).toBe('2022-04-24');
  });
  it('an answer on the Saturday due date is on time', () => {
    const t = buildTimeline({
      submitted: '2022-03-12',
      noticeDate: null,
      answered: '2022-04-02',
      today: '2022-04-02',
    });
    expect(t.statusText).toBe('op tijd');
  });
});

describe('unanswered questions', () => {
  it('after the term: "termijn verstreken op 31 maart 2022"', () => {
    const t = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: null,
      answered: null,
      today: '2022-04-15',
    });
    expect(t.daysTaken).toBeNull();
    expect(t.status).toEqual({ kind: 'overdue', dueDate: '2022-03-31', daysOverdue: 15 });
    expect(t.statusText).toBe('nog niet beantwoord — termijn verstreken op 31 maart 2022');
  });

  it('before the term: "termijn loopt tot …"', () => {
    const t = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: null,
      answered: null,
      today: '2022-03-20',
    });
    expect(t.statusText).toBe('nog niet beantwoord — termijn loopt tot 31 maart 2022');
  });

  it('on the due date itself the term is still running', () => {
    const t = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: null,
      answered: null,
      today: '2022-03-31',
    });
    expect(t.status.kind).toBe('open');
  });

  it('a notice extends the running term to six weeks', () => {
    const t = buildTimeline({
      submitted: '2022-03-10',
      noticeDate: '2022-04-01',
      answered: null,
      today: '2022-04-15',
    });
    expect(t.statusText).toBe('nog niet beantwoord — termijn loopt tot 21 april 2022');
  });
});

describe('month and year boundaries', () => {
  it('crosses the year end', () => {
    expect(dueDateFor('2021-12-20', false)).toBe('2022-01-10');
    expect(daysBetween('2021-12-20', '2022-01-10')).toBe(21);
  });
  it('handles February in a leap year and a common year', () => {
    expect(dueDateFor('2024-02-15', false)).toBe('2024-03-07');
    expect(dueDateFor('2023-02-15', false)).toBe('2023-03-08');
  });
  it('is not shifted by the daylight-saving change (27 maart 2022)', () => {
    expect(daysBetween('2022-03-20', '2022-04-10')).toBe(21);
    expect(addDays('2022-10-20', 21)).toBe('2022-11-10');
  });
});

describe('missing or bad dates', () => {
  it('without a submission date the term is unknown', () => {
    const t = buildTimeline({
      submitted: null,
      noticeDate: null,
      answered: '2022-06-08',
      today: '2022-06-08',
    });
    expect(t.status.kind).toBe('unknown');
    expect(t.dueDate).toBeNull();
    expect(t.daysTaken).toBeNull();
  });
  it('ignores impossible dates', () => {
    const t = buildTimeline({
      submitted: '2022-02-30',
      noticeDate: null,
      answered: null,
      today: '2022-03-01',
    });
    expect(t.submitted).toBeNull();
  });
});
