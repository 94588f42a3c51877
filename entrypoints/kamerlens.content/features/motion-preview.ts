import { render } from 'preact';
import { installPreviews } from '@/lib/dom/preview';
import { note } from '../diagnostics';
import type { Feature } from '../feature';

/**
 * Hover or focus a motion/Kamerstuk link: a card with the cited document's title, date, indieners
 * and dictum (its own page, same origin) and, with the open-data opt-in, the vote. Only the
 * listeners are installed here; the card and its loaders (preview-card.ts) are a chunk imported
 * when the first card opens.
 */
export const motionPreview: Feature = {
  name: 'motion-preview',
  enabled: ({ settings }) => settings.tooltips !== false,
  run({ document, page, signal }) {
    return installPreviews(document, {
      signal,
      selfTarget: page.id,
      render(mount, link, target) {
        import('./preview-card')
          .then(({ renderPreviewCard }) => {
            // Closed while the chunk loaded: nothing to draw into.
            if (mount.container.isConnected) renderPreviewCard(document, mount, link, target);
          })
          .catch((error: unknown) => note('voorbeeldkaart niet geladen.', error));
      },
      unrender(container) {
        render(null, container);
      },
    });
  },
};
