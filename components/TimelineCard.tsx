import { t, uiLanguage } from '@/lib/i18n';
import type { TermStatus } from '@/lib/timeline/deadline';
import type { DocumentLink } from '@/lib/timeline/from-documents';
import { showDate as showDateIn, type TimelineView } from '@/lib/timeline/from-documents';

export interface TimelineCardProps {
  view: TimelineView;
  /** The answer documents are still being fetched. */
  loading: boolean;
  /** Some related document could not be loaded: one line, with a retry button. */
  failed: boolean;
  /** The user turned loading other documents off: say so rather than "nothing found". */
  notLookedUp?: boolean;
  onRetry(): void;
}

/** Every string comes from the catalogs (timeline.*), dates in the same language. */
const showDate = (iso: string | null) => showDateIn(iso, uiLanguage());
const days = (n: number) => (n === 1 ? t('timeline.day') : t('timeline.days', [n]));

const DOC_LABEL = {
  question: 'timeline.docQuestion',
  answer: 'timeline.docAnswer',
  'nader-antwoord': 'timeline.docNaderAntwoord',
  notice: 'timeline.docNotice',
  other: 'timeline.docOther',
} as const;

function termLine(status: TermStatus): string {
  switch (status.kind) {
    case 'on-time':
      return t('timeline.onTime');
    case 'late':
      return t('timeline.late', [days(status.daysLate)]);
    case 'open':
      return t('timeline.open', [showDate(status.dueDate)]);
    case 'overdue':
      return t('timeline.overdue', [showDate(status.dueDate)]);
    case 'unknown':
      return t('timeline.unknown');
  }
}

function DocLinks({ links }: { links: DocumentLink[] }) {
  return (
    <>
      {links.map((link) => {
        const label = t(DOC_LABEL[link.role], [link.id]);
        return (
          <span class="doc" key={link.id}>
            {' '}
            {link.current ? (
              <span aria-current="page">{t('timeline.thisPage', [label])}</span>
            ) : (
              <a href={link.href}>{label}</a>
            )}
          </span>
        );
      })}
    </>
  );
}

/**
 * The timeline of one Kamervraag at the top of the page: submitted, delay notice, answered, days
 * taken and whether the term was kept. Lives in a shadow root; its own styles, light and dark.
 */
export function TimelineCard({
  view,
  loading,
  failed,
  notLookedUp = false,
  onRetry,
}: TimelineCardProps) {
  const { timeline: tl, question, answers, notices } = view;
  const later = answers.slice(1);
  // Without the answer we cannot tell "not answered" from "not loaded": say so instead of guessing.
  const termText =
    (failed || notLookedUp) && !tl.answered ? t('timeline.notLoaded') : termLine(tl.status);
  const nothingFound = (key: 'timeline.noneFound' | 'timeline.noAnswerFound') =>
    loading ? '…' : notLookedUp ? t('timeline.notLookedUp') : t(key);
  const termClass =
    tl.status.kind === 'late' || tl.status.kind === 'overdue'
      ? 'late'
      : tl.status.kind === 'on-time'
        ? 'ok'
        : '';
  return (
    <section class="card" aria-labelledby="kl-timeline-title">
      <style>{CARD_CSS}</style>
      <h2 id="kl-timeline-title">{t('timeline.title')}</h2>
      <dl>
        <div class="row" data-field="submitted">
          <dt>{t('timeline.submitted')}</dt>
          <dd>
            {showDate(tl.submitted)}
            {question ? <DocLinks links={[question]} /> : null}
          </dd>
        </div>
        <div class="row" data-field="notice">
          <dt>{t('timeline.notice')}</dt>
          <dd>
            {notices.length ? (
              <>
                {showDate(tl.noticeDate)}
                <DocLinks links={notices} />
                {notices[0]?.text ? (
                  <details>
                    <summary>{t('timeline.noticeText')}</summary>
                    <p class="notice-text">{notices[0].text}</p>
                  </details>
                ) : null}
              </>
            ) : (
              nothingFound('timeline.noneFound')
            )}
          </dd>
        </div>
        <div class="row" data-field="answered">
          <dt>{t('timeline.answered')}</dt>
          <dd>
            {answers.length ? (
              <>
                {showDate(tl.answered)}
                <DocLinks links={answers.slice(0, 1)} />
              </>
            ) : (
              nothingFound('timeline.noAnswerFound')
            )}
          </dd>
        </div>
        {later.map((link) => (
          <div class="row" data-field="nader-antwoord" key={link.id}>
            <dt>{t('timeline.naderAntwoord')}</dt>
            <dd>
              {showDate(link.date)}
              <DocLinks links={[link]} />
            </dd>
          </div>
        ))}
        <div class="row" data-field="days">
          <dt>{t('timeline.duration')}</dt>
          <dd>{tl.daysTaken === null ? '—' : days(tl.daysTaken)}</dd>
        </div>
        <div class="row" data-field="term">
          <dt>{t('timeline.term')}</dt>
          <dd>
            {tl.dueDate ? `${t('timeline.termUntil', [tl.termWeeks, showDate(tl.dueDate)])}: ` : ''}
            <strong class={termClass}>{loading && !tl.answered ? '…' : termText}</strong>
          </dd>
        </div>
      </dl>
      <p class="status" role="status" aria-live="polite">
        {loading ? t('timeline.loading') : null}
        {failed && !loading ? (
          <span data-field="failure">
            {t('timeline.failed')}{' '}
            <button type="button" onClick={onRetry}>
              {t('timeline.retry')}
            </button>
          </span>
        ) : null}
      </p>
    </section>
  );
}

// Contrast on the card background (WCAG AA: 4.5:1 text, 3:1 focus ring). Light #f3f6fa: text 15.3,
// heading 9.4, links 8.2, late 7.5, on time 6.1, focus ring 9.4. Dark #1e2228: text 14.1, links and
// focus ring 8.7, late 8.0, on time 9.8.
const CARD_CSS = `
:host { all: initial; display: block; }
.card {
  margin: 0 0 16px; padding: 12px 16px; max-width: 60rem;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #f3f6fa; border: 1px solid #8a9099; border-left: 4px solid #154273; border-radius: 6px;
}
h2 { margin: 0 0 8px; font-size: 15px; font-weight: 600; color: #154273; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
.row { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
a { color: #0b4a8b; text-decoration: underline; }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #154273; outline-offset: 2px; }
.late { color: #a4000f; }
.ok { color: #1d6b2c; }
.status { margin: 6px 0 0; min-height: 0; }
details { margin: 2px 0 4px; }
summary { cursor: pointer; }
.notice-text { margin: 4px 0 0; max-width: 50rem; }
.status:empty { display: none; }
button {
  font: inherit; padding: 2px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #154273; background: #ffffff; color: #154273;
}
@media (prefers-color-scheme: dark) {
  .card { color: #eef1f4; background: #1e2228; border-color: #6b737d; border-left-color: #9cc3f0; }
  h2 { color: #9cc3f0; }
  a { color: #9cc3f0; }
  .late { color: #ff9d9d; }
  .ok { color: #8fdc9c; }
  button { background: #1e2228; color: #9cc3f0; border-color: #9cc3f0; }
  a:focus-visible, button:focus-visible, summary:focus-visible { outline-color: #9cc3f0; }
}
`;
