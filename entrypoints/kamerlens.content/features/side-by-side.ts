import { groupPairs } from '@/lib/model/groups';
import { mountSideBySide } from '@/lib/dom/side-by-side';
import { contentRoot } from '@/lib/page/identify';
import { t } from '@/lib/i18n';
import type { Feature } from '../feature';

/** Answer pages (and Kamerstuk Q&A lists): each question beside its answer. */
export const sideBySide: Feature = {
  name: 'side-by-side',
  // Question pages show their answers once the answer document is loaded (question-page feature).
  enabled: ({ settings, page, model }) =>
    settings.sideBySide && page.kind !== 'question' && model.pairs.some((p) => p.answer),
  run({ document, model, shared }) {
    const handle = mountSideBySide(document, groupPairs(model.pairs), {
      // Questions read from the XML manifestation are not in the page: the grid goes in the body.
      container: contentRoot(document),
      unansweredLabel: t('toolbar.unanswered'),
      importedLabel: t('toolbar.importedFrom'),
    });
    shared.sideBySide = handle;
    if (!handle) return;
    return () => {
      handle.undo();
      shared.sideBySide = null;
    };
  },
};
