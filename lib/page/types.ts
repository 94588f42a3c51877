/** What kind of parliamentary document a page is, as DESIGN.md's `analyze` contract names it. */
export type DocumentKind = 'question' | 'answer' | 'notice' | 'other';

/** The publication family, from the id prefix: Kamervragen, Aanhangsel, Kamerstuk, Handelingen. */
export type DocumentFamily = 'kv' | 'ah' | 'kst' | 'h';

export type Chamber = 'tk' | 'ek';

/** Everything detection learned about a page, before any parsing of its body. */
export interface PageInfo {
  /** The document id as published, with any correction suffix: `ah-tk-20212022-3019`, `h-tk-20192020-31-8-n1`. */
  id: string;
  /** The id without a correction suffix (`-n1`, `-h1`). */
  baseId: string;
  family: DocumentFamily;
  kind: DocumentKind;
  chamber: Chamber | null;
  /** `n1`, `h1`, … when the page is a correction or a later version. */
  correction: string | null;
  /** The Kamervraag's zaak number, `2022Z04510`. */
  vraagnummer: string | null;
  /** Aanhangsel number of an ah page, `3019`. */
  aanhangselNummer: string | null;
  /** `2021-2022`. */
  vergaderjaar: string | null;
  /** Ids of answer/notice documents that a question page names (`OVERHEIDop.aanhangsel`). */
  aanhangsel: string[];
  /** ISO dates (YYYY-MM-DD). */
  submitted: string | null;
  received: string | null;
  issued: string | null;
  title: string | null;
  /**
   * A Kamerstuk that is a list of questions and answers (lib/page/qa-list.ts): it is paired and
   * shown side by side like an answer. False for every other page.
   */
  qaList: boolean;
  /** Which signals agreed on this detection, for the popup's diagnostics: `url`, `meta:DC.identifier`, `body:div.vraag`, … */
  signals: string[];
}
