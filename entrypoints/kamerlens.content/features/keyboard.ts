import { h, render } from 'preact';
import { KeyHelp } from '@/components/KeyHelp';
import { bindPageKeys, PairCursor, type KeyAction } from '@/lib/dom/keyboard';
import { ROLE, selectorFor } from '@/lib/dom/markers';
import { pairTargets } from '@/lib/dom/page-targets';
import { mountShadowUi } from '@/lib/dom/shadow-ui';
import { t } from '@/lib/i18n';
import type { Feature, SharedState } from '../feature';
import { copyToClipboard } from './copy';

/**
 * Navigation: page keys over the pairs (lib/dom/keyboard.ts) and the "?" help. The popup's messages
 * are the popup bridge's (popup-bridge.ts); its jump links to a question use this cursor when the
 * feature runs.
 */

/** The side-by-side switch the controller offers: key, browser command and toolbar agree. */
function toggleSideBySide(shared: SharedState): boolean {
  if (!shared.toggleSideBySide) return false;
  void shared.toggleSideBySide();
  return true;
}

function mountHelp(doc: Document, onClose: () => void): () => void {
  const ui = mountShadowUi(doc, {
    role: ROLE.help,
    attributes: { 'data-kl-ui': 'key-help' },
    place: (host) => doc.body.appendChild(host),
    onRemove: (container) => render(null, container),
  });
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
    ui.container,
  );
  return ui.remove;
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

    // The popup's jump links to a question go through the cursor while this feature runs.
    const jumpToPair = (number: string): boolean => {
      const index = pairTargets(model).findIndex((p) => p.number === number);
      return index >= 0 && cursor.moveTo(index) !== null;
    };
    shared.jumpToPair = jumpToPair;

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

    return () => {
      if (shared.jumpToPair === jumpToPair) delete shared.jumpToPair;
      closeHelp?.();
      cursor.release();
      // Focus styles are gone; nothing of ours may stay on the page.
      doc.querySelectorAll(selectorFor(ROLE.help)).forEach((el) => el.remove());
    };
  },
};
