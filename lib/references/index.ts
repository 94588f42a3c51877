/**
 * All reference recognizers behind one call. Each recognizer reports every candidate it sees; here
 * overlapping candidates are resolved (the longer span wins, then the more specific kind), so
 * "motie Buitenweg en Verhoeven (30821–90)" is one motion, not also a Kamerstuk.
 */
import type { Match, RecognizeContext } from './types';
import { KINDS } from './kinds';
import { recognizeAanhangsel } from './aanhangsel';
import { recognizeAmendments } from './amendment';
import { recognizeCrossrefs } from './crossref';
import { recognizeDates } from './date';
import { recognizeEcli } from './ecli';
import { recognizeGazettes } from './gazette';
import { recognizeHandelingen } from './handelingen';
import { recognizeKamerstukken } from './kamerstuk';
import { recognizeMotions } from './motion';
import { recognizeZaken } from './zaak';

type Recognizer = (text: string, ctx: RecognizeContext) => Match[];

const RECOGNIZERS: readonly Recognizer[] = [
  recognizeMotions,
  recognizeKamerstukken,
  recognizeAmendments,
  recognizeHandelingen,
  recognizeAanhangsel,
  recognizeGazettes,
  recognizeEcli,
  recognizeZaken,
  recognizeCrossrefs,
  recognizeDates,
];

export const emptyContext = (): RecognizeContext => ({ documentDate: null, pairNumbers: [] });

/** Keep a set of non-overlapping matches: longest first, then most specific, then earliest. */
export function resolveOverlaps(candidates: Match[], textLength: number): Match[] {
  const order = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      KINDS[b.kind].priority - KINDS[a.kind].priority ||
      a.start - b.start,
  );
  const taken = new Uint8Array(textLength);
  const kept: Match[] = [];
  for (const m of order) {
    let free = m.end > m.start;
    for (let i = m.start; free && i < m.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function recognizeAll(text: string, ctx: RecognizeContext): Match[] {
  const candidates: Match[] = [];
  for (const recognize of RECOGNIZERS) {
    for (const m of recognize(text, ctx)) candidates.push(m);
  }
  return resolveOverlaps(candidates, text.length);
}
