import type { Match } from '../references/types';

/**
 * KOOP's Handelingen name a motion in text and number it with the page's own links:
 * `de motie-Van Aalst over … (<a href="kst-35300-A-16.html">35300-A</a>, nr. <a …>16</a>);`.
 * The recognizer sees only the name ("motie-Van Aalst", no number), so we borrow the number from the
 * page link that directly follows the text node, instead of falling back to a search. The link text
 * stays the page's; only our link on the name gets the exact target.
 */
const KST_HREF = /(?:^|\/)(kst-\d{4,6}(?:-[0-9A-Za-z]{1,8}){1,3})\.html(?:[?#]|$)/;

/** The Kamerstuk id of the page link right after `node`, when the node's text ends in "(". */
function pageLinkTargetAfter(node: Text): string | null {
  const next = node.nextSibling;
  if (!next || next.nodeType !== 1 || (next as Element).localName !== 'a') return null;
  return KST_HREF.exec((next as Element).getAttribute('href') ?? '')?.[1] ?? null;
}

/**
 * Gives the last match of a text node the target of the page link after it, when that match is a
 * motion without a number and only its subject and an opening parenthesis separate it from the link.
 */
export function adoptPageTargets(node: Text, matches: Match[]): Match[] {
  let last: Match | undefined;
  for (const m of matches) if (!last || m.end > last.end) last = m;
  if (!last || last.kind !== 'motion' || last.target !== null) return matches;
  if (!/\(\s*$/.test(node.data.slice(last.end))) return matches;
  const target = pageLinkTargetAfter(node);
  if (!target) return matches;
  // A URL made for the match before (in the background) was for no target: it goes.
  const { href: _unused, ...rest } = last;
  const adopted: Match = { ...rest, target };
  return matches.map((m) => (m === last ? adopted : m));
}
