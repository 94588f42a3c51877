export interface ToolbarProps {
  /** Whether Kamerlens is applied to the page at all (the master switch). */
  active: boolean;
  sideBySide: boolean;
  /** Hide the side-by-side switch on pages without question/answer pairs. */
  canSideBySide: boolean;
  summary: string;
  labels: {
    title: string;
    sideBySide: string;
    active: string;
  };
  onToggleSideBySide(): void;
  onToggleActive(): void;
}

/** The small floating bar with Kamerlens' two switches. Lives in a shadow root; fixed, so no layout shift. */
export function Toolbar(props: ToolbarProps) {
  return (
    <div class="bar" role="toolbar" aria-label={props.labels.title}>
      <style>{TOOLBAR_CSS}</style>
      <span class="title">{props.labels.title}</span>
      {props.active && props.summary ? <span class="summary">{props.summary}</span> : null}
      {props.canSideBySide ? (
        <button
          type="button"
          data-action="side-by-side"
          aria-pressed={props.active && props.sideBySide ? 'true' : 'false'}
          disabled={!props.active}
          onClick={props.onToggleSideBySide}
        >
          {props.labels.sideBySide}
        </button>
      ) : null}
      <button
        type="button"
        data-action="off"
        aria-pressed={props.active ? 'true' : 'false'}
        onClick={props.onToggleActive}
      >
        {props.labels.active}
      </button>
    </div>
  );
}

const TOOLBAR_CSS = `
:host { all: initial; }
.bar {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  display: flex; align-items: center; gap: 8px; padding: 6px 8px;
  font: 14px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; border: 1px solid #8a9099; border-radius: 8px;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15);
}
.title { font-weight: 600; color: #154273; }
.summary { color: #3d434a; }
button {
  font: inherit; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #154273; background: #ffffff; color: #154273;
}
button[aria-pressed="true"] { background: #154273; color: #ffffff; }
button:disabled { opacity: 0.6; cursor: default; }
button:focus-visible { outline: 3px solid #e17000; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .bar { color: #eef1f4; background: #1e2228; border-color: #6b737d; }
  .title { color: #9cc3f0; }
  .summary { color: #c8cdd3; }
  button { background: #1e2228; color: #9cc3f0; border-color: #9cc3f0; }
  button[aria-pressed="true"] { background: #9cc3f0; color: #10151b; }
}
`;
