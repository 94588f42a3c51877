/**
 * Runtime messages between the popup (and the background's keyboard command) and the content
 * script of a tab. The content script answers; the popup and background ask.
 */
import type { Chamber, DocumentFamily, DocumentKind } from './page/types';
import type { ParseStrategy } from './model/types';
import type { ReferenceKind } from './references/types';
import type { ReferenceContext } from './text/paragraph';

export const MESSAGE = {
  summary: 'kamerlens:summary',
  jump: 'kamerlens:jump',
  toggleSideBySide: 'kamerlens:toggle-side-by-side',
} as const;

/** Where a jump link in the popup goes: the n-th reference link in the page, or a question. */
export type JumpTarget = { ref: number } | { pair: string };

export type ContentRequest =
  | { type: typeof MESSAGE.summary }
  | { type: typeof MESSAGE.jump; to: JumpTarget }
  | { type: typeof MESSAGE.toggleSideBySide };

export interface ReferenceItem {
  text: string;
  target: string | null;
  /** Position among the page's reference links, for a jump request. */
  index: number;
  /** The paragraph the reference stands in, for showing its sentence; absent when unknown. */
  context?: ReferenceContext;
}

export interface ReferenceGroup {
  kind: ReferenceKind;
  /** All references of this kind on the page. */
  count: number;
  /** The first few, with jump links; distinct by target. */
  items: ReferenceItem[];
}

export interface TimelineEvent {
  event: 'submitted' | 'received' | 'issued';
  date: string;
}

/** What the popup shows about the page in a tab. */
export interface PageSummary {
  id: string;
  kind: DocumentKind;
  family: DocumentFamily;
  chamber: Chamber | null;
  title: string | null;
  url: string;
  vraagnummer: string | null;
  pairs: number;
  answered: number;
  unanswered: string[];
  references: ReferenceGroup[];
  /** In date order. */
  timeline: TimelineEvent[];
  /** Days from submission to answer, when both dates are known. */
  daysTaken: number | null;
  strategy: ParseStrategy;
  /** The parser's own lines about what it could not parse or pair. */
  diagnostics: string[];
}

export type SummaryResponse = { ok: true; summary: PageSummary } | { ok: false };

export function isContentRequest(value: unknown): value is ContentRequest {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (Object.values(MESSAGE) as string[]).includes(type);
}
