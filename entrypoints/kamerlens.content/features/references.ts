import { annotate, type AnnotateOptions } from '@/lib/dom/annotate';
import { contentRoot } from '@/lib/page/identify';
import { recognizeAll } from '@/lib/references';
import { mayHoldReference } from '@/lib/references/prefilter';
import type { ReferenceKind } from '@/lib/references/types';
import { describeMatch, urlForMatch } from '@/lib/links';
import { copiedTextContext, pageContext, type RecognitionContext } from '@/lib/recognition/context';
import type { Feature, FeatureContext } from '../feature';
import { recognizeInBackground } from '../recognize-elsewhere';

/** How annotation links text read in `context`, with the user's settings. */
function annotateOptions(
  context: RecognitionContext,
  { settings, signal }: FeatureContext,
): AnnotateOptions {
  const kinds = new Set(
    (Object.entries(settings.references) as Array<[ReferenceKind, boolean]>)
      .filter(([, on]) => on)
      .map(([kind]) => kind),
  );
  const { crossrefAnchor } = context;
  return {
    accepts: mayHoldReference,
    // In the background; here only when it cannot answer, and for a text the page changes later.
    recognizeElsewhere: recognizeInBackground(context),
    recognize: (text, at) => recognizeAll(text, context.at(at)),
    contextOf: context.at,
    link: (match) =>
      match.href !== undefined ? match.href : urlForMatch(match, { crossrefAnchor }),
    describe: (match) => describeMatch(match, context.describe),
    signal,
    newTab: settings.linksInNewTab,
    kinds,
    tooltip: settings.tooltips,
  };
}

/** Aborted when either is (without AbortSignal.any, an older browser: the first). */
const bothSignals = (a: AbortSignal, b: AbortSignal): AbortSignal =>
  typeof AbortSignal.any === 'function' ? AbortSignal.any([a, b]) : a;

/**
 * Motions, Kamerstukken, Handelingen, gazettes, ECLI, numbers, dates and cross-references as links:
 * in the page's own text, and (through `shared.linkCopies`) in the answers the question-page
 * feature copies in from the answer document.
 */
export const references: Feature = {
  name: 'references',
  enabled: ({ settings }) => Object.values(settings.references).some(Boolean),
  async run(feature) {
    const { document, page, model, shared } = feature;
    const root = contentRoot(document);
    if (!root) return;
    // Published first: a feature run again while this pass still works finds it.
    shared.linkCopies = async (roots, from, signal) => {
      const context = copiedTextContext(page, model, from);
      const copies = await annotate(roots, {
        ...annotateOptions(context, feature),
        // Stops when either feature is switched off: this one, or the one that copied the blocks.
        signal: bothSignals(feature.signal, signal),
        markName: 'kamerlens:annotate-copies',
      });
      return () => copies.undo();
    };
    // The same context `analyze` uses (lib/recognition/context.ts).
    const handle = await annotate(root, annotateOptions(pageContext(page, model), feature));
    shared.annotations = handle;
    return () => {
      handle.undo();
      shared.annotations = null;
      shared.linkCopies = undefined;
    };
  },
};
