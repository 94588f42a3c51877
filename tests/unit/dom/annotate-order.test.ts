/**
 * Viewport first and deferral. jsdom lays nothing out and has no IntersectionObserver, so these
 * tests give the paragraphs boxes (one screen each, stacked) and the window a hand-driven observer.
 * What is checked: the first screen is linked before `annotate` resolves (before its first yield),
 * far text waits until it comes near or `complete()` is called, and in the end the page holds
 * exactly the links an annotation without deferral makes; undo gives the page back exactly.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate } from '../../../lib/dom/annotate';
import {
  DEFER_FROM_SCREENS,
  EAGER_SCREENS,
  ONE_PASS_SCREENS,
  READ_EVERY_CHILD,
  planSections,
} from '../../../lib/dom/annotate-order';
import { mayHoldReference } from '../../../lib/references/prefilter';
import { blankPage, realOptions, recordMeasures, refLinks } from './annotate-support';
import type { AnnotateOptions } from '../../../lib/dom/annotate';

const SCREEN = 768;

/** A laid-out box, as getBoundingClientRect gives it. */
const boxOf = (top: number, height: number, width = 800) =>
  ({ top, bottom: top + height, height, width, left: 0, right: width }) as DOMRect;

/**
 * A root of `screens` paragraphs, each one screen tall, every third holding references; scrolled
 * down by `scrolled` screens.
 */
function stackedPage(screens: number, scrolled = 0) {
  const doc = blankPage();
  const root = doc.createElement('div');
  doc.body.append(root);
  for (let i = 0; i < screens; i++) {
    const p = doc.createElement('p');
    p.id = `p${i}`;
    p.textContent =
      i % 3 === 0
        ? `Alinea ${i}: zie Kamerstuk 35 165, nr. ${i + 1} en de brief van ${(i % 28) + 1} maart 2022.`
        : `Alinea zonder verwijzing, over het beleid in het algemeen.`;
    root.append(p);
  }
  const offset = scrolled * SCREEN;
  root.getBoundingClientRect = () => boxOf(-offset, screens * SCREEN);
  Array.from(root.children).forEach((p, i) => {
    p.getBoundingClientRect = () => boxOf(i * SCREEN - offset, SCREEN);
  });
  return { doc, root };
}

/** A stand-in IntersectionObserver: `near(el)` reports `el` as intersecting. */
function installObserver(win: Window) {
  const observers: { callback: IntersectionObserverCallback; targets: Set<Element> }[] = [];
  class FakeObserver {
    targets = new Set<Element>();
    constructor(private callback: IntersectionObserverCallback) {
      observers.push({ callback, targets: this.targets });
    }
    observe(el: Element) {
      this.targets.add(el);
    }
    unobserve(el: Element) {
      this.targets.delete(el);
    }
    disconnect() {
      this.targets.clear();
    }
  }
  (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
  return {
    observed: () => observers.reduce((n, o) => n + o.targets.size, 0),
    near(el: Element) {
      for (const o of observers) {
        if (!o.targets.has(el)) continue;
        const entry = { target: el, isIntersecting: true } as IntersectionObserverEntry;
        o.callback([entry], o as unknown as IntersectionObserver);
      }
    },
  };
}

/** Counts the paragraphs' box reads from now on. */
function countBoxReads(root: Element): () => number {
  let reads = 0;
  for (const p of Array.from(root.children)) {
    const box = p.getBoundingClientRect.bind(p);
    p.getBoundingClientRect = () => (reads++, box());
  }
  return () => reads;
}

const options = () =>
  realOptions(
    { documentDate: '2022-06-08', submitted: null, pairNumbers: [] },
    { accepts: mayHoldReference },
  );
const linkedParagraphs = (root: Element) =>
  [...new Set(refLinks(root).map((a) => a.closest('p')!.id))].sort();
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('planSections', () => {
  it('puts the first screens first, the next ones eager, and the far ones in later groups', () => {
    const { root } = stackedPage(60);
    const plan = planSections(root);
    const ids = (els: Element[]) => els.map((el) => el.id);
    expect(ids(plan.first)).toEqual(['p0', 'p1', 'p2']);
    expect(ids(plan.eager)).toEqual(Array.from({ length: EAGER_SCREENS }, (_, i) => `p${i + 3}`));
    expect(plan.later.flat()).toHaveLength(60 - 3 - EAGER_SCREENS);
    expect(plan.later.every((group) => group.length === 1)).toBe(true);
  });

  it('defers nothing on a page of up to DEFER_FROM_SCREENS screens, nor without layout', () => {
    const { root } = stackedPage(DEFER_FROM_SCREENS);
    const plan = planSections(root);
    expect(plan.later).toEqual([]);
    expect(plan.first.length + plan.eager.length).toBe(DEFER_FROM_SCREENS);

    const doc = blankPage();
    expect(planSections(doc.body)).toEqual({ first: [], eager: [doc.body], later: [] });
  });

  it('links a root of up to ONE_PASS_SCREENS screens in one pass, without reading its sections', () => {
    const { root } = stackedPage(ONE_PASS_SCREENS);
    let boxesRead = 0;
    for (const p of Array.from(root.children)) {
      const box = p.getBoundingClientRect.bind(p);
      p.getBoundingClientRect = () => (boxesRead++, box());
    }
    expect(planSections(root)).toEqual({ first: [root], eager: [], later: [] });
    expect(boxesRead).toBe(0);

    const taller = stackedPage(ONE_PASS_SCREENS + 1).root;
    expect(taller.children.length).toBeLessThanOrEqual(READ_EVERY_CHILD);
    const plan = planSections(taller);
    expect(plan.first).toHaveLength(3);
    expect(plan.first.length + plan.eager.length).toBe(ONE_PASS_SCREENS + 1);
  });

  it('tells a short root by its offset size, reading no box at all', () => {
    const { root } = stackedPage(3);
    const setOffsets = (height: number, width: number) => {
      Object.defineProperty(root, 'offsetHeight', { configurable: true, value: height });
      Object.defineProperty(root, 'offsetWidth', { configurable: true, value: width });
    };
    let rootBoxReads = 0;
    const box = root.getBoundingClientRect.bind(root);
    root.getBoundingClientRect = () => (rootBoxReads++, box());
    const childBoxReads = countBoxReads(root);

    setOffsets(3 * SCREEN, 800);
    expect(planSections(root)).toEqual({ first: [root], eager: [], later: [] });
    expect(rootBoxReads + childBoxReads()).toBe(0);

    // Taller by its offsets than one pass takes: its box and its children's are read, as before.
    setOffsets((ONE_PASS_SCREENS + 1) * SCREEN, 800);
    root.getBoundingClientRect = () => (rootBoxReads++, boxOf(0, (ONE_PASS_SCREENS + 1) * SCREEN));
    const plan = planSections(root);
    expect(rootBoxReads).toBe(1);
    expect(childBoxReads()).toBe(3);
    expect(plan.first).toEqual(Array.from(root.children));

    // No box by its offsets (hidden, or no layout): the box decides, as before.
    setOffsets(0, 0);
    rootBoxReads = 0;
    root.getBoundingClientRect = () => (rootBoxReads++, boxOf(0, 0, 0));
    expect(planSections(root)).toEqual({ first: [], eager: [root], later: [] });
    expect(rootBoxReads).toBe(1);
  });

  it('without a viewport, a root with offsets is still linked in slices', () => {
    const { doc, root } = stackedPage(3);
    Object.defineProperty(root, 'offsetHeight', { configurable: true, value: 0 });
    Object.defineProperty(root, 'offsetWidth', { configurable: true, value: 800 });
    Object.defineProperty(doc.defaultView!, 'innerHeight', { configurable: true, value: 0 });
    expect(planSections(root)).toEqual({ first: [], eager: [root], later: [] });
  });
});

describe('planSections on a root of many children', () => {
  const ids = (els: Element[]) => els.map((el) => el.id);
  const range = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => `p${from + i}`);

  it('reads the boxes of the first and eager screens and a few more, and plans as if it read all', () => {
    const { root } = stackedPage(600);
    const reads = countBoxReads(root);
    const plan = planSections(root);
    expect(ids(plan.first)).toEqual(['p0', 'p1', 'p2']);
    expect(ids(plan.eager)).toEqual(range(3, 3 + EAGER_SCREENS));
    expect(ids(plan.later.flat())).toEqual(range(3 + EAGER_SCREENS, 600));
    // A screen per group: one paragraph each here.
    expect(plan.later.every((group) => group.length === 1)).toBe(true);
    expect(reads()).toBeLessThan(3 + EAGER_SCREENS + 2 * Math.ceil(Math.log2(600)) + 4);
  });

  it('on a page scrolled to its middle, links around the viewport first and leaves what is above for later', () => {
    const { root } = stackedPage(600, 300);
    const plan = planSections(root);
    // Near: from a screen above the viewport to a screen below it.
    expect(ids(plan.first)).toEqual(range(298, 303));
    expect(ids(plan.eager)).toEqual(range(303, 303 + EAGER_SCREENS));
    // Below first, then above; every paragraph once.
    expect(ids(plan.later.flat())).toEqual([...range(303 + EAGER_SCREENS, 600), ...range(0, 298)]);
  });

  /** 600 paragraphs: the first and eager screens one screen each, then a quarter screen each. */
  function quarterPage() {
    const { doc, root } = stackedPage(600);
    const full = 3 + EAGER_SCREENS;
    Array.from(root.children).forEach((p, i) => {
      const box =
        i < full ? boxOf(i * SCREEN, SCREEN) : boxOf((full + (i - full) / 4) * SCREEN, SCREEN / 4);
      p.getBoundingClientRect = () => box;
    });
    root.getBoundingClientRect = () => boxOf(0, (full + (600 - full) / 4) * SCREEN);
    return { doc, root, full };
  }

  it('groups far paragraphs by about a screen, by their mean height', () => {
    const { root, full } = quarterPage();
    const plan = planSections(root);
    expect(ids(plan.eager)).toEqual(range(3, full));
    expect(ids(plan.later.flat())).toEqual(range(full, 600));
    expect(plan.later.slice(0, -1).every((group) => group.length === 4)).toBe(true);
  });

  it('reads every box when one it reads is hidden, and plans each paragraph once', () => {
    const { doc, root, full } = quarterPage();
    const hidden = doc.createElement('p');
    hidden.id = 'hidden';
    hidden.hidden = true;
    hidden.getBoundingClientRect = () => boxOf(0, 0, 0);
    root.append(hidden);
    const reads = countBoxReads(root);
    const plan = planSections(root);
    expect(reads()).toBeGreaterThanOrEqual(601);
    // A hidden box reads as at the top: as before, the hidden paragraph is walked with the first.
    expect(ids(plan.first)).toEqual(['p0', 'p1', 'p2', 'hidden']);
    const planned = ids([...plan.first, ...plan.eager, ...plan.later.flat()]);
    expect([...planned].sort()).toEqual([...range(0, 600), 'hidden'].sort());
    expect(ids(plan.later.flat())).toEqual(range(full, 600));
  });

  it('reads every box where the children are not stacked (two columns)', () => {
    const { root } = stackedPage(600, 150);
    // The second half stands beside the first: p300 next to p0, and so on.
    Array.from(root.children).forEach((p, i) => {
      p.getBoundingClientRect = () => boxOf(((i % 300) - 150) * SCREEN, SCREEN, 400);
    });
    const reads = countBoxReads(root);
    const plan = planSections(root);
    expect(reads()).toBeGreaterThanOrEqual(600);
    // What is in view in both columns comes first.
    expect(ids(plan.first)).toEqual([...range(148, 153), ...range(448, 453)]);
  });
});

describe('planSections and a parent with text of its own', () => {
  /** A root holding one container of 600 one-screen paragraphs, `between` each of them. */
  function containerPage(between: string) {
    const { doc, root } = stackedPage(600);
    const container = doc.createElement('div');
    const paragraphs = Array.from(root.children);
    for (const p of paragraphs) container.append(doc.createTextNode(between), p);
    root.append(container);
    container.getBoundingClientRect = root.getBoundingClientRect;
    return { root, container };
  }

  for (const xpath of [true, false]) {
    const where = xpath ? '' : ' (a document without XPath)';
    const page = (between: string) => {
      const made = containerPage(between);
      if (!xpath)
        (made.root.ownerDocument as unknown as { evaluate: undefined }).evaluate = undefined;
      return made;
    };

    it(`cuts a container into its paragraphs across white space${where}`, () => {
      const { root } = page('\n  ');
      expect(planSections(root).first.map((el) => el.id)).toEqual(['p0', 'p1', 'p2']);
    });

    it(`keeps a container whole when it holds words of its own${where}`, () => {
      const { root, container } = page(' en ');
      expect(planSections(root).first).toEqual([container]);
    });
  }
});

/** A recognizeElsewhere whose answers come when the test says: `answer(i)` answers call i. */
function heldBackground(recognize: AnnotateOptions['recognize']) {
  const calls: string[][] = [];
  const answers: (() => void)[] = [];
  const elsewhere: NonNullable<AnnotateOptions['recognizeElsewhere']> = (batches) => {
    calls.push(batches.flatMap((b) => b.texts));
    return new Promise((resolve) =>
      answers.push(() => resolve(batches.map((b) => b.texts.map((t) => recognize(t, b.at))))),
    );
  };
  return { calls, elsewhere, answer: (i: number) => answers[i]!() };
}

describe('annotate on a long page, recognizing elsewhere', () => {
  it('sends the eager screens while the first screen is recognized, and links the first screen first', async () => {
    const reference = stackedPage(60);
    await annotate(reference.root, options());

    const { doc, root } = stackedPage(60);
    const io = installObserver(doc.defaultView!);
    const o = options();
    const background = heldBackground(o.recognize);
    const done = annotate(root, {
      ...o,
      recognizeElsewhere: background.elsewhere,
      recognize: notHere,
    });
    await settle();
    // Both asked, nothing answered, nothing linked yet.
    expect(background.calls).toHaveLength(2);
    expect(background.calls[0]!.some((t) => t.startsWith('Alinea 0:'))).toBe(true);
    expect(background.calls[1]!.some((t) => t.startsWith(`Alinea ${3 + EAGER_SCREENS - 2}:`))).toBe(
      true,
    );
    expect(refLinks(root)).toHaveLength(0);

    background.answer(0);
    await settle();
    expect(linkedParagraphs(root)).toEqual(['p0']);
    // The far sections are watched only once the screens above them are linked.
    expect(io.observed()).toBe(0);

    background.answer(1);
    await done;
    expect(linkedParagraphs(root)).toEqual(['p0', 'p3', 'p6', 'p9']);
    expect(io.observed()).toBe(60 - 3 - EAGER_SCREENS);
    const eagerLinks = refLinks(reference.root).filter((a) =>
      ['p0', 'p3', 'p6', 'p9'].includes(a.closest('p')!.id),
    );
    expect(refLinks(root).map((a) => a.outerHTML)).toEqual(eagerLinks.map((a) => a.outerHTML));
  });

  it('once the first answer is in, does not hold the first links back for the rest: the rest goes later', async () => {
    const { doc, root } = stackedPage(60);
    installObserver(doc.defaultView!);
    // The first eager paragraph in several texts, so its collecting yields in the middle of it.
    const p3 = doc.getElementById('p3')!;
    p3.append(doc.createElement('br'), 'en nr. 40', doc.createElement('br'), 'en nr. 41');
    const o = options();
    const calls: string[][] = [];
    let linkedAtSecondCall: string[] = [];
    await annotate(root, {
      ...o,
      sliceMs: 0,
      recognize: notHere,
      recognizeElsewhere: (batches) => {
        calls.push(batches.flatMap((b) => b.texts));
        if (calls.length === 2) linkedAtSecondCall = linkedParagraphs(root);
        return Promise.resolve(batches.map((b) => b.texts.map((t) => o.recognize(t, b.at))));
      },
    });
    // The first screen; then, after its links, the rest, with the paragraph whose collecting the
    // first answer interrupted sent whole, once.
    expect(calls).toHaveLength(2);
    expect(linkedAtSecondCall).toContain('p0');
    expect(calls[1]!.filter((t) => /^Alinea 3:|^en nr\. 4[01]$/.test(t))).toHaveLength(3);
    const sent = calls.flat();
    expect(new Set(sent).size).toBe(sent.length);
    expect(linkedParagraphs(root)).toEqual(['p0', 'p3', 'p6', 'p9']);
  });
  describe('the timeline', () => {
    afterEach(() => vi.restoreAllMocks());

    it('a far group that comes near is measured, then its wait', async () => {
      const { doc, root } = stackedPage(60);
      const io = installObserver(doc.defaultView!);
      const o = options();
      const measured = recordMeasures();
      const names = () => measured.map((m) => m.name);
      const handle = await annotate(root, {
        ...o,
        recognize: notHere,
        recognizeElsewhere: (batches) =>
          Promise.resolve(batches.map((b) => b.texts.map((t) => o.recognize(t, b.at)))),
      });
      // The first screen's and the eager screens' waits, after the work.
      expect(names()).toEqual([
        'kamerlens:annotate:work',
        'kamerlens:annotate:waited',
        'kamerlens:annotate:waited',
      ]);
      measured.length = 0;
      io.near(doc.getElementById('p30')!);
      await vi.waitFor(() => expect(measured).toHaveLength(2));
      expect(names()).toEqual(['kamerlens:annotate:deferred', 'kamerlens:annotate:waited']);
      expect(linkedParagraphs(root)).toContain('p30');
      handle.undo();
    });
  });
});

const notHere = (): never => {
  throw new Error('recognized on the page');
};
