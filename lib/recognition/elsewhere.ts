/**
 * Recognition away from the page's main thread: the content script sends the texts of one pass to
 * the background (service worker, or Firefox's background page) in one message, and the background
 * answers with the matches of every text, each with its URL. The page then only walks its text and
 * builds links; while the background answers, the recognizers and lib/links do not run there
 * (docs/performance.md: on a small page most of that work was their first run, paid on every
 * load).
 *
 * Pure: the request, the background's answer to it and the content script's reading of that
 * answer (each match is checked by the annotator, lib/dom/annotate).
 * The messaging itself is in entrypoints/ (background.ts, kamerlens.content/recognize-elsewhere.ts).
 */
import type { Match, RecognizeContext } from '../references/types';
import { recognizeAll } from '../references';
import { urlForMatch } from '../links';
import { hasListPerText, isListOf, recognizeBatch } from '../references/batch';
import { adoptLinkTarget } from '../references/adopt';

export const RECOGNIZE_MESSAGE = 'kamerlens:recognize';

/** Texts recognized together, in one context (lib/references/batch). */
interface TextBatch {
  context: RecognizeContext;
  texts: string[];
  /**
   * Per text, the href of the page link right after it, or null: a motion named at the text's end
   * takes its number from it (lib/references/adopt). Read on the page, where the link is.
   */
  linksAfter: (string | null)[];
}

export interface RecognizeRequest {
  type: typeof RECOGNIZE_MESSAGE;
  batches: TextBatch[];
  /** Question number → id of the element a cross-reference to it jumps to. */
  anchors: Record<string, string>;
}

/** Per batch, per text: its matches, each with `href` (null: no link). */
type RecognizeResponse = { ok: true; matches: Match[][][] } | { ok: false };

/**
 * The most text one request may carry. The 1.5 MB Handelingen page sends well under this per pass
 * (its far sections go later, one group each); a larger request is refused, not recognized slowly.
 */
export const MAX_REQUEST_CHARS = 4_000_000;

const isStringArray = (v: unknown): v is string[] => isListOf(v, (s) => typeof s === 'string');

function isContext(v: unknown): v is RecognizeContext {
  if (typeof v !== 'object' || v === null) return false;
  const { documentDate, pairNumbers } = v as RecognizeContext;
  return (documentDate === null || typeof documentDate === 'string') && isStringArray(pairNumbers);
}

function isAnchors(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((id) => typeof id === 'string')
  );
}

/** One href or null per text. */
const isLinkPerText = (v: unknown, texts: number): v is (string | null)[] =>
  isListOf(v, (h) => h === null || typeof h === 'string') && v.length === texts;

/** A request of the shape we send, within the size bound. */
export function isRecognizeRequest(message: unknown): message is RecognizeRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, batches, anchors } = message as RecognizeRequest;
  if (type !== RECOGNIZE_MESSAGE || !Array.isArray(batches) || !isAnchors(anchors)) return false;
  let chars = 0;
  for (const batch of batches as unknown[]) {
    const { context, texts, linksAfter } = (batch ?? {}) as TextBatch;
    if (!isContext(context) || !isStringArray(texts) || !isLinkPerText(linksAfter, texts.length))
      return false;
    for (const t of texts) chars += t.length;
    for (const href of linksAfter) chars += href?.length ?? 0;
  }
  return chars <= MAX_REQUEST_CHARS;
}

/** The cross-reference anchors of the page's questions, as a request carries them. */
export function anchorRecord(
  pairNumbers: readonly string[],
  crossrefAnchor: (questionNumber: string) => string | null,
): Record<string, string> {
  const anchors: Record<string, string> = {};
  for (const n of pairNumbers) {
    const id = crossrefAnchor(n);
    if (id !== null) anchors[n] = id;
  }
  return anchors;
}

/** The background's side: what the content script would have found, with the URLs made here. */
export function answerRecognizeRequest(request: RecognizeRequest): RecognizeResponse {
  const crossrefAnchor = (n: string): string | null =>
    Object.prototype.hasOwnProperty.call(request.anchors, n) ? request.anchors[n]! : null;
  const matches = request.batches.map(({ context, texts, linksAfter }) =>
    recognizeBatch(texts, (text) => recognizeAll(text, context)).map((found, k) =>
      adoptLinkTarget(texts[k]!, found, linksAfter[k] ?? null).map((m) => ({
        ...m,
        href: urlForMatch(m, { crossrefAnchor }),
      })),
    ),
  );
  return { ok: true, matches };
}

/**
 * The content script's side: the answer's match lists (one list per batch, in it one per text) as
 * the background sent them, when there are as many as texts sent (`textsPerBatch`); null when the
 * background said it could not answer or the lists do not add up, and the page recognizes itself.
 * The matches in them are not checked here: the annotator checks each one (lib/dom/annotate) after
 * the wait, since that is work on the page's thread.
 */
export function answeredMatches(
  response: unknown,
  textsPerBatch: readonly number[],
): unknown[][] | null {
  if (typeof response !== 'object' || response === null) return null;
  const { ok, matches } = response as { ok?: unknown; matches?: unknown };
  return ok === true && hasListPerText(matches, textsPerBatch) ? matches : null;
}
