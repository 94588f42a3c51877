import { browser } from 'wxt/browser';
import type { AnnotationHandle } from '@/lib/dom/annotate';
import { pairTargets, referenceLinks } from '@/lib/dom/page-targets';
import { MESSAGE, isContentRequest, type JumpTarget, type SummaryResponse } from '@/lib/messages';
import type { DocumentModel } from '@/lib/model/types';
import type { ReferenceKind } from '@/lib/references/types';
import { buildSummary, type FoundReference } from '@/lib/summary';
import { paragraphContext } from '@/lib/text/paragraph';
import type { SharedState } from './feature';

/**
 * The content script's side of the popup's messages (summary, jump links) and of the browser's
 * toggle command. It belongs to the page view, not to a feature: with every feature or the master
 * switch off, the popup still gets the page's summary (what the document holds, no links then).
 */

type Listener = (message: unknown) => Promise<unknown> | undefined;

/** The part of `browser.runtime.onMessage` the bridge uses (a fake in unit tests). */
export interface MessageEvents {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export interface BridgeContext {
  document: Document;
  model: DocumentModel;
  /** Read at each message: the features put and take back what they offer here. */
  shared: SharedState;
}

function foundReferences(links: Element[]): FoundReference[] {
  return links.map((el) => ({
    kind: el.getAttribute('data-kl-kind') as ReferenceKind,
    text: el.textContent ?? '',
    target: el.getAttribute('data-kl-target') || null,
  }));
}

/** Every reference counts, also those a long page links only as they come near. */
async function summary({ document, model, shared }: BridgeContext): Promise<SummaryResponse> {
  const annotations = shared.annotations as AnnotationHandle | null | undefined;
  if (annotations) await annotations.complete();
  const links = referenceLinks(document);
  // Paragraph text travels only for the few references the popup lists.
  return {
    ok: true,
    summary: buildSummary(model, foundReferences(links), (i) => paragraphContext(links[i])),
  };
}

/** A jump link: the keyboard's cursor when it runs (focus and outline), else a plain scroll. */
function jump({ document, model, shared }: BridgeContext, to: JumpTarget): boolean {
  if ('ref' in to) {
    const link = referenceLinks(document)[to.ref] as HTMLElement | undefined;
    link?.scrollIntoView?.({ block: 'center' });
    link?.focus();
    return Boolean(link);
  }
  if (shared.jumpToPair) return shared.jumpToPair(to.pair);
  const target = pairTargets(model).find((p) => p.number === to.pair);
  target?.element.scrollIntoView?.({ block: 'start' });
  return Boolean(target);
}

/** The side-by-side switch the controller offers: key, browser command and toolbar agree. */
function toggleSideBySide(shared: SharedState): boolean {
  if (!shared.toggleSideBySide) return false;
  void shared.toggleSideBySide();
  return true;
}

/** Answers the popup and the toggle command until the returned function is called. */
export function startPopupBridge(
  context: BridgeContext,
  events: MessageEvents = browser.runtime.onMessage as unknown as MessageEvents,
): () => void {
  const onMessage: Listener = (message) => {
    if (!isContentRequest(message)) return undefined;
    switch (message.type) {
      case MESSAGE.summary:
        return summary(context);
      case MESSAGE.jump:
        return Promise.resolve(jump(context, message.to));
      case MESSAGE.toggleSideBySide:
        return Promise.resolve(toggleSideBySide(context.shared));
    }
  };
  events.addListener(onMessage);
  return () => events.removeListener(onMessage);
}
