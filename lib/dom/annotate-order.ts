/**
 * Where annotation starts and what it leaves for later. The root is cut into sections along its
 * layout boxes (read before we change anything, so no layout is forced between writes): the
 * sections in and near the viewport are linked first, in one slice; then those below and above
 * it. On a long page, sections far from the viewport are not even walked until they come near
 * (IntersectionObserver) or someone asks for every link (the popup's summary).
 */

import { hasWord } from '../text/has-word';

/**
 * A root up to this many screens tall is linked in one pass, before the first yield: no sections,
 * so none of their boxes are read (on a Q&A page that reading was a tenth of the work), and the
 * pass stays far below a long task (an 8-screen answer page: about 12 ms on a 2-core machine).
 */
export const ONE_PASS_SCREENS = 12;
/** A page up to this many screens tall is linked completely at once. */
export const DEFER_FROM_SCREENS = 30;
/** On a longer page: how many screens below the first ones are linked at once. */
export const EAGER_SCREENS = 8;
/** Sections far from the viewport are cut no finer than this many screens (fewer box reads). */
const FAR_SECTION_SCREENS = 10;
/** How deep the cut goes; deeper nodes stay in their ancestor's section. */
const MAX_DEPTH = 16;

const TEXT_NODE = 3;

export interface SectionPlan {
  /** In or within a screen of the viewport: linked before the first yield. */
  first: Element[];
  /** Linked next, in slices: below the viewport first, then above it. */
  eager: Element[];
  /** Groups of about a screen each, linked when they come near. */
  later: Element[][];
}

/** Text directly in `el` (not in a child element) would be lost if we cut el into its children. */
function holdsOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === TEXT_NODE && hasWord((n as Text).data)) return true;
  return false;
}

interface Section {
  el: Element;
  top: number;
  bottom: number;
}

/**
 * The sections of `root` in document order: each element no taller than a screen (near the
 * viewport) or FAR_SECTION_SCREENS (elsewhere) is one, and so is an element that holds text of its
 * own or has no child elements. A short root is one section, linked before the first yield; without
 * layout (no viewport, or nothing laid out) the whole root is one section, linked in slices.
 */
export function planSections(root: Element): SectionPlan {
  const height = root.ownerDocument.defaultView?.innerHeight ?? 0;
  const rootBox = root.getBoundingClientRect();
  if (height <= 0 || (rootBox.width === 0 && rootBox.height === 0))
    return { first: [], eager: [root], later: [] };
  if (rootBox.height <= ONE_PASS_SCREENS * height) return { first: [root], eager: [], later: [] };
  const deferring = rootBox.height > DEFER_FROM_SCREENS * height;
  const eagerBottom = deferring ? (2 + EAGER_SCREENS) * height : Infinity;
  const sections: Section[] = [];
  const visit = (el: Element, box: DOMRect, depth: number): void => {
    const far = box.top > eagerBottom || box.bottom < -height;
    const limit = far ? FAR_SECTION_SCREENS * height : height;
    if (box.height <= limit || depth >= MAX_DEPTH || !el.firstElementChild || holdsOwnText(el)) {
      sections.push({ el, top: box.top, bottom: box.bottom });
      return;
    }
    for (let child: Element | null = el.firstElementChild; child; child = child.nextElementSibling)
      visit(child, child.getBoundingClientRect(), depth + 1);
  };
  visit(root, rootBox, 0);

  const near = (s: Section) => s.bottom >= -height && s.top <= 2 * height;
  const firstIndex = sections.findIndex(near);
  const plan: SectionPlan = { first: [], eager: [], later: [] };
  const below: Section[] = [];
  const above: Section[] = [];
  sections.forEach((s, i) => {
    if (near(s)) plan.first.push(s.el);
    else (firstIndex >= 0 && i < firstIndex ? above : below).push(s);
  });
  let group: Section[] = [];
  const flush = () => {
    if (group.length) plan.later.push(group.map((s) => s.el));
    group = [];
  };
  for (const s of [...below, ...above]) {
    if (!deferring || (s.top <= eagerBottom && s.bottom >= -height)) {
      plan.eager.push(s.el);
      continue;
    }
    if (group.length && s.bottom - group[0]!.top > height) flush();
    group.push(s);
  }
  flush();
  return plan;
}

export interface NearWatch {
  stop(): void;
}

/**
 * Calls `onNear(i)` once for each group one of whose elements comes within a screen of the
 * viewport. Null where the browser has no IntersectionObserver: the caller then links everything.
 */
export function watchNear(groups: Element[][], onNear: (group: number) => void): NearWatch | null {
  const Observer = groups[0]?.[0]?.ownerDocument.defaultView?.IntersectionObserver;
  if (typeof Observer !== 'function') return null;
  const groupOf = new Map<Element, number>();
  const done = new Set<number>();
  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const i = groupOf.get(entry.target);
        if (i === undefined || done.has(i)) continue;
        done.add(i);
        for (const el of groups[i]!) observer.unobserve(el);
        onNear(i);
      }
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  groups.forEach((group, i) => {
    for (const el of group) {
      groupOf.set(el, i);
      observer.observe(el);
    }
  });
  return { stop: () => observer.disconnect() };
}
