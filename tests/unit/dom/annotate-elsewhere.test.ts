/**
 * Annotation with recognition done elsewhere (the background, lib/recognition/elsewhere): on the
 * real answer page, the links are the ones the page would make itself; when the background cannot
 * answer, the page recognizes itself; what the page changes while we wait is handled.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate, type AnnotateOptions } from '../../../lib/dom/annotate';
import type { Match } from '../../../lib/references/types';
import { answerRecognizeRequest, RECOGNIZE_MESSAGE } from '../../../lib/recognition/elsewhere';
import {
  blankPage,
  loadPage,
  questionAnchors,
  realOptions,
  recordMeasures,
  refLinks,
} from './annotate-support';

const CONTEXT = { documentDate: '2022-06-08', pairNumbers: [] as string[] };
const CONTEXT_WITH_DATES = { ...CONTEXT, submitted: null };

function answerPage() {
  const doc = loadPage('ah-tk-20212022-3019.html');
  const anchors = questionAnchors(doc);
  const pairNumbers = [...anchors.keys()];
  const ctx = { documentDate: '2022-06-08', submitted: '2022-03-10', pairNumbers, anchors };
  return { doc, root: doc.querySelector('#broodtekst')!, anchors, ctx };
}

/** A background as the real one answers, the messages going as JSON. */
function background(
  anchors: Map<string, string>,
  pairNumbers: string[],
  documentDate: string | null = CONTEXT.documentDate,
) {
  const calls: string[][][] = [];
  const linksSent: (string | null)[] = [];
  const elsewhere: NonNullable<AnnotateOptions['recognizeElsewhere']> = (batches) => {
    calls.push(batches.map((b) => b.texts));
    for (const b of batches) linksSent.push(...b.linksAfter);
    const request = {
      type: RECOGNIZE_MESSAGE,
      batches: batches.map((b) => ({
        context: { documentDate, pairNumbers },
        texts: b.texts,
        linksAfter: b.linksAfter,
      })),
      anchors: Object.fromEntries(anchors),
    } as const;
    const answer = JSON.parse(JSON.stringify(answerRecognizeRequest(request))) as {
      matches: Match[][][];
    };
    return Promise.resolve(answer.matches);
  };
  return { calls, linksSent, elsewhere };
}

const linksOf = (root: ParentNode) =>
  refLinks(root).map((a) => ({
    text: a.textContent,
    href: a.getAttribute('href'),
    kind: a.dataset.klKind,
    target: a.dataset.klTarget,
  }));

/** The links the page makes by itself, the reference for every test here. */
async function linkedHere(): Promise<ReturnType<typeof linksOf>> {
  const { root, ctx } = answerPage();
  await annotate(root, realOptions(ctx));
  return linksOf(root);
}

const notHere = () => {
  throw new Error('recognized on the page');
};

/**
 * The answer page linked from the background's real answer, each text's list of matches first
 * handed to `alter`; `seen` gets every match that reaches the link maker. Gives the page's root.
 */
async function linkedFromAltered(
  alter: (found: unknown[]) => void,
  seen: (m: Match) => void,
): Promise<Element> {
  const { root, anchors, ctx } = answerPage();
  const real = background(anchors, ctx.pairNumbers).elsewhere;
  const here = realOptions(ctx);
  await annotate(root, {
    ...here,
    recognize: notHere,
    recognizeElsewhere: async (batches) => {
      const answer = (await real(batches)) as unknown[][][];
      for (const perText of answer) for (const found of perText) alter(found);
      return answer;
    },
    link: (m) => {
      seen(m);
      return here.link(m);
    },
  });
  return root;
}

describe('annotate with recognizeElsewhere', () => {
  it('links what the background found, with its URLs, and recognizes nothing on the page', async () => {
    const expected = await linkedHere();
    const { root, anchors, ctx } = answerPage();
    const { calls, elsewhere } = background(anchors, ctx.pairNumbers);
    const handle = await annotate(
      root,
      realOptions(ctx, {
        recognizeElsewhere: elsewhere,
        recognize: notHere,
        // Only the background's URL: a match without one gets no link.
        link: (m) => m.href ?? null,
      }),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(linksOf(root)).toEqual(expected);
    expect(handle.count).toBe(expected.length);
    // One call per pass part, never one per text.
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(3);
  });

  it('Handelingen h-tk-20192020-31-8-n1: the motions numbered by the page links after them, by the background', async () => {
    const handelingen = () => {
      const doc = loadPage('h-tk-20192020-31-8-n1.html');
      return doc.querySelector('#broodtekst')!;
    };
    const ctx = { documentDate: null, submitted: null, pairNumbers: [] };
    const here = handelingen();
    await annotate(here, realOptions(ctx));
    const expected = linksOf(here);
    const root = handelingen();
    const { linksSent, elsewhere } = background(new Map(), [], null);
    await annotate(
      root,
      realOptions(ctx, {
        recognizeElsewhere: elsewhere,
        recognize: notHere,
        link: (m) => m.href ?? null,
      }),
    );
    // Each of the 14 listed motions is named before the page's link to it ("… (35300-A, nr. 15)").
    expect(linksSent.filter((href) => href !== null)).toHaveLength(14);
    expect(expected).toHaveLength(14);
    for (const link of expected)
      expect(link).toMatchObject({
        kind: 'motion',
        target: expect.stringMatching(/^kst-35300-A-\d+$/),
      });
    expect(linksOf(root)).toEqual(expected);
  });

  it.each([
    ['answers null', () => Promise.resolve(null)],
    ['rejects', () => Promise.reject(new Error('gone'))],
    ['answers no list per batch', () => Promise.resolve([] as Match[][][])],
    ['answers a list per batch but not per text', () => Promise.resolve([[]] as Match[][][])],
    [
      'throws',
      () => {
        throw new Error('context invalidated');
      },
    ],
  ])('recognizes on the page when the background %s', async (_, elsewhere) => {
    const expected = await linkedHere();
    const { root, ctx } = answerPage();
    await annotate(root, realOptions(ctx, { recognizeElsewhere: elsewhere }));
    expect(linksOf(root)).toEqual(expected);
  });

  it('a match from elsewhere that does not fit its text or has a field of the wrong type never reaches a link', async () => {
    const expected = await linkedHere();
    // Each text's first match is put back spoilt in one of these ways, so nothing overlaps it.
    const spoil: ((m: Match) => unknown)[] = [
      (m) => ({ ...m, end: 1e6 }),
      (m) => ({ ...m, start: m.end, end: m.start }),
      (m) => ({ ...m, href: 5 }),
      (m) => ({ ...m, kind: undefined }),
      (m) => ({ ...m, target: 7 }),
    ];
    let spoilt = 0;
    const reached: unknown[] = [];
    const root = await linkedFromAltered(
      (found) => {
        if (found.length > 0) found[0] = spoil[spoilt++ % spoil.length]!(found[0] as Match);
      },
      (m) => reached.push(m),
    );
    expect(spoilt).toBeGreaterThanOrEqual(spoil.length);
    for (const m of reached as Match[]) {
      expect(typeof m.kind).toBe('string');
      expect(m.target === null || typeof m.target === 'string').toBe(true);
      expect(m.href === undefined || m.href === null || typeof m.href === 'string').toBe(true);
      expect(m.start).toBeLessThan(m.end);
    }
    // What is linked is what the page would link, less the spoilt matches.
    const made = linksOf(root);
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(expected.length);
    for (const link of made) expect(expected).toContainEqual(link);
  });

  it('a match from elsewhere without its URL gets the one the page makes', async () => {
    const expected = await linkedHere();
    let withoutUrl = 0;
    const root = await linkedFromAltered(
      (found) => {
        for (const m of found as Match[]) delete m.href;
      },
      (m) => {
        if (m.href === undefined) withoutUrl++;
      },
    );
    expect(withoutUrl).toBeGreaterThanOrEqual(expected.length);
    expect(linksOf(root)).toEqual(expected);
  });

  it('a text the page changes while we wait is recognized again; a removed one stays out', async () => {
    const { doc, root, anchors, ctx } = answerPage();
    const real = background(anchors, ctx.pairNumbers).elsewhere;
    const textWith = (s: string) => {
      const walker = doc.createTreeWalker(root, 0x4);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if ((n as Text).data.includes(s)) return n as Text;
      throw new Error(`no text with ${s}`);
    };
    const motion = textWith('motie Buitenweg en Verhoeven');
    const kamerstuk = textWith('Kamerstuk 32');
    const recognizedHere: string[] = [];
    const opts = realOptions(ctx);
    await annotate(root, {
      ...opts,
      recognize: (text, at) => {
        recognizedHere.push(text);
        return opts.recognize(text, at);
      },
      recognizeElsewhere: async (batches) => {
        const answer = await real(batches);
        // While the background works, the page rewrites one text and drops another.
        motion.data = 'Zie ook Kamerstuk 35 300, nr. 8.';
        kamerstuk.remove();
        return answer;
      },
    });
    expect(recognizedHere).toEqual(['Zie ook Kamerstuk 35 300, nr. 8.']);
    const texts = refLinks(root).map((a) => a.textContent?.replace(/\u00a0/g, ' '));
    expect(texts).toContain('Kamerstuk 35 300, nr. 8');
    expect(texts).not.toContain('motie Buitenweg en Verhoeven (30821–90)');
    expect(root.contains(kamerstuk)).toBe(false);
    expect(texts.some((t) => t?.startsWith('Kamerstuk 32 761'))).toBe(false);
  });

  it('a text the page puts inside its own link while we wait is not linked inside it', async () => {
    const { doc, root, anchors, ctx } = answerPage();
    const real = background(anchors, ctx.pairNumbers).elsewhere;
    const walker = doc.createTreeWalker(root, 0x4);
    let motion: Text | null = null;
    for (let n = walker.nextNode(); n && !motion; n = walker.nextNode())
      if ((n as Text).data.includes('motie Buitenweg en Verhoeven')) motion = n as Text;
    let pageLink: HTMLAnchorElement | null = null;
    await annotate(
      root,
      realOptions(ctx, {
        recognizeElsewhere: async (batches) => {
          const answer = await real(batches);
          // The page's own script wraps the paragraph's text in a link of its own meanwhile.
          pageLink = doc.createElement('a');
          pageLink.href = '#elders';
          motion!.replaceWith(pageLink);
          pageLink.append(motion!);
          return answer;
        },
      }),
    );
    expect(pageLink!.querySelector('a')).toBeNull();
    expect(pageLink!.textContent).toContain('motie Buitenweg en Verhoeven');
    expect(refLinks(root).length).toBeGreaterThan(10);
  });

  it.each(['block', 'root'] as const)(
    'a %s the page makes editable between two slices of swapping keeps its text',
    async (made) => {
      const doc = blankPage();
      const root = doc.createElement('div');
      const block = doc.createElement('div');
      for (const text of ['Zie Stb. 2019, 123.', 'Zie Stb. 2019, 124.', 'Zie Stb. 2019, 125.']) {
        const p = doc.createElement('p');
        p.textContent = text;
        block.append(p);
      }
      root.append(block);
      doc.body.append(root);
      // Once our first link is in, the page makes the block (or the root we annotate) editable.
      // We yield after every node (sliceMs 0), so the other two are swapped in later tasks, which
      // must read it again (the first swap read it as not editable).
      const observer = new doc.defaultView!.MutationObserver(() => {
        observer.disconnect();
        (made === 'block' ? block : root).setAttribute('contenteditable', 'true');
      });
      observer.observe(root, { childList: true, subtree: true });
      const { elsewhere } = background(new Map(), []);
      const handle = await annotate(
        root,
        realOptions(CONTEXT_WITH_DATES, { sliceMs: 0, recognizeElsewhere: elsewhere }),
      );
      expect(refLinks(root).map((a) => a.dataset.klTarget)).toEqual(['stb-2019-123']);
      expect(handle.count).toBe(1);
      expect(block.textContent).toBe('Zie Stb. 2019, 123.Zie Stb. 2019, 124.Zie Stb. 2019, 125.');
    },
  );

  it('stops when aborted while it waits: nothing linked', async () => {
    const { root, anchors, ctx } = answerPage();
    const controller = new AbortController();
    const real = background(anchors, ctx.pairNumbers).elsewhere;
    const handle = await annotate(
      root,
      realOptions(ctx, {
        signal: controller.signal,
        recognizeElsewhere: async (batches) => {
          const answer = await real(batches);
          controller.abort();
          return answer;
        },
      }),
    );
    expect(handle.aborted).toBe(true);
    expect(refLinks(root)).toEqual([]);
  });

  describe('the timeline', () => {
    afterEach(() => vi.restoreAllMocks());

    it('the wait is measured after the work, with the time it began and lasted', async () => {
      const { root, anchors, ctx } = answerPage();
      const { elsewhere } = background(anchors, ctx.pairNumbers);
      const measured = recordMeasures();
      const before = performance.now();
      await annotate(root, realOptions(ctx, { recognizeElsewhere: elsewhere }));
      // The first screen's request is waited for once; the wait comes after the work's measure,
      // whose clock would otherwise hold the first measure call (0.1–0.2 ms in a page's world).
      expect(measured.map((m) => m.name)).toEqual([
        'kamerlens:annotate:work',
        'kamerlens:annotate:waited',
      ]);
      const [work, waited] = measured;
      expect(waited!.start).toBeGreaterThanOrEqual(work!.start);
      expect(waited!.start).toBeGreaterThanOrEqual(before);
      expect(waited!.duration).toBeGreaterThanOrEqual(0);
      expect(waited!.start + waited!.duration).toBeLessThanOrEqual(performance.now());
    });
  });
});
