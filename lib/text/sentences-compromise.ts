/**
 * compromise's sentence splitter behind the SentenceSplitter signature, taught the same Dutch
 * abbreviations as the plain splitter. Kept for the measurement in docs/decisions.md; imports
 * `compromise/one` (about 30 kB gzip), so never import this from the content script.
 */
import nlp from 'compromise/one';
import { DUTCH_ABBREVIATIONS } from './abbreviations';
import type { SentenceSplitter, TextSpan } from './sentences';

interface CompromiseWorld {
  model: { one: { abbreviations: Record<string, boolean> } };
}

let taught = false;

/** compromise reads abbreviations from one shared model; add ours once. */
function teachDutchAbbreviations(): void {
  if (taught) return;
  const { abbreviations } = (nlp as unknown as { world(): CompromiseWorld }).world().model.one;
  for (const abbreviation of DUTCH_ABBREVIATIONS) abbreviations[abbreviation] = true;
  taught = true;
}

interface SentenceJson {
  offset: { start: number; length: number };
}

/**
 * compromise's sentence ends, as spans: its offsets leave out leading punctuation ("-de motie-…"
 * starts at "de"), so each sentence runs from the end of the one before it, trimmed.
 */
export const compromiseSentences: SentenceSplitter = (text) => {
  teachDutchAbbreviations();
  const sentences = nlp(text).json({ offset: true }) as SentenceJson[];
  const spans: TextSpan[] = [];
  let start = 0;
  sentences.forEach(({ offset }, i) => {
    const end = i === sentences.length - 1 ? text.length : offset.start + offset.length;
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
    start = end;
  });
  return spans;
};
