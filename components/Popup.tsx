import type { JumpTarget, PageSummary, ReferenceItem, TimelineEvent } from '@/lib/messages';
import { kindMessage, t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { referenceInSentence } from '@/lib/text/excerpt';
import { formatLongDate } from '@/lib/calendar';

export type PopupState =
  | { state: 'loading' }
  | { state: 'summary'; summary: PageSummary }
  /** The tab is not a parliamentary document on the site. */
  | { state: 'not-ours' }
  /** It is, but the content script did not answer (page loaded before the extension, or still loading). */
  | { state: 'no-contact' };

export interface PopupProps {
  view: PopupState;
  siteUrl: string;
  onJump(to: JumpTarget): void;
  onOpenOptions(): void;
}

const STRATEGY_KEYS: Record<PageSummary['strategy'], MessageKey> = {
  'koop-classes': 'strategy.koopClasses',
  'heading-text': 'strategy.headingText',
  'qa-list': 'strategy.qaList',
  xml: 'strategy.xml',
  none: 'strategy.none',
};

function Timeline({ events, daysTaken }: { events: TimelineEvent[]; daysTaken: number | null }) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="kl-timeline">
      <h2 id="kl-timeline">{t('popup.timeline')}</h2>
      <ol class="timeline">
        {events.map((e) => (
          <li key={`${e.event}-${e.date}`}>
            <span class="event">{t(`event.${e.event}` as MessageKey)}</span>{' '}
            <time dateTime={e.date}>{formatLongDate(e.date, uiLanguage())}</time>
            {e.event === 'received' && daysTaken !== null ? (
              <span class="muted"> ({t('popup.daysTaken', [daysTaken])})</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The sentence a reference stands in, the reference marked. Segmentation runs here, in the popup,
 * with the plain splitter (docs/decisions.md: compromise does not earn its place for this).
 */
function InSentence({ context }: { context: NonNullable<ReferenceItem['context']> }) {
  const { before, match, after } = referenceInSentence(context);
  // A sentence that is only the reference (a bare list item) adds nothing.
  if (before.trim() === '' && after.trim() === '') return null;
  return (
    <p class="in-sentence" data-kl="in-sentence">
      {before}
      <mark>{match}</mark>
      {after}
    </p>
  );
}

function Summary({ summary, onJump }: { summary: PageSummary; onJump: PopupProps['onJump'] }) {
  return (
    <>
      <header>
        <p class="kind">{t(`kind.${summary.kind}` as MessageKey)}</p>
        <p class="id">
          <a href={summary.url} target="_blank" rel="noopener noreferrer">
            {summary.id}
          </a>
          {summary.vraagnummer && !summary.id.includes(summary.vraagnummer) ? (
            <span class="muted"> · {summary.vraagnummer}</span>
          ) : null}
        </p>
        {summary.title ? <p class="title">{summary.title}</p> : null}
      </header>

      {summary.pairs > 0 ? (
        <section aria-labelledby="kl-pairs">
          <h2 id="kl-pairs">{t('popup.document')}</h2>
          <p data-kl="counts">
            {t('popup.counts', [summary.pairs, summary.answered, summary.unanswered.length])}
          </p>
          {summary.unanswered.length > 0 ? (
            <p>
              {t('popup.unanswered', [''])}
              {summary.unanswered.map((n, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <button
                    type="button"
                    class="link"
                    aria-label={t('popup.jump', [`${t('popup.question')} ${n}`])}
                    onClick={() => onJump({ pair: n })}
                  >
                    {n}
                  </button>
                </>
              ))}
            </p>
          ) : null}
        </section>
      ) : null}

      <Timeline events={summary.timeline} daysTaken={summary.daysTaken} />

      <section aria-labelledby="kl-refs">
        <h2 id="kl-refs">{t('popup.references')}</h2>
        {summary.references.length === 0 ? <p class="muted">{t('popup.noReferences')}</p> : null}
        {summary.references.map((group) => (
          <details key={group.kind} data-kind={group.kind}>
            <summary>
              {t(kindMessage(group.kind))} <span class="count">{group.count}</span>
            </summary>
            <ul>
              {group.items.map((item) => (
                <li key={item.index}>
                  <button
                    type="button"
                    class="link"
                    aria-label={t('popup.jump', [item.text])}
                    onClick={() => onJump({ ref: item.index })}
                  >
                    {item.text}
                  </button>
                  {item.context ? <InSentence context={item.context} /> : null}
                </li>
              ))}
              {group.count > group.items.length ? (
                <li class="muted">{t('popup.more', [group.count - group.items.length])}</li>
              ) : null}
            </ul>
          </details>
        ))}
      </section>

      <section aria-labelledby="kl-diag">
        <h2 id="kl-diag">{t('popup.diagnostics')}</h2>
        <p data-kl="strategy">{t('popup.strategy', [t(STRATEGY_KEYS[summary.strategy])])}</p>
        {summary.diagnostics.length === 0 ? (
          <p class="muted">{t('popup.allPaired')}</p>
        ) : (
          <ul class="diagnostics">
            {summary.diagnostics.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The toolbar popup: what Kamerlens found on the page in the current tab. */
export function Popup(props: PopupProps) {
  const { view } = props;
  return (
    <main class="popup" lang={uiLanguage()}>
      <h1>Kamerlens</h1>
      {view.state === 'loading' ? <p class="muted">{t('popup.loading')}</p> : null}
      {view.state === 'summary' ? <Summary summary={view.summary} onJump={props.onJump} /> : null}
      {view.state === 'not-ours' || view.state === 'no-contact' ? (
        <section data-kl="explain">
          <p>{t(view.state === 'not-ours' ? 'popup.notOurs' : 'popup.noContact')}</p>
          <p>
            <a href={props.siteUrl} target="_blank" rel="noopener noreferrer">
              {t('popup.openSite')}
            </a>
          </p>
        </section>
      ) : null}
      <footer>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          {t('popup.options')}
        </button>
      </footer>
    </main>
  );
}
