import { h, render } from 'preact';
import { CopyButtons, type CopyWhat } from '@/components/CopyButtons';
import { copyAll, copyCitation, copyPair, plainTextFor, type ClipboardPayload } from '@/lib/copy';
import { writeClipboard } from '@/lib/dom/clipboard';
import { ROLE } from '@/lib/dom/markers';
import { mountShadowUi } from '@/lib/dom/shadow-ui';
import { t } from '@/lib/i18n';
import type { DocumentModel, QaBlock } from '@/lib/model/types';
import type { CopyFormat } from '@/lib/settings';
import type { Feature } from '../feature';
import { workSlice } from '../yield';

function payloadFor(model: DocumentModel, what: CopyWhat): ClipboardPayload | null {
  if (what.what === 'all') return copyAll(model);
  const pair = model.pairs.find((p) => p.number === what.number);
  if (!pair) return null;
  return what.what === 'pair' ? copyPair(pair, model) : copyCitation(model.page, pair);
}

/**
 * Copy a pair, its citation, or everything, in the user's format (read at click time from the
 * settings the controller keeps current). Called from a click or a key.
 */
export async function copyToClipboard(
  doc: Document,
  model: DocumentModel,
  what: CopyWhat,
  format: CopyFormat,
): Promise<boolean> {
  const payload = payloadFor(model, what);
  if (!payload) return false;
  const route = await writeClipboard(doc, {
    plain: plainTextFor(payload, format),
    html: payload.html,
  });
  return route !== null;
}

interface Spot {
  numbers: string[];
  /** Put the buttons into this grid slot … */
  slot?: Element;
  /** … or in a zero-height holder at the top of this page node (the question block), so it moves with the block. */
  inside?: Element;
}

/**
 * With our grid: its per-group action slots. Without: inside each question block, at its top, so a
 * grid built later (a question page's answers arrive asynchronously) carries the buttons along.
 */
function spots(
  model: DocumentModel,
  grid: { groups: { group: { numbers: string[] }; actions: HTMLElement }[] } | null | undefined,
): Spot[] {
  if (grid) return grid.groups.map((g) => ({ numbers: g.group.numbers, slot: g.actions }));
  const byBlock = new Map<QaBlock, Spot>();
  for (const pair of model.pairs) {
    const first = pair.question.nodes[0];
    if (!first?.parentNode) continue;
    const spot = byBlock.get(pair.question) ?? { numbers: [], inside: first };
    spot.numbers.push(pair.number);
    byBlock.set(pair.question, spot);
  }
  return [...byBlock.values()];
}

function mountSpot(
  doc: Document,
  model: DocumentModel,
  spot: Spot,
  showAll: boolean,
  format: () => CopyFormat,
): () => void {
  const ui = mountShadowUi(doc, {
    role: ROLE.actions,
    attributes: { 'data-kl-copy': spot.numbers.join(' ') },
    // Zero height: the buttons float over the heading line and the text does not move.
    hostStyle: spot.inside
      ? 'display: block; position: relative; height: 0; margin: 0; padding: 0;'
      : undefined,
    place: (host) => (spot.inside ? spot.inside.prepend(host) : spot.slot?.appendChild(host)),
    onRemove: (container) => render(null, container),
  });
  render(
    h(CopyButtons, {
      numbers: spot.numbers,
      showAll,
      floating: Boolean(spot.inside),
      labels: {
        pair: t('copy.pair'),
        pairLabel: t('copy.pairLabel'),
        citation: t('copy.citation'),
        citationLabel: t('copy.citationLabel'),
        all: t('copy.all'),
        allLabel: t('copy.allLabel'),
        done: t('copy.done'),
        failed: t('copy.failed'),
      },
      onCopy: (what) => copyToClipboard(doc, model, what, format()),
    }),
    ui.container,
  );
  return ui.remove;
}

/** Copy buttons beside each pair ("copy all" with the first), in the grid's slots or before each question. */
export const copyButtons: Feature = {
  name: 'copy',
  enabled: ({ model, settings }) => settings.copyButtons && model.pairs.length > 0,
  async run({ document: doc, model, shared, settings, signal }) {
    // One Preact root per spot, a few ms each: mounted in slices so a long list never makes one long task.
    const undos: (() => void)[] = [];
    const slice = workSlice();
    for (const [i, spot] of spots(model, shared.sideBySide).entries()) {
      if (slice.over()) await slice.yield();
      if (signal.aborted) break;
      undos.push(mountSpot(doc, model, spot, i === 0, () => settings.copyFormat));
    }
    return () => {
      undos.forEach((undo) => undo());
    };
  },
};
