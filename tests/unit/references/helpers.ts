import type { Match, RecognizeContext } from '../../../lib/references/types';

export const ctx = (
  pairNumbers: string[] = [],
  documentDate: string | null = null,
): RecognizeContext => ({
  documentDate,
  pairNumbers,
});

/** The (kind, text, target) triples of matches, for compact assertions. */
export const triples = (matches: Match[]): [string, string, string | null][] =>
  matches.map((m) => [m.kind, m.text, m.target]);
