import { detectPage, contentRoot } from './page/detect';
import { parseDocument } from './model/parse';
import { readableText } from './model/block-text';
import { recognizeAll } from './references';
import type { Match, RecognizeContext } from './references/types';
import { urlForMatch } from './links';
import type { DocumentKind } from './page/types';
import { documentDate, questionDate } from './page/document-date';
import { pairsFromText } from './model/text-pairs';

/** DESIGN.md's `analyze` contract: one object per analyzed page or text. */
export interface AnalysisResult {
  id: string | null;
  kind: DocumentKind;
  pairs: Array<{ number: string; question: string; answer: string | null }>;
  references: AnalysisReference[];
}

export interface AnalysisReference {
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
        text: m.text,
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
  const pairNumbers = pairs.map((p) => p.number);
  const ctx: RecognizeContext = { documentDate: date, pairNumbers };
  return {
    id: null,
    kind: 'other',
    pairs,
    references: toReferences(recognizeAll(text, ctx), () => null),
  };
}

/** Text blocks of a page whose references we report: leaf blocks of the document body. */
function textBlocks(root: Element): Array<{ element: Element; text: string }> {
  const blocks = Array.from(root.querySelectorAll('p, li, h1, h2, h3, h4, h5, td, th, dd, dt'));
  return blocks
    .filter((el) => !el.querySelector('p, li, td, div') && !el.closest('#noten .note-close'))
    .map((element) => ({ element, text: readableText(element) }))
    .filter(({ text }) => text !== '');
}

/** A saved page (already parsed into a Document for `url`): its id, kind, pairs and references. */
export function analyzeDocument(doc: Document, url: string): AnalysisResult {
  const page = detectPage(url, doc);
  const model = page ? parseDocument(page, doc) : null;
  const pairNumbers = model ? model.pairs.map((p) => p.number) : [];
  const numbers = new Set(pairNumbers);
  const anchor = (n: string) => (numbers.has(n) ? `kamerlens-pair-${n}` : null);
  const inQuestion = new Set(model?.questions.flatMap((q) => q.nodes) ?? []);
  const root = contentRoot(doc);
  const references = root
    ? textBlocks(root).flatMap(({ element, text }) => {
        // Relative dates in a question resolve against its submission, elsewhere against the document.
        const asked = page && [...inQuestion].some((q) => q.contains(element));
        const ctx: RecognizeContext = {
          documentDate: page ? (asked ? questionDate(page) : documentDate(page)) : null,
          pairNumbers,
        };
        return toReferences(recognizeAll(text, ctx), anchor);
      })
    : [];
  return {
    id: page?.id ?? null,
    kind: page?.kind ?? 'other',
    pairs: (model?.pairs ?? []).map((p) => ({
      number: p.number,
      question: p.questionText,
      answer: p.answerText,
    })),
    references,
  };
}
