/**
 * Amendments named with their members and a citation right after the names, without parentheses:
 * "het amendement van de heer Dittrich CLVI, letters AA", "amendement-Van der Lee 36200-XII, nr. 12".
 * They are Kamerstukken (kind `kamerstuk`): an amendment is a numbered document of its dossier.
 * "amendement 36067 – 61" (a keyword right before the dossier) and "(36200-XII-12)" are read by the
 * Kamerstuk recognizer itself.
 */
import { guarded, matchesOf } from './guard';
import type { Match, RecognizeContext } from './types';
import { citationLabel, citationTargets } from './dossier';
import { bareCitationAt, namesAfter } from './motion';
import { isLetter } from './normalize';

const AMENDEMENT = guarded(/[Aa]mendement(?:en)?/g, ['mendement']);

export function recognizeAmendments(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  for (const m of matchesOf(AMENDEMENT, text)) {
    const start = m.index;
    const wordEnd = start + m[0].length;
    if (isLetter(text[start - 1]) || isLetter(text[wordEnd])) continue;
    const names = namesAfter(text, wordEnd);
    if (names.end < 0) continue;
    const c = bareCitationAt(text, names.end);
    if (!c) continue;
    const { target, also } = citationTargets(c);
    out.push({
      kind: 'kamerstuk',
      start,
      end: c.end,
      text: text.slice(start, c.end),
      target,
      date: null,
      ...(also.length ? { alsoTargets: also } : {}),
      label: `Amendement, Kamerstuk ${citationLabel(c)}`,
    });
  }
  return out;
}

/*
 * Real example (Eerste Kamer, 16 May 2023):
 *   "met uitzondering van het amendement van de heer Dittrich CLVI, letters AA."  → kst-CLVI-AA
 */
