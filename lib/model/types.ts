import type { PageInfo } from '../page/types';

/** Which parsing strategy found the questions and answers. */
export type ParseStrategy = 'koop-classes' | 'heading-text' | 'qa-list' | 'xml' | 'none';

/**
 * One question or answer block as it stands in the page: the heading plus its body elements.
 * `numbers` has several entries for a combined block ("Antwoord 2 en 3", "Vragen 2 en 3").
 */
export interface QaBlock {
  role: 'question' | 'answer';
  numbers: string[];
  /** The heading element ("Vraag 3", `p.nummer`), or null when the number was inline. */
  heading: Element | null;
  /** Top-level page nodes that make up the block, in order; moving them moves the block. */
  nodes: Element[];
  /** Body paragraphs (heading excluded). */
  paragraphs: Element[];
  /** The block's text without its heading, whitespace collapsed. */
  text: string;
}

export interface QaPair {
  /** "3", "1a". */
  number: string;
  question: QaBlock;
  /** Text of this question alone: for a "Vragen 2 en 3" block with one paragraph per number, that paragraph. */
  questionText: string;
  answer: QaBlock | null;
  answerText: string | null;
  /** Other question numbers answered by the same answer block (combined answer), excluding this one. */
  combinedWith: string[];
}

export interface Footnote {
  id: string;
  label: string;
  text: string;
  element: Element;
}

export interface DocumentModel {
  page: PageInfo;
  strategy: ParseStrategy;
  /** Intro paragraphs (`p.kamervraagomschrijving`): who asked whom, when. */
  intro: string[];
  /** The requester's "Toelichting", if any. */
  toelichting: string | null;
  questions: QaBlock[];
  answers: QaBlock[];
  pairs: QaPair[];
  /** Answer blocks that name no question on the page. */
  unpairedAnswers: QaBlock[];
  /** Delay notice text ("Mededeling", `div.kamervraagopmerking`). */
  notices: string[];
  footnotes: Footnote[];
  /** Human-readable lines about what could not be parsed or paired. */
  diagnostics: string[];
}
