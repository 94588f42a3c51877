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

/**
 * Keep a set of non-overlapping matches: longest first, then most specific, then earliest. The
 * kept matches are held sorted by start, so one binary search tells whether a candidate overlaps
 * any of them (no per-character table: allocating one was most of this function's cost on a
 * page's first run).
 */
export function resolveOverlaps(candidates: readonly Match[]): Match[] {
  const order = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      KINDS[b.kind].priority - KINDS[a.kind].priority ||
      a.start - b.start,
  );
  const kept: Match[] = [];
  for (const m of order) {
    if (m.end <= m.start) continue;
    // How many kept matches start before m ends; the last of them is the only one that can reach m.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < m.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && kept[lo - 1]!.end > m.start) continue;
    kept.splice(lo, 0, m);
  }
  return kept;
}

export function recognizeAll(text: string, ctx: RecognizeContext): Match[] {
  const candidates: Match[] = [];
  for (const recognize of RECOGNIZERS) {
    for (const m of recognize(text, ctx)) candidates.push(m);
  }
  return resolveOverlaps(candidates);
}
