import { hasWord } from '../text/has-word';
import { isOurText } from './markers';

/**
 * Which text nodes annotation may touch. Elements whose text must stay as it is: links (the page's
 * own links are kept, never wrapped again), code and form controls, editable regions, <time> (we
 * would nest a <time> in it), and our own UI, labels and links (the grid and the answers copied
 * into it hold document text, and are read: markers.ts).
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
  return SKIPPED_ELEMENTS.has(el.localName) || el.hasAttribute('contenteditable') || isOurText(el);
}

/**
 * True when `el` or an ancestor (up to `upTo`, included, when given) is a skipped element. A plain
 * loop: cheaper than closest() once warm.
 */
export function rootIsSkipped(el: Element, upTo: Element | null = null): boolean {
  for (let n: Element | null = el; n; n = n === upTo ? null : n.parentElement)
    if (isSkippedElement(n)) return true;
  return false;
}

// NodeFilter constants, numeric so this works with any window (jsdom in tests, the page in a browser).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The part of a TreeWalker annotation uses: the next candidate text, and where the walk stands. */
export interface TextWalker {
  nextNode(): Text | null;
  readonly currentNode: Node;
}

/**
 * A walker over candidate text nodes: skipped elements are passed over with their whole subtree,
 * and text nodes without a letter or digit are not returned.
 *
 * No NodeFilter callback: the browser would call into our script for every element and text node,
 * which costs far more than the walk itself (an isolated world in Chromium 156, the 1.5 MB
 * Handelingen page: 460 ms with a filter, 85 ms like this). The walker shows elements and text, and
 * we step over a skipped subtree ourselves, with the same result (tests/unit/dom/annotate-walk.test.ts).
 * Each element's attributes are read as it is passed: a querySelectorAll for editable and own
 * elements up front measured slower (its first attribute-selector query in a document costs
 * 0.7-2.8 ms, and its result needs a wrapper per element), also on the 1.5 MB page.
 */
export function textWalker(root: Element): TextWalker {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  /** The node after `el`'s subtree, in document order within root, or null at the end. */
  const after = (el: Node): Node | null => {
    walker.currentNode = el;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  return {
    get currentNode() {
      return walker.currentNode;
    },
    nextNode() {
      let n = walker.nextNode();
      while (n) {
        if (n.nodeType === ELEMENT_NODE) {
          if (isSkippedElement(n as Element)) {
            n = after(n);
            continue;
          }
        } else if (n.nodeType === TEXT_NODE && hasWord((n as Text).data)) {
          return n as Text;
        }
        n = walker.nextNode();
      }
      return null;
    },
  };
}
