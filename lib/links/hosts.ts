/**
 * The only hosts Kamerlens ever links to. Every URL that lib/links produces is checked against this
 * list, and lib/dom/annotate refuses any href that is neither an in-page anchor nor on it.
 */
export const OFFICIAL_HOSTS: readonly string[] = Object.freeze([
  /** KOOP's publications site: Kamerstukken, Handelingen, Kamervragen, Staatsblad, … and its search. */
  'zoek.officielebekendmakingen.nl',
  /** Court decisions by ECLI. */
  'uitspraken.rechtspraak.nl',
  /** Tweede Kamer zaak and document pages. */
  'www.tweedekamer.nl',
]);

/** True for an absolute https URL whose host is on OFFICIAL_HOSTS (no credentials, default port). */
export function isOfficialUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    OFFICIAL_HOSTS.includes(parsed.hostname)
  );
}

/** An in-page anchor such as `#d16e45`: the only non-https href we produce. */
export function isInPageAnchor(href: string): boolean {
  return /^#[^\s#]+$/.test(href);
}

/** The href test that annotation applies to every link it is about to create. */
export function isAllowedHref(href: string): boolean {
  return isInPageAnchor(href) || isOfficialUrl(href);
}
