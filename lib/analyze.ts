import { detectPage } from './page/detect';
import { contentRoot } from './page/identify';
import { parseDocument } from './model/parse';
import { recognizeAll } from './references';
import { mayHoldReference } from './references/prefilter';
import type { Match } from './references/types';
import { urlForMatch } from './links';
import type { DocumentKind } from './page/types';
import { pairsFromText } from './model/text-pairs';
import { pageContext, textContext, type RecognitionContext } from './recognition/context';
import { textWalker } from './dom/annotate-walk';
import { adoptPageTargets } from './dom/annotate-adopt';

/** DESIGN.md's `analyze` contract: one object per analyzed page or text. */
export interface AnalysisResult {
  id: string | null;
  kind: DocumentKind;
  pairs: Array<{ number: string; question: string; answer: string | null }>;
  references: AnalysisReference[];
}

interface AnalysisReference {
  kind: Match['kind'];
  text: string;
  target: string | null;
  url: string | null;
  date: string | null;
}

/** One reference entry per target: a range ("nrs. 1 – 3") or a list of days gives one entry each. */
function toReferences(
  matches: readonly Match[],
  anchor: (n: string) => string | null,
): AnalysisReference[] {
  const out: AnalysisReference[] = [];
  for (const m of matches) {
    for (const target of [m.target, ...(m.alsoTargets ?? [])]) {
      const one: Match = { ...m, target, date: m.kind === 'date' ? target : null, alsoTargets: [] };
      out.push({
        kind: m.kind,
        // As the page shows it, with no-break spaces and line breaks as plain spaces.
        text: m.text.replace(/\s+/g, ' '),
        target,
        url: urlForMatch(one, { crossrefAnchor: anchor }),
        date: one.date,
      });
    }
  }
  return out;
}

/**
 * Plain text (often taken from a PDF): the questions and answers its "Vraag N" / "Antwoord N"
 * headings give (lib/model/text-pairs.ts), and its references, relative dates resolved against
 * `date`. Cross-references to a question resolve only when the text has that question.
 */
export function analyzeText(text: string, date: string | null): AnalysisResult {
  const { pairs } = pairsFromText(text);
  const ctx = textContext(
    date,
    pairs.map((p) => p.number),
  );
  return {
    id: null,
    kind: 'other',
    pairs,
    references: toReferences(recognizeAll(text, ctx), () => null),
  };
}

/**
 * The references of a page as the content script finds them: text node by text node under the
 * content root, the same nodes the annotator visits (lib/dom/annotate-walk: not inside the page's
 * own links, code or form fields), in the same recognition context (lib/recognition/context), a
 * motion named before a page link numbering it taking that link's number (lib/dom/annotate-adopt).
 */
export function pageMatches(doc: Document, context: RecognitionContext): Match[] {
  const root = contentRoot(doc);
  if (!root) return [];
  const out: Match[] = [];
  const walker = textWalker(root, mayHoldReference);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    const found = recognizeAll(text, context.at(node));
    for (const m of adoptPageTargets(node, found, text)) out.push(m);
  }
  return out;
}

/** A saved page (already parsed into a Document for `url`): its id, kind, pairs and references. */
export function analyzeDocument(doc: Document, url: string): AnalysisResult {
  const page = detectPage(url, doc);
  const model = page ? parseDocument(page, doc) : null;
  const context = pageContext(page, model);
  return {
    id: page?.id ?? null,
    kind: page?.kind ?? 'other',
    pairs: (model?.pairs ?? []).map((p) => ({
      number: p.number,
      question: p.questionText,
      answer: p.answerText,
    })),
    references: toReferences(pageMatches(doc, context), context.crossrefAnchor),
  };
}
