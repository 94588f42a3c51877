/**
 * What the popup shows of a reference's sentence: the text before the reference, the reference,
 * and the text after it, white space collapsed, shortened around the reference when the sentence
 * is long (Handelingen sentences can run to several hundred characters).
 */
import type { ReferenceContext } from './paragraph';
import { plainSentences, sentenceAround, type Sentence, type SentenceSplitter } from './sentences';

interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** A sentence longer than this is shortened; the popup is 340–420 px wide. */
const EXCERPT_CHARS = 240;
const ELLIPSIS = '…';

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/** The last `chars` characters of `s`, starting at a word. */
function tail(s: string, chars: number): string {
  if (s.length <= chars) return s;
  const cut = s.slice(s.length - chars);
  const space = cut.indexOf(' ');
  return ELLIPSIS + (space >= 0 ? cut.slice(space + 1) : cut);
}

/** The first `chars` characters of `s`, ending at a word. */
function head(s: string, chars: number): string {
  if (s.length <= chars) return s;
  const cut = s.slice(0, chars);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut) + ELLIPSIS;
}

/**
 * The excerpt of `sentence` (found in a paragraph) around the reference at `start`–`end` of that
 * paragraph. `cutBefore`/`cutAfter`: the text the sentence was found in had been cut right there,
 * so the sentence may go on.
 */
export function excerptAround(
  sentence: Sentence,
  start: number,
  end: number,
  options: { cutBefore?: boolean; cutAfter?: boolean; chars?: number } = {},
): Excerpt {
  const chars = options.chars ?? EXCERPT_CHARS;
  const from = Math.max(sentence.start, Math.min(start, sentence.end));
  const to = Math.max(from, Math.min(end, sentence.end));
  let before = collapse(sentence.text.slice(0, from - sentence.start)).trimStart();
  const match = collapse(sentence.text.slice(from - sentence.start, to - sentence.start)).trim();
  let after = collapse(sentence.text.slice(to - sentence.start)).trimEnd();
  // Keep the spaces around the reference: they separate it from its neighbours.
  const room = Math.max(0, chars - match.length);
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    // Give the side that needs less its share, the other side the rest.
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    before = tail(before, keepBefore);
    after = head(after, keepAfter);
  }
  if (options.cutBefore && !before.startsWith(ELLIPSIS)) before = ELLIPSIS + before;
  if (options.cutAfter && !after.endsWith(ELLIPSIS)) after = after + ELLIPSIS;
  return { before, match, after };
}

/** A reference shown in its sentence: the popup's whole use of this folder. */
export function referenceInSentence(
  context: ReferenceContext,
  split: SentenceSplitter = plainSentences,
  chars = EXCERPT_CHARS,
): Excerpt {
  const sentence = sentenceAround(context.text, context.start, context.end, split);
  return excerptAround(sentence, context.start, context.end, {
    cutBefore: context.clippedBefore && sentence.start === 0,
    cutAfter: context.clippedAfter && sentence.end === context.text.length,
    chars,
  });
}
