/** The popup's summary of a page, built from the parsed model and the reference links found in it. */
import type { DocumentModel } from './model/types';
import { REFERENCE_KINDS, type ReferenceKind } from './references/kinds';
import { sourceUrl } from './copy/citation';
import { daysBetween } from './calendar';
import type { PageSummary, ReferenceGroup, TimelineEvent } from './messages';
import type { ReferenceContext } from './text/paragraph';

/** One reference link as the annotator left it in the page (`data-kl-kind`, `data-kl-target`). */
export interface FoundReference {
  kind: ReferenceKind;
  text: string;
  target: string | null;
}

/** At most this many items per kind travel to the popup; the count says how many there are. */
export const ITEMS_PER_KIND = 8;

/**
 * The paragraph context of the n-th reference, asked only for the items the popup will list (a
 * long Handelingen page has thousands of references).
 */
type ContextOf = (index: number) => ReferenceContext | null;

export function groupReferences(
  found: readonly FoundReference[],
  contextOf?: ContextOf,
): ReferenceGroup[] {
  const groups = new Map<ReferenceKind, ReferenceGroup>();
  const seen = new Set<string>();
  found.forEach((ref, index) => {
    const group = groups.get(ref.kind) ?? { kind: ref.kind, count: 0, items: [] };
    groups.set(ref.kind, group);
    group.count++;
    const key = `${ref.kind}|${ref.target ?? ref.text}`;
    if (seen.has(key) || group.items.length >= ITEMS_PER_KIND) return;
    seen.add(key);
    const context = contextOf?.(index);
    group.items.push({
      text: ref.text.replace(/\s+/g, ' ').trim(),
      target: ref.target,
      index,
      ...(context ? { context } : {}),
    });
  });
  // In the kinds table's order: parliamentary papers first, dates last.
  return REFERENCE_KINDS.flatMap((k) => {
    const g = groups.get(k);
    return g ? [g] : [];
  });
}

/** Dates the page itself states. The answer term is left to the timeline card, which knows about delay notices. */
function timeline(model: DocumentModel): TimelineEvent[] {
  const { page } = model;
  const events: TimelineEvent[] = [];
  if (page.submitted) events.push({ event: 'submitted', date: page.submitted });
  if (page.received) events.push({ event: 'received', date: page.received });
  if (page.issued && page.issued !== page.received)
    events.push({ event: 'issued', date: page.issued });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

export function buildSummary(
  model: DocumentModel,
  found: readonly FoundReference[],
  contextOf?: ContextOf,
): PageSummary {
  const { page } = model;
  const answered = model.pairs.filter((p) => p.answer).length;
  return {
    id: page.id,
    kind: page.kind,
    family: page.family,
    chamber: page.chamber,
    title: page.title,
    url: sourceUrl(page),
    vraagnummer: page.vraagnummer,
    pairs: model.pairs.length,
    answered,
    unanswered: model.pairs.filter((p) => !p.answer).map((p) => p.number),
    references: groupReferences(found, contextOf),
    timeline: timeline(model),
    daysTaken: page.submitted && page.received ? daysBetween(page.submitted, page.received) : null,
    strategy: model.strategy,
    diagnostics: [...model.diagnostics],
  };
}
