/**
 * A page's `<meta name=…>` tags. They are read from `<head>`, where KOOP writes them, and from the
 * whole document only when the head has none: collecting every `<meta>` of a document walks all
 * of its elements, 45,000 on a 1.5 MB Handelingen page, and at page load that first walk took
 * 3–21 ms (measured with `npm run bench`'s pages; docs/performance.md).
 */
export function metaElements(doc: Document): Element[] {
  const inHead = doc.head?.getElementsByTagName('meta');
  return Array.from(inHead?.length ? inHead : doc.getElementsByTagName('meta'));
}

/** Every non-empty `content` of `<meta name="{name}">`, trimmed, in document order. */
export function metaContents(doc: Document, name: string): string[] {
  const out: string[] = [];
  for (const el of metaElements(doc)) {
    if (el.getAttribute('name') !== name) continue;
    const content = el.getAttribute('content')?.trim();
    if (content) out.push(content);
  }
  return out;
}
