/**
 * Answers copied into a question page (lib/recognition/context.ts, copiedTextContext): their
 * relative dates resolve against the answer's own date, as on the answer page, not against the
 * question page's; "vraag 3" jumps to this page's question 3.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/model/parse';
import { detectPage } from '@/lib/page/detect';
import { recognizeAll } from '@/lib/references';
import { copiedTextContext, pageContext } from '@/lib/recognition/context';
import { loadPage } from '../helpers/fixture-page';

function questionPage() {
  const { url, document } = loadPage('kv-tk-2022Z04510');
  const page = detectPage(url, document)!;
  return { document, page, model: parseDocument(page, document) };
}

function answerPageInfo() {
  const { url, document } = loadPage('ah-tk-20212022-3019');
  return detectPage(url, document)!;
}

/** A text node in a cell of the grid with `role`, in `document`. */
function textIn(document: Document, role: string, text: string): Text {
  const cell = document.createElement('div');
  cell.setAttribute('data-kamerlens', role);
  const copy = document.createElement('p');
  copy.setAttribute('data-kamerlens', 'imported');
  copy.textContent = text;
  cell.append(copy);
  document.body.append(cell);
  return copy.firstChild as Text;
}

const datesIn = (text: Text, context: ReturnType<typeof copiedTextContext>) =>
  recognizeAll(text.data, context.at(text))
    .filter((m) => m.kind === 'date')
    .map((m) => (m.kind === 'date' ? m.date : null));

describe('text copied into a question page', () => {
  it('resolves relative dates against the document it was copied from', () => {
    const { document, page, model } = questionPage();
    const context = copiedTextContext(page, model, answerPageInfo());
    // The answer was received on 8 June 2022; the question was submitted on 10 March 2022.
    const inAnswer = textIn(document, 'answer', 'Op 28 mei jl. is het voorstel ingediend.');
    expect(datesIn(inAnswer, context)).toEqual(['2022-05-28']);
    // Read as the question page's own text, the same words mean a year earlier.
    expect(datesIn(inAnswer, pageContext(page, model))).toEqual(['2021-05-28']);
    expect(context.describe).toEqual({ documentDate: '2022-06-08', submitted: '2022-03-10' });
  });

  it("jumps to this page's questions", () => {
    const { document, page, model } = questionPage();
    const context = copiedTextContext(page, model, answerPageInfo());
    const here = pageContext(page, model);
    expect(context.crossrefAnchor('3')).not.toBeNull();
    expect(context.crossrefAnchor('3')).toBe(here.crossrefAnchor('3'));
    const text = textIn(document, 'answer', 'Zie het antwoord op vraag 3.');
    expect(recognizeAll(text.data, context.at(text)).map((m) => m.kind)).toEqual(['crossref']);
  });
});
