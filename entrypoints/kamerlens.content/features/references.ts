import { annotate } from '@/lib/dom/annotate';
import { contentRoot } from '@/lib/page/detect';
import { recognizeAll } from '@/lib/references';
import { mayHoldReference } from '@/lib/references/prefilter';
import type { ReferenceKind, RecognizeContext } from '@/lib/references/types';
import { describeMatch, urlForMatch } from '@/lib/links';
import type { DocumentModel } from '@/lib/model/types';
import type { Feature } from '../feature';

/**
 * Where a cross-reference ("zie het antwoord op vraag 4") jumps to: the question's own heading
 * anchor, which moves with the question into the grid and works with the grid off too.
 */
export function questionAnchors(model: DocumentModel): (n: string) => string | null {
  const anchors = new Map<string, string>();
  for (const pair of model.pairs) {
    const heading = pair.question.heading ?? pair.question.nodes[0] ?? null;
    const id =
      heading?.querySelector('a[id]')?.id || heading?.id || `kamerlens-pair-${pair.number}`;
    anchors.set(pair.number, id);
  }
  return (n) => anchors.get(n) ?? null;
}

/** Motions, Kamerstukken, Handelingen, gazettes, ECLI, numbers, dates and cross-references as links. */
export const references: Feature = {
  name: 'references',
  enabled: ({ settings }) => Object.values(settings.references).some(Boolean),
  async run({ document, page, model, signal, settings, shared }) {
    const root = contentRoot(document);
    if (!root) return;
    const context: RecognizeContext = {
      documentDate: page.received ?? page.issued ?? page.submitted,
      pairNumbers: model.pairs.map((p) => p.number),
    };
    const crossrefAnchor = questionAnchors(model);
    const kinds = new Set(
      (Object.entries(settings.references) as Array<[ReferenceKind, boolean]>)
        .filter(([, on]) => on)
        .map(([kind]) => kind),
    );
    const handle = await annotate(root, {
      accepts: mayHoldReference,
      recognize: (text) => recognizeAll(text, context),
      link: (match) => urlForMatch(match, { crossrefAnchor }),
      describe: (match) =>
        describeMatch(match, { documentDate: context.documentDate, submitted: page.submitted }),
      crossrefAnchor,
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
