import { browser } from 'wxt/browser';
import { pairTargets, referenceLinks } from '@/lib/dom/page-targets';
import { MESSAGE, isContentRequest, type JumpTarget } from '@/lib/messages';
import type { DocumentModel } from '@/lib/model/types';
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
        // The summary's code is a chunk of its own, loaded the first time the popup opens.
        return import('./popup-summary').then(({ summary }) => summary(context));
      case MESSAGE.jump:
        return Promise.resolve(jump(context, message.to));
      case MESSAGE.toggleSideBySide:
        return Promise.resolve(toggleSideBySide(context.shared));
    }
  };
  events.addListener(onMessage);
  return () => events.removeListener(onMessage);
}
