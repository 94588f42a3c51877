/**
 * KOOP's Handelingen name a motion in text and number it with the page's own links:
 * `de motie-Van Aalst over … (<a href="kst-35300-A-16.html">35300-A</a>, nr. <a …>16</a>);`.
 * The recognizer sees only the name ("motie-Van Aalst", no number), so the number is borrowed from
 * the page link that directly follows the text, instead of falling back to a search. The link text
 * stays the page's; only our link on the name gets the exact target.
 *
 * Pure, so the background can do it with the rest of recognition: the content script reads the
 * page link's href (lib/dom/annotate-adopt) and sends it with the text.
 */
import type { Match } from './types';
import { isRegexSpace } from './normalize';

/** The Kamerstuk id in the href of a KOOP page link (`kst-35300-A-16.html`, or a full URL). */
const KST_HREF = /(?:^|\/)(kst-\d{4,6}(?:-[0-9A-Za-z]{1,8}){1,3})\.html(?:[?#]|$)/;

/**
 * Whether `text` from `from` on ends in "(" and white space: /\(\s*$/ on that part, written out,
 * since the page asks it of every text it sends (a regex's first use costs more than the reading).
 */
function endsInParenthesis(text: string, from: number): boolean {
  let i = text.length - 1;
  while (i >= from && isRegexSpace(text.charCodeAt(i))) i--;
  return i >= from && text.charCodeAt(i) === 0x28;
}

/**
 * Whether a page link right after `text` could number a motion named in it: the text ends in "(".
 * Only then is that link read (most texts are not followed by one).
 */
export const mayBorrowFromLinkAfter = (text: string): boolean => endsInParenthesis(text, 0);

/**
 * `matches` of `text` with the last match given the Kamerstuk that `linkAfter` (the href of the
 * page link right after the text, or null) points to, if that match is a motion without a number
 * followed only by its subject and "(". Otherwise `matches` itself.
 */
export function adoptLinkTarget(text: string, matches: Match[], linkAfter: string | null): Match[] {
  if (linkAfter === null) return matches;
  let last: Match | undefined;
  for (const m of matches) if (!last || m.end > last.end) last = m;
  if (!last || last.kind !== 'motion' || last.target !== null) return matches;
  if (!endsInParenthesis(text, last.end)) return matches;
  const target = KST_HREF.exec(linkAfter)?.[1];
  if (!target) return matches;
  // A URL goes with the target it was made for: one made for no target does not stay.
  const { href: _unused, ...rest } = last;
  const adopted: Match = { ...rest, target };
  return matches.map((m) => (m === last ? adopted : m));
}
