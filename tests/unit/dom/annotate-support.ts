/** Shared set-up for the annotation tests: fixture pages, the real recognizers, the real links. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';
import type { Match } from '../../../lib/references/types';
import { recognizeAll } from '../../../lib/references/index';
import { describeMatch, urlForMatch } from '../../../lib/links';
import type { AnnotateOptions } from '../../../lib/dom/annotate';

const PAGES = resolve(process.cwd(), 'tests/fixtures/pages');

export function loadPage(name: string): Document {
  const html = readFileSync(resolve(PAGES, name), 'utf8');
  return new JSDOM(html, { url: `https://zoek.officielebekendmakingen.nl/${name}` }).window
    .document;
}

/** An empty page on the official host. */
export function blankPage(): Document {
  return new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'https://zoek.officielebekendmakingen.nl/test.html',
  }).window.document;
}

/** The question anchors of a KOOP Q&A page: `div.vraag h2 a[id]` under "Vraag N". */
export function questionAnchors(doc: Document): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const h2 of doc.querySelectorAll('div.vraag h2')) {
    const number = /Vraag\s+(\S+)/.exec(h2.textContent ?? '')?.[1];
    const id = h2.querySelector('a[id]')?.id;
    if (number && id) anchors.set(number, id);
  }
  return anchors;
}

export interface PageContext {
  documentDate: string | null;
  submitted: string | null;
  pairNumbers: string[];
  anchors?: Map<string, string>;
}

/** Options as the content script wires them: real recognizers, real URLs and descriptions. */
export function realOptions(
  ctx: PageContext,
  extra: Partial<AnnotateOptions> = {},
): AnnotateOptions {
  const crossrefAnchor = (n: string) => ctx.anchors?.get(n) ?? null;
  return {
    recognize: (text: string): Match[] =>
      recognizeAll(text, { documentDate: ctx.documentDate, pairNumbers: ctx.pairNumbers }),
    link: (m) => urlForMatch(m, { crossrefAnchor }),
    describe: (m) => describeMatch(m, { documentDate: ctx.documentDate, submitted: ctx.submitted }),
    ...extra,
  };
}

/** Our reference links in a subtree. */
export function refLinks(root: ParentNode): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>('a[data-kamerlens="ref"]'));
}

/** All text nodes under a root, in order (to check that undo gives back the very same nodes). */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** A performance.measure call: its name and options. */
export interface Measured {
  name: string;
  start: number;
  duration: number;
}

/**
 * Records every performance.measure call (and makes none) until the test's mocks are restored
 * (`vi.restoreAllMocks()`): what annotation puts on the timeline, in order.
 */
export function recordMeasures(): Measured[] {
  const measured: Measured[] = [];
  vi.spyOn(performance, 'measure').mockImplementation(((
    name: string,
    { start, duration }: { start: number; duration: number },
  ) => {
    measured.push({ name, start, duration });
    return undefined;
  }) as unknown as typeof performance.measure);
  return measured;
}
