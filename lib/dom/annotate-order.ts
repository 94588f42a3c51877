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
/**
 * Up to this many children, each child's box is read. Beyond, only those of the first and the
 * eager screens are, found by binary search; the far ones are grouped by count (`visitMany`).
 */
export const READ_EVERY_CHILD = 16;
/** A group of a run holds at most this many children (also where the run's height is unknown). */
const RUN_GROUP_MAX = 32;

const TEXT_NODE = 3;

export interface SectionPlan {
  /** In or within a screen of the viewport: linked before the first yield. */
  first: Element[];
  /** Linked next, in slices: below the viewport first, then above it. */
  eager: Element[];
  /** Groups of about a screen each, linked when they come near. */
  later: Element[][];
}

/** XPath: the text nodes directly in the context element that hold more than XML whitespace. */
const OWN_TEXT = 'text()[normalize-space()]';
const ORDERED_NODE_SNAPSHOT_TYPE = 7;

/** The own-text check stepping over the children here, one call into the page per node. */
function holdsOwnTextByWalk(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === TEXT_NODE && hasWord((n as Text).data)) return true;
  return false;
}

/**
 * Text directly in `el` (not in a child element) would be lost if we cut el into its children.
 * Asked of the document's XPath, which steps over the children in the browser (the 1.5 MB page's
 * container of 951 paragraphs and the white space between them: 4.5 ms stepped over here);
 * stepped over here where there is no XPath, or it fails.
 */
function holdsOwnText(el: Element): boolean {
  const doc = el.ownerDocument;
  if (typeof doc.evaluate !== 'function') return holdsOwnTextByWalk(el);
  let texts: XPathResult;
  try {
    texts = doc.evaluate(OWN_TEXT, el, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
  } catch {
    return holdsOwnTextByWalk(el);
  }
  for (let i = 0; i < texts.snapshotLength; i++)
    if (hasWord((texts.snapshotItem(i) as Text).data)) return true;
  return false;
}

/**
 * An element's box, read once into plain numbers: each read of a DOMRect's field is a call into
 * the page.
 */
interface ReadBox {
  top: number;
  bottom: number;
  height: number;
  /** Laid out at all (a hidden element's box is empty and at 0). */
  shown: boolean;
}

function readBox(el: Element): ReadBox {
  const { top, bottom, width, height } = el.getBoundingClientRect();
  return { top, bottom, height, shown: width > 0 || height > 0 };
}

/**
 * An element's size from its offset fields: integers on the element itself, no DOMRect made. Null
 * for an element without them (SVG, MathML) or one that shows no box by them (hidden, or a page
 * without layout): its box is read then. In Chromium 156 a page's first getBoundingClientRect
 * measured 0.25 ms more than its first offsetHeight, most of a short page's plan.
 */
function readShownSize(el: Element): { height: number } | null {
  const { offsetHeight, offsetWidth } = el as Partial<HTMLElement>;
  if (typeof offsetHeight !== 'number' || typeof offsetWidth !== 'number') return null;
  return offsetHeight > 0 || offsetWidth > 0 ? { height: offsetHeight } : null;
}

/**
 * A part of the root to link as one: an element, or (`run`) consecutive far children of one parent,
 * whose boxes were not read one by one.
 */
interface Section {
  els: Element[];
  top: number;
  bottom: number;
  run: boolean;
}

/**
 * The sections of `root` in document order: each element no taller than a screen (near the
 * viewport) or FAR_SECTION_SCREENS (elsewhere) is one, and so is an element that holds text of its
 * own or has no child elements. A short root is one section, linked before the first yield (its
 * offset size tells, with no box read); without layout (no viewport, or nothing laid out) the
 * whole root is one section, linked in slices.
 */
export function planSections(root: Element): SectionPlan {
  const height = root.ownerDocument.defaultView?.innerHeight ?? 0;
  // A short root needs no box: its size decides (the box's height differs only under a transform,
  // and by rounding).
  const size = height > 0 ? readShownSize(root) : null;
  if (size && size.height <= ONE_PASS_SCREENS * height)
    return { first: [root], eager: [], later: [] };
  const rootBox = readBox(root);
  if (height <= 0 || !rootBox.shown) return { first: [], eager: [root], later: [] };
  if (rootBox.height <= ONE_PASS_SCREENS * height) return { first: [root], eager: [], later: [] };
  const deferring = rootBox.height > DEFER_FROM_SCREENS * height;
  const eagerBottom = deferring ? (2 + EAGER_SCREENS) * height : Infinity;
  const sections: Section[] = [];
  const visit = (el: Element, box: ReadBox, depth: number): void => {
    const far = box.top > eagerBottom || box.bottom < -height;
    const limit = far ? FAR_SECTION_SCREENS * height : height;
    if (box.height <= limit || depth >= MAX_DEPTH || !el.firstElementChild || holdsOwnText(el)) {
      sections.push({ els: [el], top: box.top, bottom: box.bottom, run: false });
      return;
    }
    const children = Array.from(el.children);
    if (children.length <= READ_EVERY_CHILD)
      for (const child of children) visit(child, readBox(child), depth + 1);
    else visitMany(box, children, depth + 1);
  };
  /**
   * Many children: those of the first and eager screens are visited as above; those above and
   * below them become a run each (a far section needs no more: it is linked when it comes near).
   * Children of one parent are normally stacked in document order, so their tops only grow and a
   * binary search finds the first and eager ones; where the boxes it read say otherwise (columns,
   * hidden or placed children), every child is read, as for a few.
   */
  const visitMany = (parent: ReadBox, children: Element[], depth: number): void => {
    const n = children.length;
    // By child index, each read once.
    const boxes: ReadBox[] = [];
    const boxAt = (i: number): ReadBox => (boxes[i] ??= readBox(children[i]!));
    /** The first child for which `past` holds (`past` holds for every child after it). */
    const firstWhere = (past: (box: ReadBox) => boolean): number => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (past(boxAt(mid))) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const readFrom = firstWhere((box) => box.bottom >= -height);
    const readTo = Math.max(
      readFrom,
      firstWhere((box) => box.top > eagerBottom),
    );
    boxAt(0);
    boxAt(n - 1);
    // Stacked: each box read is shown and starts below the one read before it (a pixel of overlap
    // allowed, for rounding). The array is sparse: filter visits the boxes read, in child order.
    const read = boxes.filter(() => true);
    const stacked = read.every(
      (box, k) => box.shown && (k === 0 || box.top >= read[k - 1]!.bottom - 1),
    );
    if (!stacked) {
      children.forEach((child, i) => visit(child, boxAt(i), depth));
      return;
    }
    // A run's extent (for the size of its groups) is taken from the parent's edge and the nearest
    // child read, not from its own end children, which may be hidden or placed elsewhere.
    const run = (from: number, to: number, top: number, bottom: number) => {
      if (from < to) sections.push({ els: children.slice(from, to), top, bottom, run: true });
    };
    run(0, readFrom, parent.top, readFrom < n ? boxAt(readFrom).top : parent.bottom);
    for (let i = readFrom; i < readTo; i++) visit(children[i]!, boxAt(i), depth);
    run(readTo, n, readTo > 0 ? boxAt(readTo - 1).bottom : parent.top, parent.bottom);
  };
  visit(root, rootBox, 0);

  const near = (s: Section) => s.bottom >= -height && s.top <= 2 * height;
  const firstIndex = sections.findIndex((s) => !s.run && near(s));
  const plan: SectionPlan = { first: [], eager: [], later: [] };
  const below: Section[] = [];
  const above: Section[] = [];
  sections.forEach((s, i) => {
    if (!s.run && near(s)) plan.first.push(...s.els);
    else (firstIndex >= 0 && i < firstIndex ? above : below).push(s);
  });
  let group: Element[] = [];
  let groupTop = 0;
  const flush = () => {
    if (group.length) plan.later.push(group);
    group = [];
  };
  for (const s of [...below, ...above]) {
    // A run lies wholly above or below the eager screens (that is how it was cut).
    if (!deferring || (!s.run && s.top <= eagerBottom && s.bottom >= -height)) {
      plan.eager.push(...s.els);
      continue;
    }
    if (s.run) {
      // About a screen per group, by the run's mean height.
      flush();
      const span = s.bottom - s.top;
      const perGroup =
        span > 0
          ? Math.min(RUN_GROUP_MAX, Math.max(1, Math.round((s.els.length * height) / span)))
          : RUN_GROUP_MAX;
      for (let i = 0; i < s.els.length; i += perGroup)
        plan.later.push(s.els.slice(i, i + perGroup));
      continue;
    }
    if (group.length && s.bottom - groupTop > height) flush();
    if (!group.length) groupTop = s.top;
    group.push(s.els[0]!);
  }
  flush();
  return plan;
}

export interface NearWatch {
  stop(): void;
}

/** Whether `el`'s window can tell when an element comes near the viewport (IntersectionObserver). */
export function canWatchNear(el: Element): boolean {
  return typeof el.ownerDocument.defaultView?.IntersectionObserver === 'function';
}

/**
 * Calls `onNear(i)` once for each group one of whose elements comes within a screen of the
 * viewport. Null where the browser has no IntersectionObserver: the caller then links everything.
 */
export function watchNear(groups: Element[][], onNear: (group: number) => void): NearWatch | null {
  const first = groups[0]?.[0];
  if (!first || !canWatchNear(first)) return null;
  const Observer = first.ownerDocument.defaultView!.IntersectionObserver;
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
