/**
 * The page's side of borrowing a motion's number from KOOP's own link after its name
 * (lib/references/adopt): reading that link.
 */
import type { Match } from '../references/types';
import { adoptLinkTarget, mayBorrowFromLinkAfter } from '../references/adopt';

/**
 * The href of the page link right after `node`, when the node's text ends in "(" and one follows;
 * null otherwise. The text is checked first, so most nodes cost no read of the page; a caller
 * that has read the text already passes it (each read of `data` is a call into the page).
 */
export function pageLinkAfter(node: Text, text: string = node.data): string | null {
  if (!mayBorrowFromLinkAfter(text)) return null;
  const next = node.nextSibling;
  if (!next || next.nodeType !== 1 || (next as Element).localName !== 'a') return null;
  return (next as Element).getAttribute('href');
}

/**
 * `matches` of `node`'s text, a motion named before a page link numbering it taking its target. A
 * caller that has read the text already passes it, as for `pageLinkAfter`.
 */
export function adoptPageTargets(node: Text, matches: Match[], text: string = node.data): Match[] {
  return adoptLinkTarget(text, matches, pageLinkAfter(node, text));
}
