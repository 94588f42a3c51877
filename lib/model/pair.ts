import type { QaBlock, QaPair } from './types';
import { readableText } from './block-text';

interface PairingResult {
  pairs: QaPair[];
  unpairedAnswers: QaBlock[];
}

/**
 * The text of question `n` inside its block. A block headed "Vragen 2 en 3" with one paragraph per
 * number gives each number its own paragraph; otherwise each number shares the whole block.
 */
function questionTextFor(block: QaBlock, index: number): string {
  if (block.numbers.length > 1 && block.paragraphs.length === block.numbers.length) {
    return readableText(block.paragraphs[index]!);
  }
  return block.text;
}

/**
 * Pairs every question number with the answer block that names it. A combined answer ("Antwoord 2
 * en 3") is paired with each question it answers; a question without an answer keeps `answer: null`.
 */
export function pairBlocks(
  questions: readonly QaBlock[],
  answers: readonly QaBlock[],
): PairingResult {
  const answerFor = new Map<string, QaBlock>();
  for (const answer of answers) {
    for (const n of answer.numbers) if (!answerFor.has(n)) answerFor.set(n, answer);
  }
  const asked = new Set<string>();
  const pairs: QaPair[] = [];
  for (const question of questions) {
    question.numbers.forEach((number, index) => {
      if (asked.has(number)) return;
      asked.add(number);
      const answer = answerFor.get(number) ?? null;
      pairs.push({
        number,
        question,
        questionText: questionTextFor(question, index),
        answer,
        answerText: answer ? answer.text : null,
        combinedWith: answer ? answer.numbers.filter((n) => n !== number) : [],
      });
    });
  }
  const unpairedAnswers = answers.filter((a) => !a.numbers.some((n) => asked.has(n)));
  return { pairs, unpairedAnswers };
}
