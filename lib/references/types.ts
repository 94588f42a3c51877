import type { ReferenceKind } from './kinds';

export type { ReferenceKind };

/** One recognized reference in a string. `start`/`end` are UTF-16 offsets into that string. */
export interface Match {
  kind: ReferenceKind;
  start: number;
  end: number;
  text: string;
  /** Normalized identifier (`kst-30821-90`, `2019-11-20`, `vraag-4`), or null when the text names a thing without one. */
  target: string | null;
  /** ISO date for kind `date`, else null. */
  date: string | null;
  /** Extra targets when one span names several (a range "nrs. 1 – 3", a list "14, 15 en 16 maart"). */
  alsoTargets?: string[];
  /** Short human description for the tooltip: "Motie, Kamerstuk 30 821 nr. 90". */
  label?: string;
  /**
   * The URL of `target`, when it was made together with the recognition (in the background,
   * lib/recognition/elsewhere); null: no link. Absent: the annotator asks lib/links itself.
   */
  href?: string | null;
}

export interface RecognizeContext {
  /** The document's own date (ISO), to resolve "jl.", "a.s.". */
  documentDate: string | null;
  /** Question numbers present in the document, to resolve "vraag 4". */
  pairNumbers: string[];
}
