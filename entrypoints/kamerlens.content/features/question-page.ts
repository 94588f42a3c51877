import type { Feature } from '../feature';

/**
 * Kamervragen pages: the timeline card and, on a question page, the answers beside their
 * questions. The work and its UI are in question-page-view.ts, a chunk only these pages load.
 */
export const questionPage: Feature = {
  name: 'question-page',
  enabled: ({ page, settings }) =>
    (page.family === 'kv' || page.family === 'ah') &&
    page.kind !== 'other' &&
    (settings.timeline ||
      (page.kind === 'question' && settings.crossDocument && settings.sideBySide)),
  async run(context) {
    const { showQuestionPage } = await import('./question-page-view');
    if (context.signal.aborted) return;
    return showQuestionPage(context);
  },
};
