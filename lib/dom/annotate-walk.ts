import { MARKER } from './markers';

/**
 * Which text nodes annotation may touch. Elements whose text must stay as it is: links (the page's
 * own links are kept, never wrapped again), code and form controls, editable regions, <time> (we
 * would nest a <time> in it), and everything of ours.
 */
const SKIPPED_ELEMENTS = new Set([
  'a',
  'area',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'head',
  'title',
  'time',
  'code',
  'pre',
  'kbd',
  'samp',
]);

function isSkippedElement(el: Element): boolean {
  return (
    SKIPPED_ELEMENTS.has(el.localName) ||
    el.hasAttribute('contenteditable') ||
    el.hasAttribute(MARKER)
  );
}

/** True when `el` or an ancestor is a skipped element (a plain loop: cheaper than closest()). */
export function rootIsSkipped(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) if (isSkippedElement(n)) return true;
  return false;
}

// NodeFilter constants, numeric so this works with any window (jsdom in tests, the page in a browser).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Has at least one character that could belong to a reference (a letter or a digit). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * A walker over candidate text nodes: rejected elements are skipped with their whole subtree, and
 * text nodes without a letter or digit are not returned.
 */
export function textWalker(root: Element): TreeWalker {
  const doc = root.ownerDocument;
  return doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1)
        return isSkippedElement(node as Element) ? FILTER_REJECT : FILTER_SKIP;
      return HAS_WORD.test((node as Text).data) ? FILTER_ACCEPT : FILTER_SKIP;
    },
  });
}
