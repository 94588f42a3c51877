import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { KeyHelp } from '@/components/KeyHelp';
import type { AnnotationHandle } from '@/lib/dom/annotate';
import { bindPageKeys, PairCursor, type KeyAction } from '@/lib/dom/keyboard';
import { ROLE, mark, selectorFor } from '@/lib/dom/markers';
import { t } from '@/lib/i18n';
import {
  MESSAGE,
  isContentRequest,
  type ContentRequest,
  type JumpTarget,
  type SummaryResponse,
} from '@/lib/messages';
import type { DocumentModel } from '@/lib/model/types';
import type { ReferenceKind } from '@/lib/references/types';
import { buildSummary, type FoundReference } from '@/lib/summary';
import { paragraphContext } from '@/lib/text/paragraph';
import type { Feature, SharedState } from '../feature';
import { copyToClipboard } from './copy';

/**
 * Navigation: page keys over the pairs (lib/dom/keyboard.ts), the "?" help, and the content
 * script's side of the popup's messages (summary, jump links) and of the toggle command.
 */

/** One focus target per question block: the grid's group when there is one, else the block itself. */
function pairTargets(model: DocumentModel): { element: HTMLElement; number: string }[] {
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
function referenceLinks(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(`a${selectorFor(ROLE.ref)}[data-kl-kind]`));
}

function foundReferences(doc: Document): FoundReference[] {
  return referenceLinks(doc).map((el) => ({
    kind: el.getAttribute('data-kl-kind') as ReferenceKind,
    text: el.textContent ?? '',
    target: el.getAttribute('data-kl-target') || null,
  }));
}

/** Links what the annotator left for later (a long page), so a summary sees every reference. */
async function completeAnnotations(shared: SharedState): Promise<void> {
  const annotations = shared.annotations as AnnotationHandle | null | undefined;
  if (annotations) await annotations.complete();
}

/** The side-by-side switch the controller offers: key, browser command and toolbar agree. */
function toggleSideBySide(shared: SharedState): boolean {
  if (!shared.toggleSideBySide) return false;
  void shared.toggleSideBySide();
  return true;
}

function mountHelp(doc: Document, onClose: () => void): () => void {
  const host = mark(doc.createElement('div'), ROLE.help);
  host.setAttribute('data-kl-ui', 'key-help');
  doc.body.appendChild(host);
  const container = doc.createElement('div');
  host.attachShadow({ mode: 'open' }).appendChild(container);
  render(
    h(KeyHelp, {
      title: t('keys.title'),
      rows: [
        { keys: 'j', label: t('keys.next') },
        { keys: 'k', label: t('keys.previous') },
        { keys: 'c', label: t('keys.copy') },
        { keys: 'b', label: t('keys.citation') },
        { keys: 's', label: t('keys.toggle') },
        { keys: '?', label: t('keys.help') },
      ],
      note: t('keys.note'),
      closeLabel: t('keys.close'),
      onClose,
    }),
    container,
  );
  return () => {
    render(null, container);
    host.remove();
  };
}

export const keyboard: Feature = {
  name: 'keyboard',
  run({ document: doc, model, shared, signal, settings }) {
    const cursor = new PairCursor(() => pairTargets(model).map((p) => p.element));
    const currentNumber = (): string | null =>
      pairTargets(model)[cursor.position()]?.number ?? null;
    let closeHelp: (() => void) | null = null;
    const toggleHelp = () => {
      if (closeHelp) {
        closeHelp();
        closeHelp = null;
      } else {
        closeHelp = mountHelp(doc, toggleHelp);
      }
    };

    const jump = (to: JumpTarget): boolean => {
      if ('ref' in to) {
        const link = referenceLinks(doc)[to.ref] as HTMLElement | undefined;
        link?.scrollIntoView?.({ block: 'center' });
        link?.focus();
        return Boolean(link);
      }
      const index = pairTargets(model).findIndex((p) => p.number === to.pair);
      return index >= 0 && cursor.moveTo(index) !== null;
    };

    const onAction = (action: KeyAction): boolean => {
      switch (action) {
        case 'next':
          return Boolean(cursor.move(1));
        case 'previous':
          return Boolean(cursor.move(-1));
        case 'copy':
        case 'citation': {
          const number = currentNumber();
          if (!number) return false;
          void copyToClipboard(
            doc,
            model,
            { what: action === 'copy' ? 'pair' : 'citation', number },
            settings.copyFormat,
          );
          return true;
        }
        case 'toggle':
          return toggleSideBySide(shared);
        case 'help':
          toggleHelp();
          return true;
        case 'close':
          if (!closeHelp) return false;
          toggleHelp();
          return true;
      }
    };
    if (settings.keyboard) bindPageKeys(doc, onAction, signal);

    /** Every reference counts, also those a long page links only as they come near. */
    const summary = async (): Promise<SummaryResponse> => {
      await completeAnnotations(shared);
      // Paragraph text travels only for the few references the popup lists.
      const links = referenceLinks(doc);
      return {
        ok: true,
        summary: buildSummary(model, foundReferences(doc), (i) => paragraphContext(links[i])),
      };
    };

    const onMessage = (message: unknown): Promise<unknown> | undefined => {
      if (!isContentRequest(message)) return undefined;
      const request: ContentRequest = message;
      switch (request.type) {
        case MESSAGE.summary:
          return summary();
        case MESSAGE.jump:
          return Promise.resolve(jump(request.to));
        case MESSAGE.toggleSideBySide:
          return Promise.resolve(toggleSideBySide(shared));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      closeHelp?.();
      cursor.release();
      // Focus styles are gone; nothing of ours may stay on the page.
      doc.querySelectorAll(selectorFor(ROLE.help)).forEach((el) => el.remove());
    };
  },
};
