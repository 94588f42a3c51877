import type { Match } from '../references/types';
import { KINDS, type LinkRule } from '../references/kinds';
import { isAllowedHref } from './hosts';
import { SITE_ORIGIN, dateSearchUrl, dossierUrl, motionSearchUrl } from './search';

interface LinkOptions {
  /**
   * For cross-references (`vraag-4`): the id of the element to jump to for question number "4", or
   * null when the page has no such question. Without it a cross-reference gets no link.
   */
  crossrefAnchor?: (questionNumber: string) => string | null;
}

/**
 * Publication ids of the official site, as DESIGN.md normalizes them: `kst-30821-90`,
 * `kst-35300-VII-8`, `h-tk-20212022-45-7`, `ah-tk-20212022-3019`, `kv-tk-2022Z04510`,
 * `stb-2019-123`, `stcrt-2020-12345`, `trb-2008-175` (and correction suffixes such as `-n1`).
 */
const PUBLICATION_ID = /^(?:kst|ah|h|kv|stb|stcrt|trb)-[0-9A-Za-z]+(?:-[0-9A-Za-z]+){1,4}$/;
/** Dutch court decisions; foreign ECLIs are not on rechtspraak.nl, so they get no link. */
const ECLI_NL = /^ECLI:NL:[A-Z0-9]{2,7}:\d{4}:[A-Z0-9.]{1,25}$/;
/** Tweede Kamer zaak (`2022Z04510`) and document (`2022D12345`) numbers. */
const ZAAK = /^\d{4}Z\d{5}$/;
const DOCUMENT = /^\d{4}D\d{5}$/;

/**
 * Court decision page, `uitspraken.rechtspraak.nl/details?id=ECLI:…`: the form that public code and
 * publications linking Dutch decisions use (the colons may stay unescaped in the query).
 */
function ecliUrl(ecli: string): string | null {
  return ECLI_NL.test(ecli) ? `https://uitspraken.rechtspraak.nl/details?id=${ecli}` : null;
}

/**
 * Tweede Kamer pages. A zaak: `tweedekamer.nl/kamerstukken/detail?id=2022Z04510`; a document:
 * `…/kamerstukken/detail?id=2022D12345&did=2022D12345`. Both forms occur in public code and
 * articles that link the Kamer's own pages (the `did` form is what the Kamer's site uses for a
 * document; a zaak page lists its documents).
 */
function tweedeKamerUrl(number: string): string | null {
  if (ZAAK.test(number)) return `https://www.tweedekamer.nl/kamerstukken/detail?id=${number}`;
  if (DOCUMENT.test(number))
    return `https://www.tweedekamer.nl/kamerstukken/detail?id=${number}&did=${number}`;
  return null;
}

/**
 * `kst-CXXIV-…`, `kst-CLVI-…`: the Eerste Kamer numbers its own dossiers (its budget, its rules)
 * from C up. Read by hand, as /^kst-C[CLXVI]*-/ would: a few characters per link.
 */
function isRomanDossierId(id: string): boolean {
  if (!id.startsWith('kst-C')) return false;
  let i = 5;
  while (i < id.length && 'CLXVI'.includes(id[i]!)) i++;
  return id[i] === '-';
}

/**
 * `kst-30821-90` → `https://zoek.officielebekendmakingen.nl/kst-30821-90.html`. The site serves a
 * Roman-numeral dossier in lower case (`kst-cxxiv-g.html`), while an Eerste Kamer letter document
 * of a numbered dossier keeps its capital (`kst-35979-H.html`).
 */
function publicationUrl(id: string): string | null {
  if (!PUBLICATION_ID.test(id)) return null;
  const path = isRomanDossierId(id) ? id.toLowerCase() : id;
  return `${SITE_ORIGIN}/${path}.html`;
}

const familyOf = (target: string): string => target.slice(0, target.indexOf('-'));

/** A publication id of one of `families` (`kst`, `h`, …), else no URL. */
function publicationOf(target: string | null, families: readonly string[]): string | null {
  return target !== null && families.includes(familyOf(target)) ? publicationUrl(target) : null;
}

/** The question anchor of a cross-reference (`vraag-4`), when the caller knows one. */
function inPageUrl(target: string | null, opts: LinkOptions): string | null {
  const number = target?.startsWith('vraag-') ? target.slice('vraag-'.length) : null;
  const anchor = number && opts.crossrefAnchor ? opts.crossrefAnchor(number) : null;
  return anchor ? `#${anchor.startsWith('#') ? anchor.slice(1) : anchor}` : null;
}

type RuleName = LinkRule['rule'];

/** One implementation per link rule; the compiler holds this to the rules kinds.ts names. */
const RULES: {
  [R in RuleName]: (
    m: Match,
    rule: Extract<LinkRule, { rule: R }>,
    opts: LinkOptions,
  ) => string | null;
} = {
  publication: (m, rule) => publicationOf(m.target, rule.families),
  kamerstuk: (m) =>
    m.target?.startsWith('dossier-')
      ? dossierUrl(m.target.slice('dossier-'.length))
      : publicationOf(m.target, ['kst']),
  // A motion named without a number: search for it, so the reader still gets one click.
  motion: (m) => (m.target === null ? motionSearchUrl(m.text) : publicationOf(m.target, ['kst'])),
  court: (m) => (m.target === null ? null : ecliUrl(m.target)),
  'tweede-kamer': (m) => (m.target === null ? null : tweedeKamerUrl(m.target)),
  'date-search': (m) => (m.target === null ? null : dateSearchUrl(m.target)),
  'in-page': (m, _rule, opts) => inPageUrl(m.target, opts),
};

/** Target → URL by the kind's link rule, without the allowlist check (urlForMatch applies it). */
function rawUrl(match: Match, opts: LinkOptions): string | null {
  const rule = KINDS[match.kind].link;
  const apply = RULES[rule.rule] as (m: Match, r: LinkRule, o: LinkOptions) => string | null;
  return apply(match, rule, opts);
}

/**
 * The official URL for a recognized reference, or null when there is none to give. Always an https
 * URL on OFFICIAL_HOSTS, or `#anchor` for a cross-reference inside the page.
 */
export function urlForMatch(match: Match, opts: LinkOptions = {}): string | null {
  const url = rawUrl(match, opts);
  return url !== null && isAllowedHref(url) ? url : null;
}
