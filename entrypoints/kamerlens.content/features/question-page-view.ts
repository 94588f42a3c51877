import { h, render } from 'preact';
import { TimelineCard } from '@/components/TimelineCard';
import { ROLE } from '@/lib/dom/markers';
import { mountShadowUi } from '@/lib/dom/shadow-ui';
import { mountSideBySide, type SideBySideHandle } from '@/lib/dom/side-by-side';
import type { DocumentModel } from '@/lib/model/types';
import { answerGroups } from '@/lib/sources/answer-groups';
import { t } from '@/lib/i18n';
import { contentRoot } from '@/lib/page/identify';
import type { PageInfo } from '@/lib/page/types';
import { readZaakDocuments, zaakDocumentsUrl } from '@/lib/sources/zaak-documents';
import { createDocumentCache } from '@/lib/sources/cache';
import { answerDocuments, loadAnswerDocuments, type RelatedLoad } from '@/lib/sources/load-answers';
import { todayInAmsterdam } from '@/lib/calendar';
import { timelineView, type TimelineView } from '@/lib/timeline/from-documents';
import { note } from '../diagnostics';
import type { FeatureContext, SharedState, Undo } from '../feature';
import { requestOData } from '../open-data';
import { nextTask } from '../yield';

/**
 * The question-page feature's work (features/question-page.ts), in a chunk of its own: only
 * Kamervragen pages load it. The timeline card at the top; on the question page, the answers
 * fetched from the answer document(s) beside their questions. When loading fails the page stays as
 * it was and the card says so in one line, with a retry button.
 */
export async function showQuestionPage({
  page,
  model,
  document,
  signal,
  ctx,
  settings,
  shared,
}: FeatureContext): Promise<Undo | void> {
  const origin = location.origin;
  // crossDocument off: not one request to another document; the card shows the page's own dates.
  const lookUp = settings.crossDocument;
  const cache = createDocumentCache({ origin });
  let view: TimelineView = timelineView(page, null, todayInAmsterdam(), origin);
  // The first Intl date format on a page costs 25–60 ms (ICU data): the card mounts in the next task.
  await nextTask();
  if (signal.aborted) return;
  let loading = lookUp;
  let failed = false;
  let grid: SideBySideHandle | null = null;
  let unlinkAnswers: Undo | null = null;
  let container: HTMLElement | null = null;

  const draw = () => {
    if (!container) return;
    const props = { view, loading, failed, notLookedUp: !lookUp, onRetry: () => void load() };
    render(h(TimelineCard, props), container);
  };

  const load = async () => {
    loading = true;
    failed = false;
    draw();
    const result = await loadAnswerDocuments(page, document, {
      cache,
      signal,
      // Open data only with the opt-in: without it not even a message to the background.
      fallbackIds: settings.openData ? openDataIds : undefined,
    });
    if (signal.aborted) return;
    view = timelineView(page, result, todayInAmsterdam(), origin);
    failed = result.failures.some((f) => f.error !== 'aborted');
    for (const f of result.failures) note(`${f.id} niet geladen (${f.error}: ${f.message})`);
    loading = false;
    draw();
    if (page.kind === 'question' && settings.sideBySide && !grid) {
      // The card first; importing the answers into the grid is a task of its own.
      await nextTask();
      if (signal.aborted) return;
      grid = showAnswers(document, model, result);
      if (grid) shared.sideBySide = grid;
      if (grid && shared.linkCopies) {
        const unlink = await linkAnswers(grid, result, shared.linkCopies, signal);
        // Switched off while linking: the undo has run already, without this part.
        if (signal.aborted) unlink();
        else unlinkAnswers = unlink;
      }
    }
  };

  const ui = settings.timeline
    ? mountShadowUi(document, {
        role: ROLE.timeline,
        place: (host) => contentRoot(document)?.prepend(host),
        onRemove: (uiContainer) => {
          render(null, uiContainer);
          container = null;
        },
      })
    : null;
  if (ui) {
    ctx.onInvalidated(ui.remove);
    container = ui.container;
    draw();
  }
  // Not awaited: a slow site must not hold up the features after this one.
  if (lookUp)
    load().catch((error: unknown) => note('antwoorden laden mislukt; pagina ongewijzigd.', error));

  return () => {
    unlinkAnswers?.();
    grid?.undo();
    if (grid && shared.sideBySide === grid) shared.sideBySide = null;
    grid = null;
    ui?.remove();
  };
}

/** The question page's own questions with the answers of each loaded answer document, in order. */
function showAnswers(
  document: Document,
  model: DocumentModel,
  load: RelatedLoad,
): SideBySideHandle | null {
  const docs = answerDocuments(load);
  if (!docs.length || !model.pairs.length) return null;
  const groups = answerGroups(model, docs, {
    answer: t('timeline.answerFrom'),
    naderAntwoord: t('timeline.naderAntwoordFrom'),
  });
  if (!groups.some((g) => g.answers.length)) return null;
  return mountSideBySide(document, groups, {
    importedLabel: t('timeline.answerFrom'),
    unansweredLabel: t('timeline.notInAnswer'),
  });
}

/** The references in the copied answers and notes, each read in its own document's context. */
async function linkAnswers(
  grid: SideBySideHandle,
  load: RelatedLoad,
  linkCopies: NonNullable<SharedState['linkCopies']>,
  signal: AbortSignal,
): Promise<Undo> {
  const undos: Undo[] = [];
  for (const loaded of load.documents) {
    const roots = grid.imported.filter((b) => b.from === loaded.doc).map((b) => b.copy);
    if (roots.length && !signal.aborted) undos.push(await linkCopies(roots, loaded.page, signal));
  }
  return () => undos.forEach((undo) => undo());
}

/**
 * Opt-in fallback: the answer ids Tweede Kamer open data lists for the zaak, asked through the
 * background (which checks the host permission). Only passed to the loader with the opt-in on.
 */
async function openDataIds(page: PageInfo): Promise<string[]> {
  if (!page.vraagnummer) return [];
  const answer = await requestOData(zaakDocumentsUrl(page.vraagnummer));
  if (!answer.ok) return [];
  let json: unknown = null;
  try {
    json = JSON.parse(answer.text);
  } catch {
    return [];
  }
  const reading = readZaakDocuments(json);
  if (!reading.ok) return [];
  return reading.documents.filter((d) => d.role !== 'question' && d.ahId).map((d) => d.ahId!);
}
