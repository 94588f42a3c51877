/**
 * Copying a question with its answer, the whole document, or the citation alone, in every
 * clipboard flavour. Pure: reads the model (and the page elements it points to), writes nothing.
 */
import type { DocumentModel, QaPair } from '../model/types';
import type { PageInfo } from '../page/types';
import { citeDocument, citePair } from './citation';
import { composeAll, composePair, type CopySource } from './compose';
import {
  citationHtml,
  citationMarkdown,
  citationPlain,
  renderAll,
  type ClipboardPayload,
} from './render';

export type { ClipboardPayload } from './render';

/** What text/plain holds: the plain rendering, or Markdown for people who paste into Markdown editors. */
type CopyFormat = 'plain' | 'markdown';

export function copyPair(pair: QaPair, source: CopySource): ClipboardPayload {
  return renderAll(composePair(pair, source));
}

export function copyAll(
  model: Pick<DocumentModel, 'page' | 'pairs' | 'footnotes'>,
): ClipboardPayload {
  return renderAll(composeAll(model));
}

/** The citation alone: of one pair when given, else of the whole document. */
export function copyCitation(page: PageInfo, pair?: QaPair | null): ClipboardPayload {
  const c = pair ? citePair(page, pair) : citeDocument(page);
  return { plain: citationPlain(c), html: citationHtml(c), markdown: citationMarkdown(c) };
}

/** The text/plain flavour for the user's chosen format. */
export function plainTextFor(payload: ClipboardPayload, format: CopyFormat): string {
  return format === 'markdown' ? payload.markdown : payload.plain;
}
