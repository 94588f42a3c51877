import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { parseDocument } from '@/lib/model/parse';
import { mountSideBySide } from '@/lib/dom/side-by-side';
import { answerGroups } from '@/lib/sources/answer-groups';
import type { LoadedDocument } from '@/lib/sources/load-answers';
import { loadPage } from '../helpers/fixture-page';

function setup(id: string, change?: (html: string) => string) {
  const original = loadPage(id);
  const { url, document: doc } = change ? loadPage(id, change(original.html)) : original;
  const page = detectPage(url, doc)!;
  return { url, doc, page, model: parseDocument(page, doc) };
}

/** kv-tk-2022Z04510 with the 14 answers of ah-tk-20212022-3019 beside its questions. */
function questionWithAnswers(change?: (html: string) => string) {
  const question = setup('kv-tk-2022Z04510', change);
  const answer = setup('ah-tk-20212022-3019');
  const loaded: LoadedDocument = {
    id: 'ah-tk-20212022-3019',
    role: 'answer',
    fromCache: false,
    ...answer,
  };
  return { question, answer, groups: answerGroups(question.model, [loaded]) };
}

/** Ids the imported answers link to inside the page. */
const citedIds = (doc: Document) =>
  Array.from(doc.querySelectorAll('[data-kamerlens="answer"] a.nootnum'), (a) =>
    a.getAttribute('href')!.slice(1),
  );

describe('footnotes of answers imported into a question page', () => {
  it('the notes the answers cite (n2…n8) are copied into the page’s #noten, so every note link leads to its note', () => {
    const { question, answer, groups } = questionWithAnswers();
    const doc = question.doc;
    expect(citedIds(doc)).toEqual([]);
    const handle = mountSideBySide(doc, groups)!;
    const cited = citedIds(doc);
    expect(cited).toEqual(['n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8']);
    for (const id of cited) {
      const target = doc.getElementById(id);
      expect(target, `#${id} exists`).not.toBeNull();
      const note = target!.closest('div.voet')!;
      expect(note.getAttribute('data-kamerlens')).toBe('imported');
      expect(note.parentElement?.id).toBe('noten');
      // The same note text as in the answer document.
      expect(note.textContent).toBe(
        answer.doc.getElementById(id)!.closest('div.voet')!.textContent,
      );
    }
    expect(doc.getElementById('n3')!.closest('div.voet')!.textContent).toContain(
      'Dreigingsbeeld Statelijke Actoren',
    );
    // The question's own note stands in both documents: it is not added twice.
    expect(doc.querySelectorAll('[id="ID-2022Z04510-d37e57"]')).toHaveLength(1);
    expect(doc.querySelectorAll('#noten > [data-kamerlens="imported"]')).toHaveLength(7);
    handle.undo();
  });

  it('undo removes the copied notes: the page is byte for byte as before, twice over', () => {
    const { question, groups } = questionWithAnswers();
    const before = question.doc.documentElement.outerHTML;
    for (let i = 0; i < 2; i++) {
      const handle = mountSideBySide(question.doc, groups)!;
      expect(question.doc.getElementById('n2')).not.toBeNull();
      handle.undo();
      expect(question.doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('a page without #noten gets the notes right after the grid, in citation order', () => {
    // Test data only: the real question page with its notes section taken out.
    const { question, groups } = questionWithAnswers((html) =>
      html.replace(/<div id="noten">[\s\S]*?<\/div>\n<\/div>\n/, '').replace('id="noten"', ''),
    );
    const doc = question.doc;
    const before = doc.documentElement.outerHTML;
    const handle = mountSideBySide(doc, groups)!;
    const after: string[] = [];
    for (
      let el = handle.grid.nextElementSibling;
      el?.getAttribute('data-kamerlens') === 'imported';
      el = el.nextElementSibling
    )
      after.push(el.querySelector('a[id]')!.id);
    expect(after).toEqual(['n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8']);
    handle.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('the page’s own answers (an answer page) add no notes', () => {
    const { doc, model } = setup('ah-tk-20212022-3019');
    const count = doc.querySelectorAll('div.voet').length;
    const handle = mountSideBySide(doc, answerGroups(model, []))!;
    expect(doc.querySelectorAll('div.voet')).toHaveLength(count);
    expect(doc.querySelector('#noten [data-kamerlens]')).toBeNull();
    handle.undo();
  });
});
