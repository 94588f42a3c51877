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

const OFFICIAL_URL = new RegExp(
  `^https://(?:${OFFICIAL_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})/[^\\s\\\\\\u0000-\\u001f\\u007f]*$`,
);

/**
 * True for an https URL on an official host. Strict on purpose, and without URL parsing (cheap on
 * thousands of links): the host must follow `https://` directly and end at `/`, so user info,
 * ports, look-alike hosts (`…nl.evil.example`) and whitespace or control characters all fail.
 */
export function isOfficialUrl(url: string): boolean {
  return OFFICIAL_URL.test(url);
}

/** An in-page anchor such as `#d16e45`: the only non-https href we produce. */
function isInPageAnchor(href: string): boolean {
  // By hand: a few characters after "#", and a URL fails at its first. The same as /^#[^\s#]+$/.
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
