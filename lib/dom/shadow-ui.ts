import { mark, type Role } from './markers';

/**
 * The one way our UI enters a page: a host element marked with its role, an open shadow root (the
 * page's styles stay out, ours stay in), and a container inside it that a component renders into.
 * Every mount (toolbar, timeline card, preview card, copy buttons, key help) goes through here, so
 * each one is found by the same marker and taken out the same way.
 */
export interface ShadowUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Render into this. */
  container: HTMLElement;
  /** Calls `onRemove` (unmount the component there), then takes the host out. Safe to call twice. */
  remove(): void;
}

export interface ShadowUiOptions {
  role: Role;
  /** Puts the host in the page: appended to body, prepended to the content, into a grid slot, … */
  place(host: HTMLElement): void;
  /** Extra attributes on the host (what tests and the page's own code can select it by). */
  attributes?: Record<string, string>;
  /** Inline style of the host itself, for hosts that must not move the page's text. */
  hostStyle?: string;
  /** Before the host goes: unmount what was rendered into the container. */
  onRemove?(container: HTMLElement): void;
}

export function mountShadowUi(doc: Document, options: ShadowUiOptions): ShadowUi {
  const host = mark(doc.createElement('div'), options.role);
  for (const [name, value] of Object.entries(options.attributes ?? {}))
    host.setAttribute(name, value);
  if (options.hostStyle) host.style.cssText = options.hostStyle;
  const shadow = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  shadow.appendChild(container);
  options.place(host);
  let removed = false;
  return {
    host,
    shadow,
    container,
    remove() {
      if (removed) return;
      removed = true;
      try {
        options.onRemove?.(container);
      } finally {
        host.remove(); // Even when unmounting failed: nothing of ours may stay.
      }
    },
  };
}
