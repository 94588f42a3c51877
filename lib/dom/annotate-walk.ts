import { hasWord } from '../text/has-word';
import { isOurText } from './markers';
import { selfOrAncestor } from './ancestors';

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

/**
 * Whether an element is skipped or lies in a skipped element below `top` (`top` itself and what is
 * above it are not read; null: up to the top), each element read once (lib/dom/ancestors.ts). For
 * elements inside `top`.
 */
export const skippedBelow = (top: Element | null): ((el: Element | null) => boolean) =>
  // Asked only of elements (the walk goes up by parentElement): no wrapper per call.
  selfOrAncestor(isSkippedElement as (node: Node) => boolean, top);

// NodeFilter constant, numeric so this works with any window (jsdom in tests, the page in a browser).
const SHOW_TEXT = 0x4;

/** The part of a TreeWalker annotation uses: the next candidate text, and where the walk stands. */
export interface TextWalker {
  nextNode(): Text | null;
  readonly currentNode: Node;
}

/**
 * A walker over candidate text nodes: those with a letter or digit, passed by `accepts` (the
 * prefilter) when given, and not inside a skipped element below `root` (`root` itself is the
 * caller's to check, with rootIsSkipped).
 *
 * The browser walks and hands us text nodes only, with no NodeFilter callback: a callback is a call
 * into our script for every node, which costs far more than the walk itself (an isolated world in
 * Chromium 156, the 1.5 MB Handelingen page: 460 ms with a filter, 85 ms stepping over skipped
 * subtrees by hand). Whether a text lies in a skipped element is asked only of the texts that pass
 * the cheap checks, and each element on their way up is read once (remembered for its siblings
 * and descendants): on a Q&A page most elements hold no candidate, so most are never read. The
 * result is the same as a NodeFilter walk's (tests/unit/dom/annotate-walk.test.ts). A
 * querySelectorAll for editable and own elements up front measured slower (its first
 * attribute-selector query in a document costs 0.7-2.8 ms, and its result needs a wrapper per
 * element), also on the 1.5 MB page.
 */
export function textWalker(root: Element, accepts?: (text: string) => boolean): TextWalker {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const insideSkipped = skippedBelow(root);
  return {
    get currentNode() {
      return walker.currentNode;
    },
    nextNode() {
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        if (hasWord(data) && (!accepts || accepts(data)) && !insideSkipped(n.parentElement))
          return n as Text;
      }
      return null;
    },
  };
}
