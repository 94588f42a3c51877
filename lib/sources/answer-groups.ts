import { groupPairs, type AnswerSource, type PairGroup } from '../model/groups';
import { formatTarget } from '../links/format';
import type { DocumentModel, QaBlock, QaPair } from '../model/types';
import type { LoadedDocument } from './load-answers';

/** The words before each imported answer's source link, per kind of answer document. */
interface AnswerSourceLeads {
  answer: string;
  naderAntwoord: string;
}

const DUTCH_LEADS: AnswerSourceLeads = {
  answer: 'Antwoord uit',
  naderAntwoord: 'Nader antwoord uit',
};

/** "Antwoord uit" + a link named as the site cites it ("Aanhangsel Handelingen II 2021/22, nr. 3019"). */
function answerSource(doc: LoadedDocument, leads: AnswerSourceLeads = DUTCH_LEADS): AnswerSource {
  return {
    href: doc.url,
    label: formatTarget(doc.id) ?? doc.id,
    lead: doc.role === 'nader-antwoord' ? leads.naderAntwoord : leads.answer,
  };
}

/**
 * A question page's own questions with the answers from its answer documents, ready for the
 * side-by-side view: each question joins the first document that answers it (combined answers stay
 * one group), and answers from later documents (a nader antwoord) follow in document order, each
 * block with its own document as source.
 */
export function answerGroups(
  model: DocumentModel,
  docs: readonly LoadedDocument[],
  leads: AnswerSourceLeads = DUTCH_LEADS,
): PairGroup[] {
  const answersByDoc = docs.map((doc) => {
    const byNumber = new Map<string, QaPair>();
    for (const pair of doc.model.pairs) if (pair.answer) byNumber.set(pair.number, pair);
    return { doc, byNumber, source: answerSource(doc, leads) };
  });
  const paired: QaPair[] = model.pairs.map((pair) => {
    const hit = answersByDoc.find((a) => a.byNumber.has(pair.number))?.byNumber.get(pair.number);
    return hit
      ? { ...pair, answer: hit.answer, answerText: hit.answerText, combinedWith: hit.combinedWith }
      : pair;
  });

  const groups = groupPairs(paired);
  for (const group of groups) {
    // Documents in load order (answer first, nader antwoord after), questions in page order.
    const imported: Array<{ answer: QaBlock; source: AnswerSource }> = [];
    for (const { byNumber, source } of answersByDoc) {
      for (const number of group.numbers) {
        const answer = byNumber.get(number)?.answer;
        if (answer && !imported.some((b) => b.answer === answer)) imported.push({ answer, source });
      }
    }
    if (!imported.length) continue;
    const own = group.answers.filter((a) => !imported.some((b) => b.answer === a));
    group.answers = [...own, ...imported.map((b) => b.answer)];
    group.sources = [...own.map(() => null), ...imported.map((b) => b.source)];
  }
  return groups;
}
