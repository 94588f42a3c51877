import type { DocumentModel } from '../model/types';
import { ROLE, selectorFor } from './markers';

/**
 * What the page keys and the popup's jump links go to. Read from the page each time: the grid may
 * have been built or taken down, and a long page adds links as it is scrolled.
 */

/** One focus target per question block: the grid's group when there is one, else the block itself. */
export function pairTargets(model: DocumentModel): { element: HTMLElement; number: string }[] {
  const out: { element: HTMLElement; number: string }[] = [];
  for (const pair of model.pairs) {
    const first = pair.question.nodes[0] as HTMLElement | undefined;
    if (!first?.isConnected) continue;
    const element = (first.closest(selectorFor(ROLE.group)) as HTMLElement | null) ?? first;
    if (out.some((o) => o.element === element)) continue;
    out.push({ element, number: pair.number });
  }
  return out;
}

/**
 * The reference links the annotator put in the page, in document order: the links themselves, not
 * the `<time>` a date link wraps (it carries the same marker but no kind).
 */
export function referenceLinks(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(`a${selectorFor(ROLE.ref)}[data-kl-kind]`));
}
