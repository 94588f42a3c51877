import type { PageInfo } from '../page/types';
import type { LoadedDocument, LoadedRole, RelatedLoad } from '../sources/load-answers';
import { documentPath } from '../sources/related';
import { buildTimeline, type Timeline } from './deadline';
import { formatLongDate, type DateLanguage } from '../calendar';

/** A link the timeline card shows: the question page, an answer, a delay notice. */
export interface DocumentLink {
  id: string;
  /** What the document is, so the card can name it in the reader's language. */
  role: 'question' | LoadedRole;
  href: string;
  /** "Vragen (kv-tk-2022Z04510)", "Antwoord (ah-tk-20212022-3019)", "Nader antwoord (…)", "Mededeling (…)". */
  label: string;
  date: string | null;
  /** The page the reader is on: shown, not linked. */
  current: boolean;
  /** A delay notice's own text ("Hierbij deel ik u … mede"), when loaded. */
  text?: string | null;
}

export interface TimelineView {
  timeline: Timeline;
  question: DocumentLink | null;
  answers: DocumentLink[];
  notices: DocumentLink[];
}

const dateOf = (page: PageInfo) => page.received ?? page.issued;

const ROLE_LABEL = {
  answer: 'Antwoord',
  'nader-antwoord': 'Nader antwoord',
  notice: 'Mededeling (uitstel)',
  other: 'Document',
} as const;

/**
 * Everything the card shows, from the page itself and the documents loaded for it. Dates come from
 * the documents (meta tags, then intro text); `today` matters only while the question is open.
 */
export function timelineView(
  page: PageInfo,
  load: RelatedLoad | null,
  today: string,
  origin: string,
): TimelineView {
  const href = (id: string) => new URL(documentPath(id), origin).href;
  const loaded = load?.documents ?? [];
  const link = (d: LoadedDocument): DocumentLink => ({
    id: d.id,
    role: d.role,
    href: d.url || href(d.id),
    label: `${ROLE_LABEL[d.role]} (${d.id})`,
    date: dateOf(d.page),
    current: false,
  });
  const self = (role: DocumentLink['role'], label: string): DocumentLink => ({
    id: page.id,
    role,
    href: href(page.id),
    label: `${label} (${page.id})`,
    date: dateOf(page),
    current: true,
  });

  const answers = loaded
    .filter((d) => d.role === 'answer' || d.role === 'nader-antwoord')
    .map(link);
  const notices: DocumentLink[] = loaded
    .filter((d) => d.role === 'notice')
    .map((d) => ({ ...link(d), text: d.model.notices[0] ?? null }));
  if (page.kind === 'answer') answers.unshift(self('answer', 'Antwoord'));
  if (page.kind === 'notice') notices.unshift(self('notice', 'Mededeling (uitstel)'));
  answers.sort(byDate);
  notices.sort(byDate);

  let question: DocumentLink | null = null;
  if (page.kind === 'question') question = { ...self('question', 'Vragen'), date: page.submitted };
  else if (load?.related.questionId) {
    const id = load.related.questionId;
    question = {
      id,
      role: 'question',
      href: href(id),
      label: `Vragen (${id})`,
      date: page.submitted,
      current: false,
    };
  }

  const submitted = page.submitted ?? loaded.map((d) => d.page.submitted).find(Boolean) ?? null;
  const timeline = buildTimeline({
    submitted,
    noticeDate: notices[0]?.date ?? null,
    answered: answers[0]?.date ?? null,
    today,
  });
  return { timeline, question, answers, notices };
}

function byDate(a: DocumentLink, b: DocumentLink): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999');
}

/** "8 juni 2022" ("8 June 2022" in English), or a dash when unknown. */
export const showDate = (iso: string | null, lang: DateLanguage = 'nl') =>
  iso ? formatLongDate(iso, lang) : '—';
