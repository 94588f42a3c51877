/**
 * Content from another document (an answer shown on its question page, the footnotes it cites) is
 * never adopted as it is: a hostile or broken page could carry `onerror`, `<svg onbegin>`,
 * `<iframe srcdoc>`, `javascript:` links or forms, and imported nodes keep all of that. Instead a
 * NEW tree is built in the target document from an allowlist of elements and attributes: text,
 * paragraphs, lists, tables, headings, emphasis, links to the site itself or to a fragment, and
 * images from the site itself. Everything else is dropped (with its content, for elements that can
 * run or load something) or unwrapped (its text kept, for harmless unknown markup).
 */

export interface ImportPolicy {
  /** The page's own origin: the only one links and images may point to (https only). */
  origin: string;
  /** What relative `href`/`src` values in the foreign document are resolved against. */
  baseUrl?: string;
}

/** Elements rebuilt as themselves. */
const ALLOWED = new Set([
  'div',
  'span',
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'sup',
  'sub',
  'small',
  'abbr',
  'cite',
  'q',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  'a',
  'img',
]);

/**
 * Elements dropped with everything inside them: they run, load, embed, submit or style something,
 * or hold markup that is not document text.
 */
const DROPPED = new Set([
  'script',
  'noscript',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'svg',
  'math',
  'template',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'fieldset',
  'legend',
  'output',
  'datalist',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'canvas',
  'portal',
  'dialog',
  'slot',
  'head',
  'title',
]);

/** Attributes kept on every allowed element (values are plain text to the browser). */
const COMMON_ATTRIBUTES = ['class', 'id', 'title', 'lang', 'dir'];
/** More attributes per element; `href` and `src` are checked separately. */
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['name'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'type'],
  li: ['value'],
  img: ['alt', 'width', 'height'],
  abbr: [],
  q: [],
};
const NUMERIC = new Set(['colspan', 'rowspan', 'span', 'start', 'value', 'width', 'height']);

/** Deeper than any real document; past it the rest is kept as plain text (no deep recursion). */
const MAX_DEPTH = 64;

/**
 * `#n2` stays as it is; anything else must resolve to an https URL on the page's own origin and is
 * returned absolute. Null: the link is not kept (its text is).
 */
export function allowedImportHref(raw: string, policy: ImportPolicy): string | null {
  const value = raw.trim();
  if (value.startsWith('#')) return /^#\S+$/.test(value) ? value : null;
  return sameOriginHttps(value, policy);
}

function sameOriginHttps(value: string, policy: ImportPolicy): string | null {
  if (!value || !/^https:\/\/[^/]/.test(policy.origin)) return null;
  let url: URL;
  try {
    url = new URL(value, policy.baseUrl ?? policy.origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.origin !== policy.origin) return null;
  if (url.username || url.password) return null;
  return url.href;
}

function copyAttributes(from: Element, to: Element, name: string): void {
  const allowed = [...COMMON_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[name] ?? [])];
  for (const attribute of allowed) {
    const value = from.getAttribute(attribute);
    if (value === null) continue;
    if (NUMERIC.has(attribute) && !/^\d{1,4}$/.test(value.trim())) continue;
    // An id the page already has stays the page's: `#noten`, `#content` or a note id of its own.
    if (attribute === 'id' && to.ownerDocument.getElementById(value)) continue;
    to.setAttribute(attribute, value);
  }
}

/** A new element for `el` in `doc`, or null when it is dropped, or 'unwrap' to keep its content. */
function rebuildElement(
  el: Element,
  doc: Document,
  policy: ImportPolicy,
): Element | 'unwrap' | null {
  const name = el.localName.toLowerCase();
  // Only HTML elements: an <a> or <img> in the SVG or MathML namespace is something else.
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return null;
  if (DROPPED.has(name)) return null;
  if (!ALLOWED.has(name)) return 'unwrap';
  if (name === 'a') {
    const href = el.getAttribute('href');
    const safe = href === null ? null : allowedImportHref(href, policy);
    // A link that leads elsewhere keeps its text, not its target.
    if (href !== null && safe === null) return 'unwrap';
    const a = doc.createElement('a');
    copyAttributes(el, a, name);
    if (safe !== null) a.setAttribute('href', safe);
    return a;
  }
  if (name === 'img') {
    const src = sameOriginHttps(el.getAttribute('src') ?? '', policy);
    if (src === null) return null;
    const img = doc.createElement('img');
    copyAttributes(el, img, name);
    img.setAttribute('src', src);
    return img;
  }
  const copy = doc.createElement(name);
  copyAttributes(el, copy, name);
  return copy;
}

function appendChildren(
  from: Node,
  into: Node,
  doc: Document,
  policy: ImportPolicy,
  depth: number,
): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      into.appendChild(doc.createTextNode((child as Text).data));
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions, CDATA
    const el = child as Element;
    if (depth >= MAX_DEPTH) {
      const text = rebuildElement(el, doc, policy) === null ? '' : (el.textContent ?? '');
      if (text) into.appendChild(doc.createTextNode(text));
      continue;
    }
    const copy = rebuildElement(el, doc, policy);
    if (copy === null) continue;
    if (copy === 'unwrap') {
      appendChildren(el, into, doc, policy, depth + 1);
      continue;
    }
    // An image holds no content; an element's own template content is never read.
    if (copy.localName !== 'img') appendChildren(el, copy, doc, policy, depth + 1);
    into.appendChild(copy);
  }
}

/**
 * A new element in `doc` rebuilt from `node` (of another document) through the allowlist, or null
 * when `node` itself is not allowed. An unknown wrapper element becomes a `div` holding its content.
 * Never adopts or clones a foreign node, never parses markup.
 */
export function sanitizeImport(node: Element, doc: Document, policy: ImportPolicy): Element | null {
  const top = rebuildElement(node, doc, policy);
  if (top === null) return null;
  const root = top === 'unwrap' ? doc.createElement('div') : top;
  if (root.localName !== 'img') appendChildren(node, root, doc, policy, 1);
  return root;
}

/** The policy for a page: its own origin, relative addresses resolved against `baseUrl`. */
export function importPolicyFor(doc: Document, baseUrl?: string): ImportPolicy {
  const origin = doc.defaultView?.location?.origin ?? globalThis.location?.origin ?? 'null';
  return { origin, baseUrl: baseUrl ?? `${origin}/` };
}
