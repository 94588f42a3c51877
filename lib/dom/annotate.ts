import type { Match, ReferenceKind } from '../references/types';
import { isAllowedHref } from '../links/hosts';
import { ROLE, mark } from './markers';
import { rootIsSkipped, textWalker } from './annotate-walk';
import { markPerformance, slicer, yieldToBrowser } from './annotate-slice';
import { BATCH_CHARS, attempt, recognizeBatch } from './annotate-batch';
import { adoptPageTargets } from './annotate-adopt';
import { DESCRIPTION_ATTR, ensureTooltip, removeTooltipIfUnused } from './tooltip';

/**
 * The only code that turns recognized references in the page's text into links.
 *
 * Unit of recognition: one text node (recognized in batches, see annotate-batch.ts, with the same
 * result). Recognizers do not see a whole sentence when inline elements split it, so a reference
 * split by an element (`<i>`, a footnote link, KOOP's own links around a dossier number) is not
 * linked. That is deliberate: a link must wrap text of one node, and the page's own links stay as
 * they are. Most references in KOOP text sit in one text node.
 *
 * Safety: nodes are made with createElement/textContent only, never from HTML strings; hrefs that are
 * not in-page anchors must be https on the official allowlist (lib/links/hosts), whatever `link` says.
 */
export interface AnnotateOptions {
  /** Text → references in it (offsets into that text). */
  recognize: (text: string) => Match[];
  /** Reference → URL; null leaves it unlinked. */
  link: (m: Match) => string | null;
  /** Reference → tooltip text. */
  describe: (m: Match) => string;
  /** Question number → id of the element to jump to, for cross-references (`vraag-4`). */
  crossrefAnchor?: (questionNumber: string) => string | null;
  signal?: AbortSignal;
  /** Work at most this long before yielding to the browser (default 8 ms). */
  sliceMs?: number;
  /** Open official pages in a new tab (in-page anchors never do). */
  newTab?: boolean;
  /** Only these kinds (default: all). */
  kinds?: Set<ReferenceKind>;
  /** Characters of text recognized per recognizer call (default BATCH_CHARS); 1 means one node per call. */
  batchChars?: number;
  /** Show the hover/focus tooltip (default true). */
  tooltip?: boolean;
}

export interface AnnotationHandle {
  /** Links created. */
  count: number;
  byKind: Record<string, number>;
  /** True when the signal stopped the work before the end; what was done can still be undone. */
  aborted: boolean;
  /** Puts the original text nodes back, exactly. Safe to call more than once. */
  undo(): void;
}

/** Text nodes we created around our links: never annotated again, so a second run changes nothing. */
const createdByUs = new WeakSet<Text>();

interface Replacement {
  original: Text;
  inserted: Node[];
  /** The text each inserted node held, to see whether the page changed it since. */
  insertedText: string[];
}

interface PlannedLink {
  match: Match;
  href: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function hrefFor(m: Match, opts: AnnotateOptions): string | null {
  if (m.kind === 'crossref' && opts.crossrefAnchor) {
    const number = m.target?.startsWith('vraag-') ? m.target.slice('vraag-'.length) : null;
    const id = number ? opts.crossrefAnchor(number) : null;
    return id ? `#${id.replace(/^#/, '')}` : null;
  }
  return opts.link(m);
}

/** The links to make in one text: wanted kinds, visible text, allowed hrefs, no overlaps. */
function planLinks(text: string, matches: Match[], opts: AnnotateOptions): PlannedLink[] {
  const valid = matches
    .filter(
      (m) => (!opts.kinds || opts.kinds.has(m.kind)) && text.slice(m.start, m.end).trim() !== '',
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const planned: PlannedLink[] = [];
  let lastEnd = 0;
  for (const match of valid) {
    if (match.start < lastEnd) continue;
    const href = attempt(() => hrefFor(match, opts), null);
    if (href === null || !isAllowedHref(href)) continue;
    planned.push({ match, href });
    lastEnd = match.end;
  }
  return planned;
}

function buildLink(
  doc: Document,
  text: string,
  { match, href }: PlannedLink,
  opts: AnnotateOptions,
): HTMLElement {
  const a = mark(doc.createElement('a'), ROLE.ref);
  a.setAttribute('href', href);
  a.setAttribute('data-kl-kind', match.kind);
  a.setAttribute('data-kl-target', match.target ?? '');
  const description = attempt(() => opts.describe(match), '');
  if (description) a.setAttribute(DESCRIPTION_ATTR, description);
  if (opts.newTab && !href.startsWith('#')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  const shown = text.slice(match.start, match.end);
  if (match.kind === 'date' && match.date && ISO_DATE.test(match.date)) {
    const time = mark(doc.createElement('time'), ROLE.ref);
    time.setAttribute('datetime', match.date);
    time.textContent = shown;
    a.append(time);
  } else {
    a.textContent = shown;
  }
  return a;
}

/** Replaces one text node by text + links, in a single replaceWith; returns the inserted nodes. */
function applyLinks(node: Text, planned: PlannedLink[], opts: AnnotateOptions): Node[] {
  const doc = node.ownerDocument;
  const text = node.data;
  const fragment = doc.createDocumentFragment();
  const addText = (s: string) => {
    if (!s) return;
    const t = doc.createTextNode(s);
    createdByUs.add(t);
    fragment.append(t);
  };
  let pos = 0;
  for (const p of planned) {
    addText(text.slice(pos, p.match.start));
    fragment.append(buildLink(doc, text, p, opts));
    pos = p.match.end;
  }
  addText(text.slice(pos));
  const inserted = Array.from(fragment.childNodes);
  node.replaceWith(fragment);
  return inserted;
}

/**
 * Puts the original text node back in place of what we inserted. When the page has changed our
 * pieces meanwhile (merged text into them with normalize(), moved them), an exact restore could
 * lose or duplicate page text, so then we only unwrap our links into plain text.
 */
function restore({ original, inserted, insertedText }: Replacement): void {
  const anchor = inserted.find((n) => n.parentNode !== null);
  if (!anchor) return; // The page removed all of it: nothing to restore into.
  const parent = anchor.parentNode!;
  // Intact: still side by side, in order, under one parent, with the text we put in.
  const intact = inserted.every(
    (n, i) =>
      n.parentNode === parent &&
      (i === 0 || n.previousSibling === inserted[i - 1]) &&
      n.textContent === insertedText[i],
  );
  if (intact) {
    parent.insertBefore(original, anchor);
    for (const n of inserted) parent.removeChild(n);
    return;
  }
  for (const n of inserted) {
    if (n.nodeType === 1 && n.parentNode)
      n.parentNode.replaceChild(n.ownerDocument!.createTextNode(n.textContent ?? ''), n);
  }
}

/** `kamerlens:annotate:work`: a measure whose duration is the time spent in our slices. */
function measureWork(start: number, duration: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  attempt(() => performance.measure('kamerlens:annotate:work', { start, duration }), undefined);
}

/**
 * Links the references in the text under `root`. Collects candidate text nodes first, then changes
 * them one by one, yielding to the browser every `sliceMs`. Idempotent: text inside our links and
 * the text we split off around them is never visited again.
 */
export async function annotate(root: Element, opts: AnnotateOptions): Promise<AnnotationHandle> {
  markPerformance('kamerlens:annotate:start');
  const replacements: Replacement[] = [];
  const byKind: Record<string, number> = {};
  let count = 0;
  let aborted = false;
  // Our own work, in slices: what `npm run bench` compares with a bare pass (the wall time between
  // the marks also holds the yields and the browser's rendering of what we changed).
  let workStart = 0;
  let workMs = 0;
  const batchChars = opts.batchChars ?? BATCH_CHARS;
  const stopped = () => opts.signal?.aborted === true;

  try {
    // Start in a task of our own, not at the end of the caller's (detection, parsing).
    await yieldToBrowser();
    const slice = slicer(opts.sliceMs ?? 8);
    workStart = performance.now();
    if (!rootIsSkipped(root) && !stopped()) {
      // 1. Collect. The walker can resume after a yield unless the page removed the node it stood on.
      const nodes: Text[] = [];
      const walker = textWalker(root);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!createdByUs.has(n as Text)) nodes.push(n as Text);
        const pause = slice.maybeYield();
        if (pause) {
          await pause;
          if (stopped()) break;
          if (!root.contains(walker.currentNode)) break;
        }
      }
      // 2. Recognize a batch, then change its nodes, yielding whenever the slice is used up.
      const linkNode = (node: Text, matches: Match[]) => {
        const planned = planLinks(node.data, adoptPageTargets(node, matches), opts);
        if (planned.length === 0 || rootIsSkipped(node.parentElement ?? root)) return;
        const inserted = applyLinks(node, planned, opts);
        const insertedText = inserted.map((n) => n.textContent ?? '');
        replacements.push({ original: node, inserted, insertedText });
        for (const { match } of planned) {
          count++;
          byKind[match.kind] = (byKind[match.kind] ?? 0) + 1;
        }
      };
      let next = 0;
      batches: while (next < nodes.length) {
        const batch: Text[] = [];
        let chars = 0;
        while (
          next < nodes.length &&
          (batch.length === 0 || chars + nodes[next]!.length <= batchChars)
        ) {
          const node = nodes[next++]!;
          if (!root.contains(node)) continue; // The page removed it while we yielded.
          batch.push(node);
          chars += node.length;
        }
        const texts = batch.map((n) => n.data);
        const found = recognizeBatch(texts, opts.recognize);
        for (let k = 0; k < batch.length; k++) {
          const pause = slice.maybeYield();
          if (pause) await pause;
          if (stopped()) break batches;
          const node = batch[k]!;
          if (!root.contains(node)) continue;
          // Changed by the page while we yielded: recognize its new text alone.
          linkNode(
            node,
            node.data === texts[k] ? found[k]! : recognizeBatch([node.data], opts.recognize)[0]!,
          );
        }
      }
    }
    aborted = stopped();
    if (count > 0 && opts.tooltip !== false) ensureTooltip(root.ownerDocument);
    workMs = slice.workMs();
  } finally {
    markPerformance('kamerlens:annotate:end');
    measureWork(workStart, workMs);
  }

  let undone = false;
  return {
    count,
    byKind,
    aborted,
    undo() {
      if (undone) return;
      undone = true;
      for (let i = replacements.length - 1; i >= 0; i--) restore(replacements[i]!);
      removeTooltipIfUnused(root.ownerDocument);
    },
  };
}
