import type { AnnotationHandle } from '@/lib/dom/annotate';
import { referenceLinks } from '@/lib/dom/page-targets';
import type { SummaryResponse } from '@/lib/messages';
import type { ReferenceKind } from '@/lib/references/types';
import { buildSummary, type FoundReference } from '@/lib/summary';
import { paragraphContext } from '@/lib/text/paragraph';
import type { BridgeContext } from './popup-bridge';

/** The popup's summary of the page (popup-bridge.ts), in a chunk loaded when the popup first asks. */

function foundReferences(links: Element[]): FoundReference[] {
  return links.map((el) => ({
    kind: el.getAttribute('data-kl-kind') as ReferenceKind,
    text: el.textContent ?? '',
    target: el.getAttribute('data-kl-target') || null,
  }));
}

/** Every reference counts, also those a long page links only as they come near. */
export async function summary({
  document,
  model,
  shared,
}: BridgeContext): Promise<SummaryResponse> {
  const annotations = shared.annotations as AnnotationHandle | null | undefined;
  if (annotations) await annotations.complete();
  const links = referenceLinks(document);
  // Paragraph text travels only for the few references the popup lists.
  return {
    ok: true,
    summary: buildSummary(model, foundReferences(links), (i) => paragraphContext(links[i])),
  };
}
