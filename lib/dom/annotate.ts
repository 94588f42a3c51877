import type { Match, ReferenceKind } from '../references/types';
import { rootIsSkipped, skippedBelow, textWalker } from './annotate-walk';
import { perTask } from './per-task';
import { markPerformance, slicer, yieldToBrowser, type Slicer } from './annotate-slice';
import {
  BATCH_CHARS,
  attempt,
  batchesOf,
  hasListPerText,
  recognizeBatch,
  wellFormedMatches,
} from '../references/batch';
import { adoptPageTargets, pageLinkAfter } from './annotate-adopt';
import { type BuiltNode, buildNode, createdByUs } from './annotate-build';
import { canWatchNear, planSections, watchNear, type NearWatch } from './annotate-order';
import { ensureTooltip, removeTooltipIfUnused } from './tooltip';

/**
 * The only code that turns recognized references in the page's text into links.
 *
 * Unit of recognition: one text node (recognized in batches, see lib/references/batch.ts, with the same
 * result). Recognizers do not see a whole sentence when inline elements split it, so a reference
 * split by an element (`<i>`, a footnote link, KOOP's own links around a dossier number) is not
 * linked. That is deliberate: a link must wrap text of one node, and the page's own links stay as
 * they are. Most references in KOOP text sit in one text node.
 *
 * Safety: nodes are made with createElement/textContent only, never from HTML strings; hrefs that are
 * not in-page anchors must be https on the official allowlist (lib/links/hosts), whatever `link` says.
 */
export interface AnnotateOptions {
  /**
   * Text → references in it (offsets into that text). `at` is a text node the text comes from; texts
   * are recognized together only when `contextOf` gives their nodes the same value.
   */
  recognize: (text: string, at: Text) => Match[];
  /**
   * Recognizes a pass's batches of texts elsewhere (the background, lib/recognition/elsewhere), in
   * one call: resolves to the matches of each text of each batch (`Match[][][]`) as they came, or
   * null when it cannot (then `recognize` runs here). `at` is a text node of the batch, as for
   * `recognize`; `linksAfter` holds, per text, the href of the page link right after it that may
   * number a motion named in it (lib/dom/annotate-adopt), or null. Waiting for it is not counted
   * as work: the page's main thread is free meanwhile. Checking what came is work, so it is done
   * here once the wait is over: the shape, then each match.
   */
  recognizeElsewhere?: (batches: readonly TextsToRecognize[]) => Promise<unknown[] | null>;
  /**
   * What recognition depends on besides the text (lib/recognition/context: a question's date or
   * the document's), compared by identity. Default: nothing, any texts may go together.
   */
  contextOf?: (node: Text) => unknown;
  /**
   * Reference → URL; null leaves it unlinked. Cross-references included: lib/links gives them the
   * question's anchor (`#…`) when it is told the page's anchors.
   */
  link: (m: Match) => string | null;
  /** Reference → tooltip text. */
  describe: (m: Match) => string;
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
  /**
   * Whether a text can hold a reference at all (the prefilter, lib/references/prefilter); texts it
   * turns away are never recognized. Default: every text.
   */
  accepts?: (text: string) => boolean;
  /**
   * Prefix of the performance marks and measures (`…:start`, `…:end`, `…:work`, `…:deferred`).
   * Default `kamerlens:annotate`, the page's own pass, which `npm run bench` reads; a later pass
   * (answers copied into a question page) takes a name of its own.
   */
  markName?: string;
}

/** One batch of a pass's texts as `recognizeElsewhere` gets it (see there). */
export interface TextsToRecognize {
  texts: string[];
  linksAfter: (string | null)[];
  at: Text;
}

export interface AnnotationHandle {
  /** Links created. */
  count: number;
  byKind: Record<string, number>;
  /** True when the signal stopped the work before the end; what was done can still be undone. */
  aborted: boolean;
  /** Sections of a long page left to link when they come near the viewport (0: all linked). */
  deferred: number;
  /** Links what is still deferred, now; resolves when every link is made. */
  complete(): Promise<void>;
  /** Puts the original text nodes back, exactly. Safe to call more than once. */
  undo(): void;
}

/** A pass's texts as sent to `recognizeElsewhere`, and its answer to come, unchecked. */
interface Asked {
  texts: string[][];
  answer: Promise<unknown>;
}

/** A pass collected: its texts in batches, the request for them if sent, and where it stopped. */
interface Collected {
  batches: Text[][];
  asked: Asked | null;
  /** The slicer's yields when collecting began: any yield since, and the page may have changed. */
  yieldsAtCollect: number;
  /** How many of the sections it was given it collected (the others are left for later). */
  sections: number;
}

interface Replacement {
  original: Text;
  inserted: Node[];
  /** The text each inserted node held, to see whether the page changed it since. */
  insertedText: string[];
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

/**
 * `<markName>:work`: a measure whose duration is the time spent in our slices up to the end mark;
 * `<markName>:deferred`: the same for one deferred group, linked later; `<markName>:waited`: one
 * wait for `recognizeElsewhere`, which is not work.
 */
function measureWork(name: string, start: number, duration: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  attempt(() => performance.measure(name, { start, duration }), undefined);
}

/**
 * Links the references in the text under `root`, or under each of several roots (blocks copied
 * into the page: linked in slices, without a section plan). Idempotent: text inside our links and
 * the text we split off around them is never visited again.
 *
 * Order of the work: collect the candidate text nodes (the prefilter drops those that cannot hold
 * a reference); link the ones in and near the viewport in the first slice; then the rest, below the
 * viewport first (sections along the layout, annotate-order). Links are built detached
 * (annotate-build) while we yield every `sliceMs`, and swapped in afterwards, one `replaceWith` per
 * node, so the page restyles and lays out our changes in a few frames rather than after every
 * slice. On a long page, sections far from the viewport wait until they come near it.
 */
export async function annotate(
  root: Element | readonly Element[],
  opts: AnnotateOptions,
): Promise<AnnotationHandle> {
  const roots: readonly Element[] = Array.isArray(root)
    ? (root as readonly Element[])
    : [root as Element];
  const doc = roots[0]?.ownerDocument ?? null;
  /** The root `node` is under; null once the page has taken it out of every root. */
  const rootOf = (node: Node): Element | null => roots.find((r) => r.contains(node)) ?? null;
  const markName = opts.markName ?? 'kamerlens:annotate';
  markPerformance(`${markName}:start`);
  const replacements: Replacement[] = [];
  const byKind: Record<string, number> = {};
  let undone = false;
  let watch: NearWatch | null = null;
  /** Deferred groups of sections not linked yet, by index; `queue` holds those waiting their turn. */
  const waiting = new Map<number, Element[]>();
  const queue: number[] = [];
  let running: Promise<void> | null = null;
  // Our own work, in slices: what `npm run bench` compares with a bare pass (the wall time between
  // the marks also holds the yields and the browser's rendering of what we changed).
  let workStart = 0;
  let workMs = 0;
  /**
   * Waits for answers, as [start, duration]: put on the timeline once the work is measured, since a
   * page's first performance.measure call costs 0.1–0.2 ms, which is not linking.
   */
  const waits: [number, number][] = [];
  const measureWaits = (): void => {
    for (const [start, duration] of waits) measureWork(`${markName}:waited`, start, duration);
    waits.length = 0;
  };
  const batchChars = opts.batchChars ?? BATCH_CHARS;
  const sliceMs = opts.sliceMs ?? 8;
  const stopped = () => undone || opts.signal?.aborted === true;

  const handle: AnnotationHandle = {
    count: 0,
    byKind,
    aborted: false,
    deferred: 0,
    complete: async () => {
      while (waiting.size > 0 && !stopped()) {
        for (const i of waiting.keys()) enqueue(i);
        await running;
      }
    },
    undo() {
      if (undone) return;
      undone = true;
      watch?.stop();
      waiting.clear();
      queue.length = 0;
      handle.deferred = 0;
      for (let i = replacements.length - 1; i >= 0; i--) restore(replacements[i]!);
      if (doc) removeTooltipIfUnused(doc);
    },
  };

  /** The hover/focus tooltip, once there are links to show it for (not after a stop: undo). */
  const showTooltips = (): void => {
    if (doc && handle.count > 0 && opts.tooltip !== false && !stopped()) ensureTooltip(doc);
  };

  /**
   * The matches of each text of `nodes` (one batch), recognized here, a motion named before a page
   * link numbering it taking that link's target (as the background does with `linksAfter`).
   */
  const recognizeHere = (nodes: readonly Text[]): Match[][] => {
    if (!nodes.length) return [];
    const texts = nodes.map((n) => n.data);
    return recognizeBatch(texts, (t) => opts.recognize(t, nodes[0]!)).map((found, k) =>
      adoptPageTargets(nodes[k]!, found, texts[k]),
    );
  };

  /**
   * Whether `el` now lies in a skipped element of `owner` (or `owner` is one), each element read
   * once per synchronous run (per-task.ts): the built nodes of a pass share most of their
   * ancestors, and our own links are never an ancestor of a text we swap.
   */
  const skipChecks = perTask(() => new Map<Element, (el: Element | null) => boolean>());
  const skippedIn = (owner: Element, el: Element): boolean => {
    const checks = skipChecks();
    let check = checks.get(owner);
    if (!check) {
      // Below the owner's parent: the owner is read too.
      check = skippedBelow(owner.parentElement);
      checks.set(owner, check);
    }
    return check(el);
  };

  /**
   * Puts a built node in the page, unless the page changed or took it meanwhile (checked only
   * `afterYield`: the checks read the node's ancestors, remembered for the nodes swapped with it).
   */
  const swapIn = (built: BuiltNode, afterYield: boolean): void => {
    let b: BuiltNode | null = built;
    if (afterYield) {
      const owner = rootOf(b.node);
      if (!owner) return;
      // Changed by the page while we yielded: recognize its new text alone.
      if (b.node.data !== b.text) {
        b = buildNode(b.node, recognizeHere([b.node])[0]!, opts);
        if (!b) return;
      }
      if (skippedIn(owner, b.node.parentElement ?? owner)) return;
    }
    b.node.replaceWith(...b.inserted);
    replacements.push({ original: b.node, inserted: b.inserted, insertedText: b.insertedText });
    for (const kind of b.kinds) {
      handle.count++;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
  };

  /**
   * Sends the texts of `batches` to `recognizeElsewhere` now, in one call, and does not wait: the
   * page can go on with other work while they are recognized. Null when there is nothing to send
   * or nowhere to send it (then they are recognized here).
   */
  const askAway = (batches: readonly Text[][]): Asked | null => {
    const elsewhere = opts.recognizeElsewhere;
    if (!elsewhere || batches.length === 0) return null;
    const texts = batches.map((batch) => batch.map((n) => n.data));
    // The page links after the texts are read now, with the texts: a text the page changes while
    // we wait is recognized again here, a link it changes behind an unchanged text is not seen.
    const request = texts.map((t, i) => ({
      texts: t,
      linksAfter: batches[i]!.map((node, k) => pageLinkAfter(node, t[k]!)),
      at: batches[i]![0]!,
    }));
    const answer = attempt(
      () => Promise.resolve(elsewhere(request)).catch((): null => null),
      Promise.resolve(null),
    );
    return { texts, answer };
  };

  /**
   * What came for each text `asked` sent (batch, then text: a list of matches, each still to be
   * checked as it is used), once it comes (the wait is not work); null when the answer is none or
   * has not one list per text.
   */
  const answerOf = async (asked: Asked, slice: Slicer): Promise<unknown[][] | null> => {
    const waitFrom = performance.now();
    const found: unknown = await slice.wait(asked.answer);
    const waited = performance.now() - waitFrom;
    if (
      !hasListPerText(
        found,
        asked.texts.map((t) => t.length),
      )
    )
      return null;
    // `<markName>:waited`: the time the pass stood waiting for the answer (read by `npm run bench`).
    waits.push([waitFrom, waited]);
    return found;
  };

  /**
   * Builds the links of a collected pass detached, from the answer to its request (or recognizing
   * here when there is none), then swaps them in, yielding whenever the slice is used up if
   * `mayYield` (not on the first screen, which runs to the end).
   */
  const link = async (
    { batches, asked, yieldsAtCollect }: Collected,
    slice: Slicer,
    mayYield: boolean,
  ): Promise<void> => {
    // Without a yield since the nodes were collected, nothing else has run: the page cannot have
    // removed, changed or moved them, so the per-node checks are skipped.
    const afterYield = () => slice.yields() !== yieldsAtCollect;
    const maybeYield = () => (mayYield ? slice.maybeYield() : null);
    const answer = asked && (await answerOf(asked, slice));
    if (stopped()) return;
    const built: BuiltNode[] = [];
    const build = (node: Text, found: Match[]): void => {
      const b = buildNode(node, found, opts);
      if (b) built.push(b);
    };
    for (let i = 0; i < batches.length; i++) {
      const planned = batches[i]!;
      // The page may have removed some of them while we yielded or waited.
      const checks = afterYield();
      if (asked && answer) {
        for (let k = 0; k < planned.length; k++) {
          const node = planned[k]!;
          if (checks && rootOf(node) === null) continue;
          // A text the page changed while we waited is recognized again, here.
          const sent = asked.texts[i]![k]!;
          build(
            node,
            node.data === sent
              ? wellFormedMatches(answer[i]![k], sent.length)
              : recognizeHere([node])[0]!,
          );
        }
      } else {
        const batch = checks ? planned.filter((node) => rootOf(node) !== null) : planned;
        const found = recognizeHere(batch);
        for (let k = 0; k < batch.length; k++) build(batch[k]!, found[k]!);
      }
      // Nothing in the page has changed yet, so this yield costs the browser no new frame.
      const pause = maybeYield();
      if (pause) await pause;
      if (stopped()) return;
    }
    for (const b of built) {
      const pause = maybeYield();
      if (pause) {
        await pause;
        if (stopped()) return;
      }
      swapIn(b, afterYield());
    }
  };

  /**
   * The candidate text nodes under `sections`, in order: not ours, passed by the prefilter. The
   * walker can resume after a yield unless the page removed the node it stood on. `enough` can stop
   * it before a section or at a yield; `done` counts the sections collected whole (or as far as
   * the page left them).
   */
  const collect = async (
    sections: readonly Element[],
    slice: Slicer,
    mayYield: boolean,
    enough: () => boolean,
  ): Promise<{ nodes: Text[]; done: number }> => {
    const nodes: Text[] = [];
    for (let done = 0; done < sections.length; done++) {
      if (enough()) return { nodes, done };
      const section = sections[done]!;
      const owner = rootOf(section);
      if (!owner || rootIsSkipped(section, owner)) continue;
      const sectionFrom = nodes.length;
      const walker = textWalker(section, opts.accepts);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!createdByUs.has(n)) nodes.push(n);
        const pause = mayYield ? slice.maybeYield() : null;
        if (pause) {
          await pause;
          if (stopped()) return { nodes, done };
          // Told to stop mid-section: the section is left whole to whoever collects what is left.
          if (enough()) {
            nodes.length = sectionFrom;
            return { nodes, done };
          }
          if (!section.contains(walker.currentNode)) break;
        }
      }
    }
    return { nodes, done: sections.length };
  };

  /**
   * Collects the candidate texts of `sections` (stopping at a yield once `enough` says so, with
   * the sections before that one) and sends them to be recognized elsewhere.
   */
  const collectAndAsk = async (
    sections: readonly Element[],
    slice: Slicer,
    mayYield: boolean,
    enough: () => boolean = () => false,
  ): Promise<Collected> => {
    const yieldsAtCollect = slice.yields();
    const { nodes, done } = await collect(sections, slice, mayYield, enough);
    const batches = batchesOf(nodes, opts.contextOf, batchChars);
    return { batches, asked: stopped() ? null : askAway(batches), yieldsAtCollect, sections: done };
  };

  /** Collects the candidate texts of `sections` and links them. */
  const collectAndLink = async (sections: readonly Element[], slice: Slicer, mayYield = true) =>
    link(await collectAndAsk(sections, slice, mayYield), slice, mayYield);

  /** Links the queued deferred groups, one task each, each measured. */
  const drain = async (): Promise<void> => {
    while (queue.length && !stopped()) {
      const i = queue.shift()!;
      const group = waiting.get(i);
      if (!group) continue;
      waiting.delete(i);
      await yieldToBrowser();
      if (stopped()) return;
      const slice = slicer(sliceMs);
      const start = performance.now();
      try {
        await collectAndLink(group, slice);
        handle.deferred--;
        measureWork(`${markName}:deferred`, start, slice.workMs());
      } finally {
        // Also when the group failed: its waits happened.
        measureWaits();
      }
      showTooltips();
    }
    if (waiting.size === 0) watch?.stop();
  };
  const enqueue = (i: number): void => {
    if (!waiting.has(i)) return;
    if (!queue.includes(i)) queue.push(i);
    running ??= drain()
      .catch((error: unknown) => {
        // A failure costs the links of that part of the page, never the page.
        queue.length = 0;
        waiting.clear();
        handle.deferred = 0;
        watch?.stop();
        if (typeof console !== 'undefined') console.debug('[Kamerlens] annotate', error);
      })
      .finally(() => {
        running = null;
      });
  };

  try {
    // Start in a task of our own, not at the end of the caller's (detection, parsing).
    await yieldToBrowser();
    const slice = slicer(sliceMs);
    workStart = performance.now();
    const live = roots.filter((r) => !rootIsSkipped(r));
    if (live.length && !stopped()) {
      const plan = Array.isArray(root)
        ? { first: [], eager: live, later: [] }
        : planSections(live[0]!);
      // Far sections of a long page wait until they come near; all is linked now where they cannot.
      const deferring = plan.later.length > 0 && canWatchNear(live[0]!);
      const eager = deferring ? plan.eager : [...plan.eager, ...plan.later.flat()];
      // 1. The first screen, collected without yielding and sent to be recognized.
      const first = await collectAndAsk(plan.first, slice, false);
      // 2. While it is recognized elsewhere, the rest's texts are collected and sent too: the page
      //    is unchanged until the first links go in, so these yields cost the browser no frame,
      //    and the rest is recognized while the browser draws the first links. Once the first
      //    answer is in, it waits for at most about one more slice of this.
      let early: Collected | null = null;
      if (first.asked && eager.length && !stopped()) {
        let answeredAt: number | null = null;
        void first.asked.answer.then(() => (answeredAt = slice.workMs()));
        early = await collectAndAsk(
          eager,
          slice,
          true,
          () => answeredAt !== null && slice.workMs() - answeredAt >= sliceMs,
        );
      }
      // 3. The first screen's links, without yielding (a wait for its answer aside).
      if (!stopped()) await link(first, slice, false);
      // 4. The rest, in slices: what was sent early, then what was not collected yet.
      if (early && !stopped()) await link(early, slice, true);
      const left = eager.slice(early?.sections ?? 0);
      if (left.length && !stopped()) await collectAndLink(left, slice);
      // 5. The far sections, watched from now on: the observer reports at once those already
      //    near. Watching them (every element: 951 on the 1.5 MB page, about 3 ms) no longer
      //    holds back the frame that shows the first links.
      if (deferring && !stopped()) {
        watch = watchNear(plan.later, enqueue);
        plan.later.forEach((group, i) => waiting.set(i, group));
        handle.deferred = plan.later.length;
      }
    }
    handle.aborted = opts.signal?.aborted === true;
    showTooltips();
    workMs = slice.workMs();
  } finally {
    markPerformance(`${markName}:end`);
    measureWork(`${markName}:work`, workStart, workMs);
    measureWaits();
  }
  opts.signal?.addEventListener('abort', () => watch?.stop(), { once: true });
  return handle;
}
