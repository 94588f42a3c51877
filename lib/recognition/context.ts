/**
 * The recognition context of a page: what the recognizers and links need besides the text. One
 * module, used by the content script (entrypoints/…/features/references.ts) and by `analyze`
 * (lib/analyze.ts), so the extension and the command line resolve every reference alike
 * (tests/unit/recognition/context.test.ts holds them to it on every fixture page).
 *
 * - Relative dates ("26 maart jl.", "dinsdag a.s.") in a question resolve against the day it was
 *   submitted, also where an answer reprints it; elsewhere against the document's own date
 *   (lib/page/document-date.ts).
 * - "vraag 4" is a cross-reference only when the document has a question 4, and it links to that
 *   question's own heading anchor.
 */
import type { DocumentModel } from '../model/types';
import type { PageInfo } from '../page/types';
import type { RecognizeContext } from '../references/types';
import type { DescribeContext } from '../links/describe';
import { documentDate, questionDate } from '../page/document-date';
import { perTask } from '../dom/per-task';
import { selfOrAncestor } from '../dom/ancestors';

export interface RecognitionContext {
  /**
   * The context for text at `node`: the question's inside a question, else the document's. Always
   * one of two objects, so texts can be batched by identity.
   */
  at(node: Node): RecognizeContext;
  /** Question number → id of the element a cross-reference jumps to; null when there is none. */
  crossrefAnchor(questionNumber: string): string | null;
  /** What a reference's tooltip measures dates against. */
  describe: DescribeContext;
}

/** Plain text: one date for all of it (`analyze --date`), its own question numbers. */
export function textContext(date: string | null, pairNumbers: readonly string[]): RecognizeContext {
  return { documentDate: date, pairNumbers: [...pairNumbers] };
}

/**
 * Where a cross-reference ("zie het antwoord op vraag 4") jumps to: the question's own heading
 * anchor, which moves with the question into the grid and works with the grid off too.
 */
function questionAnchors(model: DocumentModel | null): (n: string) => string | null {
  const anchors = new Map<string, string>();
  for (const pair of model?.pairs ?? []) {
    const heading = pair.question.heading ?? pair.question.nodes[0] ?? null;
    const id =
      heading?.querySelector('a[id]')?.id || heading?.id || `kamerlens-pair-${pair.number}`;
    anchors.set(pair.number, id);
  }
  return (n) => anchors.get(n) ?? null;
}

/** The context of a detected page and its parsed model (either null for a page we do not know). */
export function pageContext(
  page: PageInfo | null,
  model: DocumentModel | null,
): RecognitionContext {
  const pairNumbers = model?.pairs.map((p) => p.number) ?? [];
  const ofDocument = textContext(page ? documentDate(page) : null, pairNumbers);
  const askedOn = page ? questionDate(page) : null;
  const ofQuestion =
    askedOn === ofDocument.documentDate ? ofDocument : textContext(askedOn, pairNumbers);
  const questionNodes = new Set<Node>(model?.questions.flatMap((q) => q.nodes) ?? []);
  // Whether a node lies in a question, each ancestor read once for all the texts of a run (a pass
  // asks for all its texts at once, and they share most of their ancestors).
  const inQuestion = perTask(() => selfOrAncestor((n) => questionNodes.has(n)));
  return {
    at: (node) =>
      ofQuestion !== ofDocument && questionNodes.size > 0 && inQuestion()(node)
        ? ofQuestion
        : ofDocument,
    crossrefAnchor: questionAnchors(model),
    describe: { documentDate: ofDocument.documentDate, submitted: page?.submitted ?? null },
  };
}

/**
 * Text copied into a question page from another document about the same questions (its answers
 * and the footnotes they cite, lib/dom/side-by-side): relative dates resolve against that
 * document's own date, as on its own page; "vraag 4" is this page's question 4 and jumps to it here.
 */
export function copiedTextContext(
  page: PageInfo | null,
  model: DocumentModel | null,
  from: PageInfo,
): RecognitionContext {
  const date = documentDate(from);
  const ofCopy = textContext(date, model?.pairs.map((p) => p.number) ?? []);
  return {
    at: () => ofCopy,
    crossrefAnchor: pageContext(page, model).crossrefAnchor,
    describe: { documentDate: date, submitted: page?.submitted ?? from.submitted },
  };
}
