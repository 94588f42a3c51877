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
  return readMetaTags(doc).all(name);
}

/** A page's meta tags read once (a reader that wants several names keeps this). */
export interface MetaTags {
  /** Every non-empty `content` of `<meta name="{name}">`, trimmed, in document order. */
  all(name: string): string[];
  /** The first of them, or null. */
  first(name: string): string | null;
}

/**
 * Every `<meta name=…>` of the page in one pass: page identification asks for eleven names, and
 * reading the tags again for each name read every tag's name eleven times.
 */
export function readMetaTags(doc: Document): MetaTags {
  const byName = new Map<string, string[]>();
  for (const el of metaElements(doc)) {
    const name = el.getAttribute('name');
    if (name === null) continue;
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    const contents = byName.get(name);
    if (contents) contents.push(content);
    else byName.set(name, [content]);
  }
  return {
    all: (name) => [...(byName.get(name) ?? [])],
    first: (name) => byName.get(name)?.[0] ?? null,
  };
}
