import { attempt } from '../references/batch';
import { MARKER, ROLE, mark } from './markers';

/**
 * One quiet tooltip per document for our reference links: shown on hover and on keyboard focus, with
 * the text the link carries in `data-kl-desc`. It lives in the light DOM (not a shadow root) so the
 * focused link can point at it with `aria-describedby`, which screen readers then read after the link
 * text. `title` alone would not work for keyboard users.
 */
const TOOLTIP_ID = 'kamerlens-tooltip';
const DESCRIPTION_ATTR = 'data-kl-desc';
const REF_LINK = `a[${MARKER}="${ROLE.ref}"]`;

interface TooltipState {
  /** Made at the first show: until a link is hovered or focused, the page holds nothing of it. */
  element: HTMLElement | null;
  current: Element | null;
  listeners: [string, EventListener][];
}

const installed = new WeakMap<Document, TooltipState>();

function refLinkOf(target: EventTarget | null): Element | null {
  const node = target as Node | null;
  if (!node || node.nodeType !== 1) return null;
  return (node as Element).closest(REF_LINK);
}

/**
 * Descriptions not written yet: a link's tooltip text is worked out when it is first shown, not
 * while the links are built (most links are never hovered; on a long page that is thousands of
 * descriptions). Kept in our own world, never in the page.
 */
const pending = new WeakMap<Element, () => string>();

/** `describe` gives the link's tooltip text when it is first needed. */
export function describeLater(link: Element, describe: () => string): void {
  pending.set(link, describe);
}

/** The link's tooltip text: written on first use into DESCRIPTION_ATTR, where later reads find it. */
export function linkDescription(link: Element): string | null {
  const describe = pending.get(link);
  if (describe) {
    pending.delete(link);
    // A description that fails costs the tooltip, never the link.
    const text = attempt(describe, '');
    if (text) link.setAttribute(DESCRIPTION_ATTR, text);
  }
  return link.getAttribute(DESCRIPTION_ATTR);
}

function show(state: TooltipState, link: Element): void {
  const text = linkDescription(link);
  if (!text) return;
  hide(state);
  const element = (state.element ??= createTooltip(link.ownerDocument));
  const view = link.ownerDocument.defaultView;
  const rect = link.getBoundingClientRect();
  element.textContent = text;
  element.style.top = `${Math.round(rect.bottom + (view?.scrollY ?? 0) + 4)}px`;
  element.style.left = `${Math.round(Math.max(0, rect.left + (view?.scrollX ?? 0)))}px`;
  element.hidden = false;
  link.setAttribute('aria-describedby', TOOLTIP_ID);
  state.current = link;
}

function hide(state: TooltipState): void {
  if (state.element) {
    state.element.hidden = true;
    // Empty while hidden, so the page's text content is the same as without us.
    state.element.textContent = '';
  }
  state.current?.removeAttribute('aria-describedby');
  state.current = null;
}

function createTooltip(doc: Document): HTMLElement {
  const element = mark(doc.createElement('div'), ROLE.tooltip);
  element.id = TOOLTIP_ID;
  element.setAttribute('role', 'tooltip');
  element.hidden = true;
  // The essentials inline, so it never shifts the page even before our stylesheet applies.
  element.style.position = 'absolute';
  element.style.zIndex = '2147483647';
  element.style.pointerEvents = 'none';
  doc.body.append(element);
  return element;
}

/**
 * Installs the tooltip's listeners once per document (later calls are no-ops); its element is made
 * when it is first shown.
 */
export function ensureTooltip(doc: Document): void {
  if (installed.has(doc) || !doc.body) return;
  const state: TooltipState = { element: null, current: null, listeners: [] };
  const onEnter: EventListener = (e) => {
    const link = refLinkOf(e.target);
    if (link && link !== state.current) show(state, link);
  };
  const onLeave: EventListener = (e) => {
    const link = refLinkOf(e.target);
    const next = refLinkOf((e as FocusEvent).relatedTarget);
    if (link && link === state.current && next !== link) hide(state);
  };
  const onKey: EventListener = (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && state.current) hide(state);
  };
  state.listeners = [
    ['mouseover', onEnter],
    ['focusin', onEnter],
    ['mouseout', onLeave],
    ['focusout', onLeave],
    ['keydown', onKey],
  ];
  for (const [type, fn] of state.listeners) doc.addEventListener(type, fn, true);
  installed.set(doc, state);
}

/** Hides the tooltip, e.g. when a richer card (the motion preview) opens for the same link. */
export function hideTooltip(doc: Document): void {
  const state = installed.get(doc);
  if (state) hide(state);
}

/** Removes the tooltip and its listeners when no reference link of ours is left in the document. */
export function removeTooltipIfUnused(doc: Document): void {
  const state = installed.get(doc);
  if (!state || doc.querySelector(REF_LINK)) return;
  hide(state);
  for (const [type, fn] of state.listeners) doc.removeEventListener(type, fn, true);
  state.element?.remove();
  installed.delete(doc);
}
