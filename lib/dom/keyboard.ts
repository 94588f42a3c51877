/**
 * Page keys for moving through the pairs: j / k (next / previous, as in many readers), c (copy the
 * current pair), b (its citation, "bron"), s (side by side on/off), ? (help), Escape (close help).
 * Keys act only when no modifier is held and focus is not in a field the user types in.
 */
export type KeyAction = 'next' | 'previous' | 'copy' | 'citation' | 'toggle' | 'help' | 'close';

const KEYMAP: Readonly<Record<string, KeyAction>> = {
  j: 'next',
  k: 'previous',
  c: 'copy',
  b: 'citation',
  s: 'toggle',
  '?': 'help',
  Escape: 'close',
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True for input, textarea, select and anything editable, also inside shadow roots. */
function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (!el || el.nodeType !== 1) return false;
  if (TYPING_TAGS.has(el.tagName.toUpperCase())) return true;
  const editable = el.closest('[contenteditable]');
  return Boolean(editable && editable.getAttribute('contenteditable') !== 'false');
}

/** The action for a key event, or null when the key is not ours or must be left to the page. */
export function actionFor(event: KeyboardEvent): KeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  // Shift is part of typing "?", so it is allowed only there.
  if (event.shiftKey && event.key !== '?') return null;
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const target = path[0] ?? event.target;
  if (isTypingTarget(target)) return null;
  return KEYMAP[event.key] ?? null;
}

/** Listens for page keys until `signal` aborts; a handled key does not reach the page. */
export function bindPageKeys(
  doc: Document,
  onAction: (action: KeyAction, event: KeyboardEvent) => boolean | void,
  signal: AbortSignal,
): void {
  const onKey = (event: KeyboardEvent) => {
    const action = actionFor(event);
    if (!action) return;
    if (onAction(action, event) !== false) event.preventDefault();
  };
  if (signal.aborted) return;
  // Removed by hand rather than with the `signal` option: the signal may come from another realm
  // (content-script sandbox, test runner), which addEventListener rejects.
  doc.addEventListener('keydown', onKey);
  signal.addEventListener('abort', () => doc.removeEventListener('keydown', onKey), { once: true });
}

const FOCUS_OUTLINE = '3px solid #1d4ed8';

/**
 * Moves a visible focus over the pairs' elements. Elements come from `targets()` each time (the
 * grid may have been built or taken down in between). Attributes and styles it sets on page
 * elements are restored by `release()`.
 */
export class PairCursor {
  private index = -1;
  private touched = new Map<
    HTMLElement,
    { tabindex: string | null; outline: string; offset: string }
  >();
  private current: HTMLElement | null = null;

  constructor(private readonly targets: () => HTMLElement[]) {}

  /** Index of the focused pair: the element that has focus, or else the last one we moved to. */
  position(): number {
    const list = this.targets();
    const active = list.findIndex(
      (el) => el === el.ownerDocument.activeElement || el.contains(el.ownerDocument.activeElement),
    );
    return active >= 0 ? active : Math.min(this.index, list.length - 1);
  }

  move(step: 1 | -1): HTMLElement | null {
    const list = this.targets();
    if (list.length === 0) return null;
    const from = this.position();
    const to =
      from < 0
        ? step > 0
          ? 0
          : list.length - 1
        : Math.max(0, Math.min(list.length - 1, from + step));
    return this.focus(list, to);
  }

  /** Focus the pair at `index` directly (a jump link from the popup). */
  moveTo(index: number): HTMLElement | null {
    return this.focus(this.targets(), index);
  }

  private focus(list: HTMLElement[], to: number): HTMLElement | null {
    const el = list[to];
    if (!el) return null;
    this.unstyle();
    if (!this.touched.has(el)) {
      this.touched.set(el, {
        tabindex: el.getAttribute('tabindex'),
        outline: el.style.outline,
        offset: el.style.outlineOffset,
      });
    }
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    // An outline takes no room, so the page's text does not move.
    el.style.outline = FOCUS_OUTLINE;
    el.style.outlineOffset = '4px';
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    this.current = el;
    this.index = to;
    return el;
  }

  private unstyle(): void {
    const el = this.current;
    const saved = el && this.touched.get(el);
    if (!el || !saved) return;
    el.style.outline = saved.outline;
    el.style.outlineOffset = saved.offset;
  }

  /** Restore every element we touched. */
  release(): void {
    for (const [el, saved] of this.touched) {
      if (saved.tabindex === null) el.removeAttribute('tabindex');
      else el.setAttribute('tabindex', saved.tabindex);
      el.style.outline = saved.outline;
      el.style.outlineOffset = saved.offset;
      if (!el.getAttribute('style')) el.removeAttribute('style');
    }
    this.touched.clear();
    this.current = null;
    this.index = -1;
  }
}
