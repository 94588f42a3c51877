import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/page/detect';
import { loadAnswerDocuments } from '../../../lib/sources/load-answers';
import { showDate, timelineView } from '../../../lib/timeline/from-documents';
import { SITE, fakeSite, htmlDoc, pageHtml } from '../sources/fixtures';

const ids = ['kv-tk-2022Z04510', 'ah-tk-20212022-3019', 'ah-tk-20212022-mededeling-placeholder'];
const site = () => fakeSite(Object.fromEntries(ids.map((id) => [`/${id}.html`, pageHtml(id)])));
const open = (id: string) => {
  const doc = htmlDoc(pageHtml(id));
  return { doc, page: detectPage(`${SITE}/${id}.html`, doc)! };
};

describe('timelineView for Kamervraag 2022Z04510', () => {
  it('on the question page: ingezonden 10 maart, Mededeling 1 april, beantwoord 8 juni 2022, 90 dagen', async () => {
    const { doc, page } = open('kv-tk-2022Z04510');
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site().fetchImpl,
      cache: null,
    });
    const view = timelineView(page, load, '2026-11-29', SITE);
    expect(view.timeline).toMatchObject({
      submitted: '2022-03-10',
      noticeDate: '2022-04-01',
      answered: '2022-06-08',
      daysTaken: 90,
      dueDate: '2022-04-21',
      statusText: 'te laat (48 dagen)',
    });
    expect(view.question).toMatchObject({
      id: 'kv-tk-2022Z04510',
      role: 'question',
      current: true,
    });
    // The role lets the card name each document in the reader's language.
    expect([...view.answers, ...view.notices].map((d) => d.role)).toEqual(['answer', 'notice']);
    expect(view.answers.map((a) => [a.label, a.href])).toEqual([
      ['Antwoord (ah-tk-20212022-3019)', `${SITE}/ah-tk-20212022-3019.html`],
    ]);
    expect(view.notices.map((n) => [n.label, n.date])).toEqual([
      ['Mededeling (uitstel) (ah-tk-20212022-mededeling-placeholder)', '2022-04-01'],
    ]);
  });

  it('on the answer page: the same figures, a link back to the question and to the notice', async () => {
    const { doc, page } = open('ah-tk-20212022-3019');
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site().fetchImpl,
      cache: null,
    });
    const view = timelineView(page, load, '2026-11-29', SITE);
    expect(view.timeline.daysTaken).toBe(90);
    expect(view.timeline.noticeDate).toBe('2022-04-01');
    expect(view.question).toMatchObject({
      id: 'kv-tk-2022Z04510',
      href: `${SITE}/kv-tk-2022Z04510.html`,
      current: false,
    });
    expect(view.answers[0]).toMatchObject({ id: 'ah-tk-20212022-3019', current: true });
    expect(view.notices[0]?.href).toBe(`${SITE}/ah-tk-20212022-mededeling-placeholder.html`);
  });

  it('without loaded documents the question is open or overdue by today', () => {
    const { page } = open('kv-tk-2022Z04510');
    const view = timelineView(page, null, '2022-03-20', SITE);
    expect(view.timeline.statusText).toBe('nog niet beantwoord — termijn loopt tot 31 maart 2022');
    expect(timelineView(page, null, '2022-04-15', SITE).timeline.statusText).toBe(
      'nog niet beantwoord — termijn verstreken op 31 maart 2022',
    );
  });

  it('dates in the UI language, a dash when unknown', () => {
    expect(showDate('2022-06-08')).toBe('8 juni 2022');
    expect(showDate('2022-06-08', 'en')).toBe('8 June 2022');
    expect(showDate('2022-03-10', 'en')).toBe('10 March 2022');
    expect(showDate(null, 'en')).toBe('—');
  });
});
