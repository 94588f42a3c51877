/**
 * The one table of reference kinds. The kind type, the order the popup and options list them in,
 * the priority on equal spans, the tooltip's fallback label and the link rule all derive from it,
 * so a kind added here is complete, or the compiler says what is missing (the link rule's
 * implementation in lib/links/url.ts, the `refKind.*` message in locales/, a target shape in the
 * tests).
 */

/**
 * How a kind's target becomes a URL (implemented in lib/links/url.ts):
 * - `publication`: an id of the official site (`stb-2019-123` → `…/stb-2019-123.html`), of the
 *   family prefixes the entry lists;
 * - `kamerstuk`: a Kamerstuk id, or `dossier-…` → the dossier page;
 * - `motion`: a Kamerstuk id, or no target → a motion search for the names cited;
 * - `court`: a Dutch ECLI → rechtspraak.nl; `tweede-kamer`: zaak and document numbers;
 * - `date-search`: the site's publications of that day; `in-page`: the anchor of a question.
 */
export type LinkRule =
  | { rule: 'publication'; families: readonly string[] }
  | { rule: 'kamerstuk' }
  | { rule: 'motion' }
  | { rule: 'court' }
  | { rule: 'tweede-kamer' }
  | { rule: 'date-search' }
  | { rule: 'in-page' };

interface KindEntry {
  /** On equal spans, the higher priority (the more specific kind) wins. */
  priority: number;
  /** Tooltip text when a target cannot be spelled out (Dutch, as the tooltips are). */
  label: string;
  link: LinkRule;
}

/**
 * Kinds in the order the popup and the options list them: parliamentary papers first, dates last.
 * The names are DESIGN.md's `analyze` contract.
 */
const TABLE = {
  motion: { priority: 12, label: 'Motie', link: { rule: 'motion' } },
  kamerstuk: { priority: 8, label: 'Kamerstuk', link: { rule: 'kamerstuk' } },
  handelingen: {
    priority: 10,
    label: 'Handelingen',
    link: { rule: 'publication', families: ['h'] },
  },
  aanhangsel: {
    priority: 11,
    label: 'Aanhangsel Handelingen',
    link: { rule: 'publication', families: ['ah'] },
  },
  kamervraag: {
    priority: 9,
    label: 'Kamervragen',
    link: { rule: 'publication', families: ['kv'] },
  },
  zaak: { priority: 5, label: 'Zaak bij de Tweede Kamer', link: { rule: 'tweede-kamer' } },
  document: { priority: 5, label: 'Document bij de Tweede Kamer', link: { rule: 'tweede-kamer' } },
  staatsblad: {
    priority: 7,
    label: 'Staatsblad',
    link: { rule: 'publication', families: ['stb'] },
  },
  staatscourant: {
    priority: 7,
    label: 'Staatscourant',
    link: { rule: 'publication', families: ['stcrt'] },
  },
  tractatenblad: {
    priority: 7,
    label: 'Tractatenblad',
    link: { rule: 'publication', families: ['trb'] },
  },
  ecli: { priority: 6, label: 'Uitspraak', link: { rule: 'court' } },
  crossref: { priority: 4, label: 'Verwijzing in dit document', link: { rule: 'in-page' } },
  date: { priority: 3, label: 'Datum', link: { rule: 'date-search' } },
} as const satisfies Record<string, KindEntry>;

/** Reference kinds, as DESIGN.md's `analyze` contract names them. */
export type ReferenceKind = keyof typeof TABLE;

export const KINDS: Readonly<Record<ReferenceKind, KindEntry>> = TABLE;

/** Every kind, in the table's order (popup groups, options checkboxes, default settings). */
export const REFERENCE_KINDS = Object.keys(TABLE) as readonly ReferenceKind[];
