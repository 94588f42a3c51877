export interface KeyHelpProps {
  title: string;
  /** Key and what it does, in display order. */
  rows: Array<{ keys: string; label: string }>;
  note: string;
  closeLabel: string;
  onClose(): void;
}

/** The "?" help: a small non-modal dialog listing the page keys. Fixed position, so no layout shift. */
export function KeyHelp(props: KeyHelpProps) {
  return (
    <div class="help" role="dialog" aria-label={props.title}>
      <style>{HELP_CSS}</style>
      <h2>{props.title}</h2>
      <dl>
        {props.rows.map((r) => [
          <dt key={`k${r.keys}`}>
            <kbd>{r.keys}</kbd>
          </dt>,
          <dd key={`d${r.keys}`}>{r.label}</dd>,
        ])}
      </dl>
      <p>{props.note}</p>
      <button type="button" onClick={props.onClose}>
        {props.closeLabel}
      </button>
    </div>
  );
}

const HELP_CSS = `
:host { all: initial; }
.help {
  position: fixed; right: 16px; bottom: 72px; z-index: 2147483001; max-width: 360px;
  padding: 12px 16px; border-radius: 8px; border: 1px solid #8a9099;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.2);
}
h2 { font-size: 15px; margin: 0 0 8px; color: #154273; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 0 0 8px; }
dt, dd { margin: 0; }
kbd {
  font: 13px ui-monospace, monospace; padding: 1px 6px; border-radius: 4px;
  border: 1px solid #8a9099; background: #f3f5f7; color: #1b1f24;
}
p { margin: 0 0 8px; color: #3d434a; font-size: 13px; }
button {
  font: inherit; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #154273; background: #ffffff; color: #154273;
}
button:focus-visible { outline: 3px solid #e17000; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .help { color: #eef1f4; background: #1e2228; border-color: #6b737d; }
  h2 { color: #9cc3f0; }
  kbd { background: #2a3038; color: #eef1f4; border-color: #6b737d; }
  p { color: #c8cdd3; }
  button { background: #1e2228; color: #9cc3f0; border-color: #9cc3f0; }
}
`;
