/**
 * The paragraph a reference link stands in, as text plus the link's offsets in it: what the
 * content script sends the popup so the popup can find the link's sentence. Reads the page, never
 * writes it; runs only when the popup asks, for the few links the popup lists.
 */

/** A reference's paragraph text and the reference's span in it (UTF-16 offsets, `end` exclusive). */
export interface ReferenceContext {
  text: string;
  start: number;
  end: number;
  /** The paragraph went on before `text` / after it (it was clipped to CONTEXT_CHARS). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Blocks that hold running text; the nearest one around a link is its paragraph. */
const PARAGRAPH = 'p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, div';

/** At most this many characters on each side of the reference travel to the popup. */
const CONTEXT_CHARS = 1000;

/** Cut `text` to at most `chars` characters on each side of `start`–`end`, at white space. */
export function clipAround(
  text: string,
  start: number,
  end: number,
  chars = CONTEXT_CHARS,
): ReferenceContext {
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  // Move inward to a space so no word is cut in half.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : to;
  }
  return {
    text: text.slice(from, to),
    start: start - from,
    end: end - from,
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
  };
}

/** The context of a reference link in the page, or null when it has no enclosing block. */
export function paragraphContext(link: Element | undefined): ReferenceContext | null {
  const block = link?.parentElement?.closest(PARAGRAPH);
  if (!link || !block) return null;
  const before = link.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEndBefore(link);
  const start = before.toString().length;
  const end = start + (link.textContent ?? '').length;
  return clipAround(block.textContent ?? '', start, end);
}
