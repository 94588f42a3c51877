/** Pairs grouped into the rows of the side-by-side view: pure, no DOM. */
import type { QaBlock, QaPair } from './types';

/** Where answers shown on a question page came from (the answer document). */
export interface AnswerSource {
  href: string;
  label: string;
  /** Text before the link ("Nader antwoord uit"); default: the grid's `importedLabel`. */
  lead?: string;
}

/** A set of questions shown together with the answer block(s) that answer them. */
export interface PairGroup {
  numbers: string[];
  questions: QaBlock[];
  answers: QaBlock[];
  /** Set when the answers come from another document (a question page showing its answer). */
  source?: AnswerSource;
  /**
   * The source of each answer block, parallel to `answers` (an answer and a later nader antwoord
   * come from different documents); an entry left out falls back to `source`.
   */
  sources?: ReadonlyArray<AnswerSource | null | undefined>;
}

/**
 * Groups pairs so that questions answered by one combined answer share a row group, in question
 * order. Answers from another document may be passed for a question page.
 */
export function groupPairs(pairs: readonly QaPair[], source?: AnswerSource): PairGroup[] {
  const groups: PairGroup[] = [];
  const groupOfAnswer = new Map<QaBlock, PairGroup>();
  const groupOfQuestion = new Map<QaBlock, PairGroup>();
  for (const pair of pairs) {
    const existing =
      groupOfQuestion.get(pair.question) ??
      (pair.answer ? groupOfAnswer.get(pair.answer) : undefined);
    const group = existing ?? { numbers: [], questions: [], answers: [], source };
    if (!existing) groups.push(group);
    group.numbers.push(pair.number);
    if (!group.questions.includes(pair.question)) group.questions.push(pair.question);
    if (pair.answer && !group.answers.includes(pair.answer)) group.answers.push(pair.answer);
    groupOfQuestion.set(pair.question, group);
    if (pair.answer) groupOfAnswer.set(pair.answer, group);
  }
  return groups;
}
