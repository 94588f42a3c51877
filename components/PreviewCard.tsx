import type { MotionPage } from '@/lib/sources/motion-page';
import type { MotionVote } from '@/lib/sources/odata';
import { formatLongDate, isoDateFrom } from '@/lib/calendar';
import { t, uiLanguage } from '@/lib/i18n';
import { joinNames, kamerstukLabel, partyList, voteHeadline } from '@/lib/sources/motion-format';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; line: string };

export interface PreviewCardProps {
  /** `kst-30821-90`. */
  target: string;
  /** The cited document's page; the card links to it. */
  href: string;
  page: Loadable<MotionPage>;
  /** Null: open data is off (or the document is no motion), so the card says nothing about votes. */
  vote: Loadable<MotionVote> | null;
  onClose(): void;
}

/** Dictum clauses can be long; the card shows the start, the page has the rest. */
const MAX_DICTUM = 600;
const clip = (s: string): string =>
  s.length > MAX_DICTUM ? `${s.slice(0, MAX_DICTUM - 1).trimEnd()}…` : s;

function Vote({ vote }: { vote: Loadable<MotionVote> }) {
  if (vote.state === 'loading') return <p class="muted">{t('preview.voteLoading')}</p>;
  if (vote.state === 'error')
    return (
      <p class="line" data-part="vote-error">
        {vote.line}
      </p>
    );
  const v = vote.value;
  return (
    <div class="vote" data-part="vote">
      <p class={`result result--${v.status}`}>
        <strong>{voteHeadline(v)}</strong>
        {v.rollCall ? ` ${t('preview.rollCall')}` : null}
      </p>
      {v.voor.length > 0 ? (
        <p>
          <span class="label">{t('preview.for', [v.seatsFor])}:</span> {partyList(v.voor)}
        </p>
      ) : null}
      {v.tegen.length > 0 ? (
        <p>
          <span class="label">{t('preview.against', [v.seatsAgainst])}:</span> {partyList(v.tegen)}
        </p>
      ) : null}
      {v.kabinetsappreciatie ? (
        <p>
          <span class="label">{t('preview.kabinetsappreciatie')}:</span> {v.kabinetsappreciatie}
        </p>
      ) : null}
    </div>
  );
}

/** The preview of a cited motion or Kamerstuk. Lives in a shadow root next to the link. */
export function PreviewCard(props: PreviewCardProps) {
  const { page } = props;
  const titleId = `kl-preview-title-${props.target}`;
  const p = page.state === 'ok' ? page.value : null;
  const iso = p ? isoDateFrom(p.date) : null;
  const date = iso ? formatLongDate(iso, uiLanguage()) : null;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-target={props.target}
      data-state={page.state}
    >
      <style>{PREVIEW_CARD_CSS}</style>
      <div class="head">
        <p class="kicker">
          {kamerstukLabel(props.target)}
          {p?.isMotion ? ` · ${t('preview.motion')}` : ''}
        </p>
        <button type="button" class="close" aria-label={t('preview.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div aria-live="polite">
        {page.state === 'loading' ? (
          <p id={titleId} class="muted">
            {t('preview.loading')}
          </p>
        ) : null}
        {page.state === 'error' ? (
          <p id={titleId} class="line" data-part="page-error">
            {page.line}
          </p>
        ) : null}
        {p ? (
          <>
            <h2 id={titleId} class="title" data-part="title">
              {p.title}
            </h2>
            <p class="meta">
              {p.dossierTitle ? <span data-part="dossier">{p.dossierTitle}</span> : null}
              {p.dossierTitle && date ? ' · ' : null}
              {date ? <span data-part="date">{date}</span> : null}
            </p>
            {p.indieners.length > 0 ? (
              <p data-part="indieners">
                <span class="label">{t('preview.submittedBy')}</span> {joinNames(p.indieners)}
              </p>
            ) : null}
            {p.dictum.length > 0 ? (
              <blockquote class="dictum" data-part="dictum">
                {p.dictum.map((clause) => (
                  <p>{clip(clause)}</p>
                ))}
              </blockquote>
            ) : null}
          </>
        ) : null}
        {props.vote ? <Vote vote={props.vote} /> : null}
      </div>
      <p class="foot">
        <a href={props.href}>{t('preview.open')}</a>
      </p>
    </div>
  );
}

const PREVIEW_CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  padding: 10px 12px; border-radius: 8px; border: 1px solid #8a9099;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2);
}
.head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.kicker { margin: 0; color: #3d434a; font-size: 12px; text-transform: none; }
.close {
  font: inherit; font-size: 18px; line-height: 1; padding: 2px 8px; cursor: pointer;
  border: 1px solid transparent; border-radius: 6px; background: transparent; color: #1b1f24;
}
.close:hover { border-color: #8a9099; }
.close:focus-visible, a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.title { margin: 4px 0 2px; font-size: 15px; line-height: 1.3; font-weight: 600; color: #154273; }
.meta { margin: 0 0 6px; color: #3d434a; font-size: 13px; }
p { margin: 4px 0; }
.label { font-weight: 600; }
.dictum { margin: 6px 0; padding: 4px 0 4px 10px; border-left: 3px solid #154273; }
.dictum p { margin: 2px 0; }
.vote { margin-top: 8px; padding-top: 6px; border-top: 1px solid #d0d4d9; }
.result--aangenomen strong { color: #1e6b2f; }
.result--verworpen strong { color: #a4161a; }
.muted { color: #3d434a; }
.line { color: #1b1f24; font-style: italic; }
.foot { margin: 8px 0 0; font-size: 13px; }
a { color: #154273; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #1f2328; border-color: #6b7280; }
  .kicker, .meta, .muted { color: #c2c7ce; }
  .close { color: #e8eaed; }
  .title, a { color: #9cc3ff; }
  .dictum { border-left-color: #9cc3ff; }
  .vote { border-top-color: #3d434a; }
  .line { color: #e8eaed; }
  .result--aangenomen strong { color: #7fd48f; }
  .result--verworpen strong { color: #ff9b9b; }
  .close:focus-visible, a:focus-visible { outline-color: #9cc3ff; }
}
`;
