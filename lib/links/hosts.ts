/**
 * The only hosts Kamerlens ever links to. Every URL that lib/links produces is checked against this
 * list, and lib/dom/annotate refuses any href that is neither an in-page anchor nor on it.
 */
import { isRegexSpace } from '../references/normalize';

export const OFFICIAL_HOSTS: readonly string[] = Object.freeze([
  /** KOOP's publications site: Kamerstukken, Handelingen, Kamervragen, Staatsblad, … and its search. */
  'zoek.officielebekendmakingen.nl',
  /** Court decisions by ECLI. */
  'uitspraken.rechtspraak.nl',
  /** Tweede Kamer zaak and document pages. */
  'www.tweedekamer.nl',
]);

/** `https://<host>/` for each official host: what an official URL starts with, exactly. */
const OFFICIAL_PREFIXES = OFFICIAL_HOSTS.map((host) => `https://${host}/`);

/** No whitespace, backslash or control character from `from` to the end of `s`. */
function cleanFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x1f || c === 0x7f || c === 0x5c || isRegexSpace(c)) return false;
  }
  return true;
}

/**
 * True for an https URL on an official host. Strict on purpose, and without URL parsing (cheap on
 * thousands of links): the host must follow `https://` directly and end at `/`, so user info,
 * ports, look-alike hosts (`…nl.evil.example`) and whitespace or control characters all fail.
 * Written out rather than as a regex: it runs for every link, and a regex would be compiled on a
 * page's first run (tests/unit/links/links.test.ts holds it to the regex it replaced).
 */
export function isOfficialUrl(url: string): boolean {
  const prefix = OFFICIAL_PREFIXES.find((p) => url.startsWith(p));
  return prefix !== undefined && cleanFrom(url, prefix.length);
}

/** An in-page anchor such as `#d16e45`: the only non-https href we produce. */
function isInPageAnchor(href: string): boolean {
  if (href.length < 2 || href[0] !== '#') return false;
  for (let i = 1; i < href.length; i++) {
    const c = href.charCodeAt(i);
    if (c === 0x23 || isRegexSpace(c)) return false;
  }
  return true;
}

/** The href test that annotation applies to every link it is about to create. */
export function isAllowedHref(href: string): boolean {
  return isInPageAnchor(href) || isOfficialUrl(href);
}
