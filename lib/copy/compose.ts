import type { DocumentModel, Footnote, QaBlock, QaPair } from '../model/types';
import type { PageInfo } from '../page/types';
import { citeDocument, citePair, sourceUrl, type Citation } from './citation';
import { collapseSpaces, readParagraph, textParagraph, type Paragraph } from './rich-text';

/** A copied piece of a document, before it is rendered to a clipboard flavour. */
interface CopySection {
  heading: string;
  paragraphs: Paragraph[];
}

interface Endnote {
  label: string;
  paragraphs: Paragraph[];
}

export interface CopyDocument {
  sections: CopySection[];
  /** Footnotes referenced in the sections, in order of first reference. */
  endnotes: Endnote[];
  citation: Citation;
}

/** What a copy needs to know about the document around the pair. */
export interface CopySource {
  page: PageInfo;
  footnotes: readonly Footnote[];
}

/** The copied text is Dutch whatever the UI language: it quotes a Dutch document and cites it in Dutch. */
export const NO_ANSWER_TEXT = 'Geen antwoord in dit document.';

function headingText(block: QaBlock, fallback: string): string {
  const text = block.heading ? collapseSpaces(block.heading.textContent ?? '').trim() : '';
  // Older pages head a question with its bare number (`<p class="nummer">1</p>`).
  if (/^\d+[a-z]?$/.test(text))
    return `${block.role === 'question' ? 'Vraag' : 'Antwoord'} ${text}`;
  return text || fallback;
}

function blockParagraphs(block: QaBlock, text: string, source: CopySource): Paragraph[] {
  const base = sourceUrl(source.page);
  const paragraphs = block.paragraphs
    .map((el) => readParagraph(el, source.footnotes, base))
    .filter((p) => p.length > 0);
  return paragraphs.length > 0 ? paragraphs : [textParagraph(text)].filter((p) => p.length > 0);
}

/**
 * The paragraphs of one question. A "Vragen 2 en 3" block with one paragraph per number gives each
 * pair its own paragraph; any other block is copied whole.
 */
function questionParagraphs(pair: QaPair, source: CopySource): Paragraph[] {
  const block = pair.question;
  const index = block.numbers.indexOf(pair.number);
  if (block.numbers.length > 1 && block.paragraphs.length === block.numbers.length && index >= 0) {
    const el = block.paragraphs[index];
    if (el) return [readParagraph(el, source.footnotes, sourceUrl(source.page))];
  }
  return blockParagraphs(block, pair.questionText, source);
}

function pairSections(pair: QaPair, source: CopySource): CopySection[] {
  const sections: CopySection[] = [
    {
      heading:
        pair.question.numbers.length > 1
          ? `Vraag ${pair.number}`
          : headingText(pair.question, `Vraag ${pair.number}`),
      paragraphs: questionParagraphs(pair, source),
    },
  ];
  if (pair.answer) {
    sections.push({
      heading: headingText(pair.answer, `Antwoord ${pair.number}`),
      paragraphs: blockParagraphs(pair.answer, pair.answerText ?? '', source),
    });
  } else if (source.page.kind === 'answer' || source.page.qaList) {
    sections.push({
      heading: `Antwoord ${pair.number}`,
      paragraphs: [textParagraph(NO_ANSWER_TEXT)],
    });
  }
  return sections;
}

/** The footnotes that the sections refer to, each once, in order of first reference. */
function collectEndnotes(sections: readonly CopySection[], source: CopySource): Endnote[] {
  const seen = new Set<string>();
  const notes: Endnote[] = [];
  const base = sourceUrl(source.page);
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      for (const inline of paragraph) {
        if (inline.kind !== 'note' || seen.has(inline.footnoteId)) continue;
        seen.add(inline.footnoteId);
        const note = source.footnotes.find((f) => f.id === inline.footnoteId);
        if (!note) continue;
        notes.push({ label: inline.label, paragraphs: footnoteParagraphs(note, base) });
      }
    }
  }
  return notes;
}

/** A note's body: its paragraphs when the page has them (the KOOP note also holds "X Noot" and the number). */
function footnoteParagraphs(note: Footnote, base: string): Paragraph[] {
  const ps = Array.from(note.element.querySelectorAll('p'))
    .map((p) => readParagraph(p, [], base))
    .filter((p) => p.length > 0);
  return ps.length > 0 ? ps : [textParagraph(note.text)];
}

/** One question, its answer, the notes they cite and the citation of the answer. */
export function composePair(pair: QaPair, source: CopySource): CopyDocument {
  const sections = pairSections(pair, source);
  return {
    sections,
    endnotes: collectEndnotes(sections, source),
    citation: citePair(source.page, pair),
  };
}

/** Every pair in document order, the notes they cite and the citation of the whole document. */
export function composeAll(
  model: Pick<DocumentModel, 'page' | 'pairs' | 'footnotes'>,
): CopyDocument {
  const source: CopySource = { page: model.page, footnotes: model.footnotes };
  const sections = model.pairs.flatMap((pair) => pairSections(pair, source));
  return {
    sections,
    endnotes: collectEndnotes(sections, source),
    citation: citeDocument(model.page),
  };
}
