/** Footnote markers inside running text: KOOP's `a.nootnum`, or a `<sup>` holding a note link. */
const NOTE_MARKER = 'a.nootnum, sup > a[href^="#"], a[href^="#"] > sup';

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
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

export function textOfAll(elements: readonly Element[]): string {
  return collapseWhitespace(elements.map(readableText).join(' '));
}
