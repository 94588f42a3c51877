import { annotate } from '@/lib/dom/annotate';
import { contentRoot } from '@/lib/page/detect';
import { recognizeAll } from '@/lib/references';
import { mayHoldReference } from '@/lib/references/prefilter';
import type { ReferenceKind } from '@/lib/references/types';
import { describeMatch, urlForMatch } from '@/lib/links';
import { pageContext } from '@/lib/recognition/context';
import type { Feature } from '../feature';

/** Motions, Kamerstukken, Handelingen, gazettes, ECLI, numbers, dates and cross-references as links. */
export const references: Feature = {
  name: 'references',
  enabled: ({ settings }) => Object.values(settings.references).some(Boolean),
  async run({ document, page, model, signal, settings, shared }) {
    const root = contentRoot(document);
    if (!root) return;
    // The same context `analyze` uses (lib/recognition/context.ts).
    const context = pageContext(page, model);
    const { crossrefAnchor } = context;
    const kinds = new Set(
      (Object.entries(settings.references) as Array<[ReferenceKind, boolean]>)
        .filter(([, on]) => on)
        .map(([kind]) => kind),
    );
    const handle = await annotate(root, {
      accepts: mayHoldReference,
      recognize: (text, at) => recognizeAll(text, context.at(at)),
      contextOf: context.at,
      link: (match) => urlForMatch(match, { crossrefAnchor }),
      describe: (match) => describeMatch(match, context.describe),
      signal,
      newTab: settings.linksInNewTab,
      kinds,
      tooltip: settings.tooltips,
    });
    shared.annotations = handle;
    return () => {
      handle.undo();
      shared.annotations = null;
    };
  },
};
