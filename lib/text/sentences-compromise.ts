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

export const compromiseSentences: SentenceSplitter = (text) => {
  teachDutchAbbreviations();
  const sentences = nlp(text).json({ offset: true }) as SentenceJson[];
  const spans: TextSpan[] = [];
  for (const { offset } of sentences) {
    let start = offset.start;
    let end = offset.start + offset.length;
    // compromise's offsets leave out white space but may keep a leading one; trim like the plain splitter.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
};
