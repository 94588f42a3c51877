import { useState } from 'preact/hooks';

export type CopyWhat =
  { what: 'pair'; number: string } | { what: 'citation'; number: string } | { what: 'all' };

export interface CopyButtonsProps {
  /** The question numbers in this spot (several for a combined block). */
  numbers: string[];
  /** Also offer "copy all" (the first spot on the page). */
  showAll: boolean;
  /** Float over the heading line (a zero-height slot in the page's flow) instead of sitting in a grid cell. */
  floating: boolean;
  labels: {
    pair: string;
    /** aria-label with `$1` for the number. */
    pairLabel: string;
    citation: string;
    citationLabel: string;
    all: string;
    allLabel: string;
    done: string;
    failed: string;
  };
  onCopy(what: CopyWhat): Promise<boolean>;
}

const fill = (label: string, n: string) => label.replace('$1', n);

/**
 * Copy buttons for one or more pairs. Lives in a shadow root in a zero-height slot: the buttons
 * float over the right end of the heading line, so the page's text does not move.
 */
export function CopyButtons(props: CopyButtonsProps) {
  const [status, setStatus] = useState<{ key: string; ok: boolean } | null>(null);
  const { labels } = props;

  const run = async (key: string, what: CopyWhat) => {
    const ok = await props.onCopy(what).catch(() => false);
    setStatus({ key, ok });
    setTimeout(() => setStatus((s) => (s?.key === key ? null : s)), 2000);
  };

  const button = (key: string, text: string, label: string, what: CopyWhat) => (
    <button
      type="button"
      data-copy={key}
      aria-label={label}
      title={label}
      onClick={() => void run(key, what)}
    >
      {status?.key === key ? (status.ok ? labels.done : labels.failed) : text}
    </button>
  );

  return (
    <div
      class={props.floating ? 'copy floating' : 'copy'}
      role="group"
      aria-label={fill(labels.pairLabel, props.numbers.join(', '))}
    >
      <style>{COPY_CSS}</style>
      {props.numbers.map((n) => [
        button(
          `pair-${n}`,
          props.numbers.length > 1 ? `${labels.pair} ${n}` : labels.pair,
          fill(labels.pairLabel, n),
          {
            what: 'pair',
            number: n,
          },
        ),
        button(`citation-${n}`, labels.citation, fill(labels.citationLabel, n), {
          what: 'citation',
          number: n,
        }),
      ])}
      {props.showAll ? button('all', labels.all, labels.allLabel, { what: 'all' }) : null}
      <span class="status" role="status" aria-live="polite">
        {status ? (status.ok ? labels.done : labels.failed) : ''}
      </span>
    </div>
  );
}

const COPY_CSS = `
:host { all: initial; }
.copy {
  display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 6px;
  font: 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.copy:not(.floating) { flex-direction: column; align-items: stretch; }
.floating { position: absolute; right: 0; top: 0; z-index: 2; }
button {
  font: inherit; min-height: 28px; padding: 3px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #154273; background: #ffffff; color: #154273;
}
button:hover { background: #e8eef6; }
button:focus-visible { outline: 3px solid #e17000; outline-offset: 2px; }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
@media (prefers-color-scheme: dark) {
  button { background: #1e2228; color: #9cc3f0; border-color: #9cc3f0; }
  button:hover { background: #2a3038; }
}
`;
