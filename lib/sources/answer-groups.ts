import { groupPairs, type PairGroup } from '../dom/side-by-side';
import type { DocumentModel, QaBlock, QaPair } from '../model/types';
import type { LoadedDocument } from './load-answers';

/**
 * A question page's own questions with the answers from its answer documents, ready for the
 * side-by-side view: each question joins the first document that answers it (combined answers stay
 * one group), and answers from later documents (a nader antwoord) follow in document order.
 */
export function answerGroups(model: DocumentModel, docs: readonly LoadedDocument[]): PairGroup[] {
  const answersByDoc = docs.map((doc) => {
    const byNumber = new Map<string, QaPair>();
    for (const pair of doc.model.pairs) if (pair.answer) byNumber.set(pair.number, pair);
    return { doc, byNumber };
  });
  const paired: QaPair[] = model.pairs.map((pair) => {
    const hit = answersByDoc.find((a) => a.byNumber.has(pair.number))?.byNumber.get(pair.number);
    return hit
      ? { ...pair, answer: hit.answer, answerText: hit.answerText, combinedWith: hit.combinedWith }
      : pair;
  });

  const groups = groupPairs(paired);
  for (const group of groups) {
    const sources: LoadedDocument[] = [];
    for (const { doc, byNumber } of answersByDoc) {
      for (const number of group.numbers) {
        const answer = byNumber.get(number)?.answer;
        if (!answer) continue;
        if (!group.answers.includes(answer)) group.answers.push(answer);
        if (!sources.includes(doc)) sources.push(doc);
      }
    }
    group.answers.sort((a, b) => docIndex(docs, a) - docIndex(docs, b));
    if (sources.length) {
      group.source = {
        href: sources[0]!.url,
        label: sources
          .map((d) => (d.role === 'nader-antwoord' ? `${d.id} (nader antwoord)` : d.id))
          .join(' en '),
      };
    }
  }
  return groups;
}

function docIndex(docs: readonly LoadedDocument[], block: QaBlock): number {
  const owner = block.nodes[0]?.ownerDocument;
  const i = docs.findIndex((d) => d.doc === owner);
  return i < 0 ? docs.length : i;
}
