/** Footnote markers inside running text: KOOP's `a.nootnum`, or a `<sup>` holding a note link. */
const NOTE_MARKER = 'a.nootnum, sup > a[href^="#"], a[href^="#"] > sup';

/**
 * White space that is not already one plain space: a run of two or more, or a single other
 * white-space character. A single space between words (most of them) is left alone, so replacing
 * makes a new piece only where the text changes, and none for text that needs no change.
 */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

/** Each run of white space as one space, none at either end (`\s` includes U+00A0). */
export function collapseWhitespace(text: string): string {
  return text.replace(NOT_ONE_SPACE, ' ').trim();
}

/** Whether `text` holds anything but white space: collapseWhitespace(text) !== '', without a copy. */
export function hasNonSpace(text: string): boolean {
  return /\S/.test(text);
}

/**
 * The readable text of an element: footnote markers left out (they are not prose: "bevestigen?1"
 * would read as a number), block children separated by a space, whitespace collapsed.
 */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.matches(NOTE_MARKER) || element.closest('sup')?.querySelector('a[href^="#"]')) {
      return;
    }
    if (element.matches('script, style, template')) return;
    const block = /^(P|DIV|LI|H[1-6]|TR|BR|TABLE|UL|OL|BLOCKQUOTE)$/.test(element.tagName);
    if (block) parts.push(' ');
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) parts.push(' ');
  };
  walk(el);
  return collapseWhitespace(parts.join(''));
}

/**
 * The readable texts of `elements`, one space between them. Each is collapsed and trimmed already,
 * so joining the non-empty ones gives collapsed text without collapsing it again.
 */
export function textOfAll(elements: readonly Element[]): string {
  return elements
    .map(readableText)
    .filter((text) => text !== '')
    .join(' ');
}
