import { hideTooltip } from './tooltip';
import { MARKER, ROLE, isInOurText } from './markers';
import { mountShadowUi, type ShadowUi } from './shadow-ui';

/**
 * Hover and focus previews for links to Kamerstukken: ours (`a[data-kamerlens="ref"]` with
 * `data-kl-kind` motion/kamerstuk) and the links the page already had (`kst-….html`). One listener set
 * per document (event delegation), one card at a time, in a shadow-root host next to the link.
 * Nothing is requested or drawn before a hover (after a delay) or a keyboard focus; Escape closes.
 * This module only places and removes the host; what the card shows is the caller's (`render`).
 */

export interface PreviewTarget {
  /** `kst-30821-90`. */
  target: string;
  kind: 'motion' | 'kamerstuk';
}

export interface PreviewMount {
  /** The element to render the card into (inside the shadow root). */
  container: HTMLElement;
  /** Call after the card's content changed size: keeps it next to the link and on screen. */
  reposition(): void;
  /** Closes the card (the close button, Escape). */
  close(): void;
}

export interface PreviewOptions {
  signal: AbortSignal;
  /** Hover delay before a card opens; keyboard focus opens at once. Default 400 ms. */
  hoverDelayMs?: number;
  /** Grace time to move the pointer from the link into the card. Default 250 ms. */
  leaveDelayMs?: number;
  /** The page's own id: a link to the page itself gets no preview. */
  selfTarget?: string | null;
  render(mount: PreviewMount, link: HTMLAnchorElement, target: PreviewTarget): void;
  /** Called when the card closes, before its host is removed (unmount Preact here). */
  unrender(container: HTMLElement): void;
}

export const PREVIEW_HOST_ATTR = 'data-kl-motion-preview';
const KST_HREF = /(?:^|\/)(kst-\d{4,6}(?:-[A-Za-z0-9]{1,8})?-\d{1,5})\.html(?:[?#]|$)/;

/** What a link previews, or null: ours by their data attributes, the page's by a same-origin kst-….html href. */
export function previewTargetOf(link: Element, pageOrigin: string): PreviewTarget | null {
  if (link.tagName !== 'A') return null;
  if (link.getAttribute(MARKER) === ROLE.ref) {
    const kind = link.getAttribute('data-kl-kind');
    const target = link.getAttribute('data-kl-target') ?? '';
    if ((kind === 'motion' || kind === 'kamerstuk') && /^kst-/.test(target))
      return { target, kind };
    return null;
  }
  // The page's links preview also where the grid holds them; links in our own UI do not.
  if (isInOurText(link)) return null;
  const href = link.getAttribute('href');
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, link.ownerDocument.baseURI);
  } catch {
    return null;
  }
  if (url.origin !== pageOrigin) return null;
  const m = KST_HREF.exec(url.pathname);
  return m ? { target: m[1]!, kind: 'kamerstuk' } : null;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where the card goes, in page coordinates: above the link when it fits (below it is where the
 * references tooltip shows), else below; left-aligned with the link and kept inside the viewport.
 */
export function placeCard(
  link: Box,
  card: { width: number; height: number },
  view: { width: number; height: number; scrollX: number; scrollY: number },
  gap = 8,
): { left: number; top: number } {
  const above = link.top - gap - card.height;
  const below = link.bottom + gap + 28; // clear of the one-line tooltip under the link
  const top = above >= 0 || below + card.height > view.height ? Math.max(0, above) : below;
  const maxLeft = Math.max(gap, view.width - card.width - gap);
  const left = Math.min(Math.max(gap, link.left), maxLeft);
  return { left: Math.round(left + view.scrollX), top: Math.round(top + view.scrollY) };
}

interface Open {
  link: HTMLAnchorElement;
  ui: ShadowUi;
}

/** Installs the previews on a document. Undone by aborting `signal` (or calling the returned function). */
export function installPreviews(doc: Document, options: PreviewOptions): () => void {
  const view = doc.defaultView;
  const origin = view?.location.origin ?? new URL(doc.baseURI).origin;
  const hoverDelay = options.hoverDelayMs ?? 400;
  const leaveDelay = options.leaveDelayMs ?? 250;
  let open: Open | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: HTMLAnchorElement | null = null;
  // A link we just gave focus back to after Escape: its focusin must not reopen the card.
  let suppressFocus: Element | null = null;

  const linkOf = (
    t: EventTarget | null,
  ): { link: HTMLAnchorElement; target: PreviewTarget } | null => {
    const el = t && (t as Node).nodeType === 1 ? (t as Element) : null;
    const link = el?.closest('a');
    if (!link) return null;
    const target = previewTargetOf(link, origin);
    if (!target || target.target === options.selfTarget) return null;
    return { link: link as HTMLAnchorElement, target };
  };

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pending = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);

  const close = () => {
    cancelClose();
    if (!open) return;
    const { ui } = open;
    open = null;
    ui.remove();
  };

  const reposition = () => {
    if (!open || !view) return;
    const card = open.ui.container.firstElementChild ?? open.ui.container;
    const rect = card.getBoundingClientRect();
    const pos = placeCard(
      open.link.getBoundingClientRect(),
      { width: rect.width || 420, height: rect.height || 120 },
      {
        width: view.innerWidth,
        height: view.innerHeight,
        scrollX: view.scrollX,
        scrollY: view.scrollY,
      },
    );
    open.ui.host.style.left = `${pos.left}px`;
    open.ui.host.style.top = `${pos.top}px`;
  };

  const show = (link: HTMLAnchorElement, target: PreviewTarget) => {
    cancelOpen();
    cancelClose();
    if (open?.link === link) return;
    close();
    if (!doc.body) return;
    const ui = mountShadowUi(doc, {
      role: ROLE.preview,
      attributes: { [PREVIEW_HOST_ATTR]: target.target },
      // Inline essentials: absolute, on top, and no effect on the page's layout.
      hostStyle: 'position: absolute; z-index: 2147483646; left: 0px; top: 0px;',
      place: (host) => doc.body.appendChild(host),
      onRemove: (container) => options.unrender(container),
    });
    const { host, container } = ui;
    open = { link, ui };
    // The card says what the tooltip says, and more: one of them at a time.
    hideTooltip(doc);
    host.addEventListener('mouseenter', cancelClose);
    host.addEventListener('mouseleave', () => scheduleClose());
    options.render({ container, reposition, close }, link, target);
    reposition();
  };

  const scheduleClose = () => {
    cancelClose();
    closeTimer = setTimeout(close, leaveDelay);
  };

  const onOver = (e: Event) => {
    const hit = linkOf(e.target);
    if (!hit) return;
    if (open?.link === hit.link) {
      cancelClose();
      return;
    }
    if (pending === hit.link) return;
    cancelOpen();
    pending = hit.link;
    openTimer = setTimeout(() => show(hit.link, hit.target), hoverDelay);
  };
  const onOut = (e: Event) => {
    const hit = linkOf(e.target);
    if (!hit) return;
    const to = (e as MouseEvent).relatedTarget as Node | null;
    if (to && hit.link.contains(to)) return;
    if (pending === hit.link) cancelOpen();
    if (open?.link === hit.link) scheduleClose();
  };
  const onFocusIn = (e: Event) => {
    const hit = linkOf(e.target);
    const suppressed = hit?.link === suppressFocus;
    suppressFocus = null;
    if (hit && !suppressed) show(hit.link, hit.target);
  };
  const onFocusOut = (e: Event) => {
    const hit = linkOf(e.target);
    if (hit && open?.link === hit.link) scheduleClose();
  };
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key !== 'Escape') return;
    cancelOpen();
    if (!open) return;
    const {
      link,
      ui: { host },
    } = open;
    const focusInCard = doc.activeElement === host;
    close();
    // Focus was in the card (its close button or link): give it back to the link it belongs to.
    if (focusInCard) {
      suppressFocus = link;
      link.focus({ preventScroll: true });
    }
  };

  const listeners: [string, EventListener][] = [
    ['mouseover', onOver],
    ['mouseout', onOut],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
    ['keydown', onKey],
  ];
  for (const [type, fn] of listeners) doc.addEventListener(type, fn, true);

  const uninstall = () => {
    cancelOpen();
    close();
    for (const [type, fn] of listeners) doc.removeEventListener(type, fn, true);
  };
  options.signal.addEventListener('abort', uninstall, { once: true });
  return uninstall;
}
