import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { parseDocument } from '@/lib/model/parse';
import { groupPairs } from '@/lib/model/groups';
import { mountSideBySide } from '@/lib/dom/side-by-side';
import { loadPage } from '../helpers/fixture-page';

/** A fixture page (optionally a variant of its real HTML), detected and parsed. */
function setup(id: string, change?: (html: string) => string) {
  const original = loadPage(id);
  const { url, document: doc } = change ? loadPage(id, change(original.html)) : original;
  const page = detectPage(url, doc)!;
  return { doc, model: parseDocument(page, doc) };
}

describe('side by side on ah-tk-20212022-3019', () => {
  it('puts each question and its answer in one group, in order, with the unanswered question marked', () => {
    const { doc, model } = setup('ah-tk-20212022-3019');
    const handle = mountSideBySide(doc, groupPairs(model.pairs))!;
    const groups = Array.from(doc.querySelectorAll('[data-kamerlens="group"]'));
    expect(groups).toHaveLength(15);
    groups.slice(0, 14).forEach((group, i) => {
      const n = String(i + 1);
      const q = group.querySelector('[data-kamerlens="question"]')!;
      const a = group.querySelector('[data-kamerlens="answer"]')!;
      expect(q.getAttribute('data-kl-number')).toBe(n);
      expect(q.querySelector('div.vraag h2')!.textContent).toBe(`Vraag ${n}`);
      expect(a.querySelector('div.antwoord h2')!.textContent).toBe(`Antwoord ${n}`);
    });
    const last = groups[14]!;
    expect(last.querySelector('[data-kamerlens="unanswered"]')!.textContent).toBe(
      'Niet beantwoord in dit document',
    );
    expect(last.querySelector('[data-kamerlens="answer"]')).toBeNull();
    // Nodes are moved, not cloned: the footnote anchor and the heading anchors are still unique.
    expect(doc.querySelectorAll('#d16e45')).toHaveLength(1);
    expect(doc.querySelectorAll('a.nootnum[href="#n2"]')).toHaveLength(1);
    expect(doc.querySelectorAll('#broodtekst > div.vraag')).toHaveLength(0);
    handle.undo();
  });

  it('undo restores the original DOM byte for byte, and toggling twice is the same', () => {
    const { doc, model } = setup('ah-tk-20212022-3019');
    const before = doc.documentElement.outerHTML;
    for (let i = 0; i < 2; i++) {
      const handle = mountSideBySide(doc, groupPairs(model.pairs))!;
      expect(doc.documentElement.outerHTML).not.toBe(before);
      handle.undo();
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('a combined answer spans the rows of the questions it answers', () => {
    const { doc, model } = setup('ah-tk-20212022-3019', (h) =>
      h
        .replace(
          '<h2 class="stuktitel no-toc">Antwoord 2</h2>',
          '<h2 class="stuktitel no-toc">Antwoord 2 en 3</h2>',
        )
        .replace(
          /<div class="antwoord">\n<h2 class="stuktitel no-toc">Antwoord 3<\/h2>[\s\S]*?<\/div>\n/,
          '',
        ),
    );
    const before = doc.documentElement.outerHTML;
    const handle = mountSideBySide(doc, groupPairs(model.pairs))!;
    const group = doc.querySelector(
      '[data-kamerlens="group"][data-kl-numbers="2 3"]',
    ) as HTMLElement;
    expect(group).not.toBeNull();
    expect(group.querySelectorAll('[data-kamerlens="question"]')).toHaveLength(2);
    expect(group.querySelectorAll('[data-kamerlens="answer"]')).toHaveLength(1);
    expect(group.style.getPropertyValue('--kl-rows')).toBe('2');
    expect(doc.querySelectorAll('[data-kamerlens="group"]')).toHaveLength(14);
    handle.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('answers from another document are imported copies, marked with their source', () => {
    const question = setup('kv-tk-2022Z04510');
    const answer = setup('ah-tk-20212022-3019');
    const answerFor = new Map(answer.model.pairs.map((p) => [p.number, p]));
    const pairs = question.model.pairs.map((p) => {
      const a = answerFor.get(p.number)?.answer ?? null;
      return { ...p, answer: a, answerText: a?.text ?? null };
    });
    const before = question.doc.documentElement.outerHTML;
    const handle = mountSideBySide(
      question.doc,
      groupPairs(pairs, { href: 'ah-tk-20212022-3019.html', label: 'Aanhangsel 3019' }),
    )!;
    const cells = question.doc.querySelectorAll('[data-kamerlens="answer"]');
    expect(cells).toHaveLength(14);
    expect(cells[0]!.querySelector('[data-kamerlens="imported"] h2')!.textContent).toBe(
      'Antwoord 1',
    );
    expect(cells[0]!.querySelector('.kamerlens-source a')!.getAttribute('href')).toBe(
      'ah-tk-20212022-3019.html',
    );
    // The source line is our label (never annotated); the copies are listed with their document.
    expect(cells[0]!.querySelector('.kamerlens-source')!.getAttribute('data-kamerlens')).toBe(
      'source',
    );
    const copies = Array.from(question.doc.querySelectorAll('[data-kamerlens="imported"]'));
    expect(handle.imported.map((b) => b.copy)).toEqual(copies);
    expect(handle.imported.every((b) => b.from === answer.doc)).toBe(true);
    expect(copies.filter((c) => c.closest('#noten')).map((c) => c.id)).toHaveLength(7);
    // The answer document itself is untouched.
    expect(answer.doc.querySelectorAll('div.antwoord')).toHaveLength(14);
    handle.undo();
    expect(question.doc.documentElement.outerHTML).toBe(before);
  });

  it('an answer and a later nader antwoord: each block labelled with its own document, in order', () => {
    const question = setup('kv-tk-2022Z04510');
    const answer = setup('ah-tk-20212022-3019');
    // Test data only: the same real answer text standing in for a second (nader) answer document.
    const nader = setup('ah-tk-20212022-3019', (h) => h.replaceAll('3019', '3020'));
    const first = new Map(answer.model.pairs.map((p) => [p.number, p.answer]));
    const second = new Map(nader.model.pairs.map((p) => [p.number, p.answer]));
    const groups = groupPairs(question.model.pairs);
    const sourceOf = (nr: string, lead: string) => ({
      href: `ah-tk-20212022-${nr}.html`,
      label: `Aanhangsel ${nr}`,
      lead,
    });
    for (const group of groups.slice(0, 2)) {
      group.answers = [first.get(group.numbers[0]!)!, second.get(group.numbers[0]!)!];
      group.sources = [sourceOf('3019', 'Antwoord uit'), sourceOf('3020', 'Nader antwoord uit')];
    }
    const before = question.doc.documentElement.outerHTML;
    const handle = mountSideBySide(question.doc, groups.slice(0, 2))!;
    const cell = question.doc.querySelector('[data-kamerlens="answer"][data-kl-numbers~="1"]')!;
    // Note, its answer, note, its answer: in document order.
    const sequence = Array.from(cell.children).map((el) =>
      el.classList.contains('kamerlens-source')
        ? `${el.textContent} → ${el.querySelector('a')!.getAttribute('href')}`
        : el.querySelector('h2')!.textContent,
    );
    expect(sequence).toEqual([
      'Antwoord uit Aanhangsel 3019 → ah-tk-20212022-3019.html',
      'Antwoord 1',
      'Nader antwoord uit Aanhangsel 3020 → ah-tk-20212022-3020.html',
      'Antwoord 1',
    ]);
    handle.undo();
    expect(question.doc.documentElement.outerHTML).toBe(before);
  });

  it('blocks from one document under one note; a group-wide source still labels them all once', () => {
    const question = setup('kv-tk-2022Z04510');
    const answer = setup('ah-tk-20212022-3019');
    const first = new Map(answer.model.pairs.map((p) => [p.number, p.answer]));
    const source = { href: 'ah-tk-20212022-3019.html', label: 'Aanhangsel 3019' };
    const [one, two] = groupPairs(question.model.pairs);
    const combined = {
      ...one!,
      numbers: ['1', '2'],
      questions: [...one!.questions, ...two!.questions],
      answers: [first.get('1')!, first.get('2')!],
    };
    for (const group of [
      { ...combined, sources: [source, source] },
      { ...combined, source },
    ]) {
      const handle = mountSideBySide(question.doc, [group])!;
      const notes = question.doc.querySelectorAll('[data-kamerlens="answer"] .kamerlens-source');
      expect(Array.from(notes, (n) => n.textContent)).toEqual(['Antwoord uit Aanhangsel 3019']);
      handle.undo();
    }
  });

  it('nothing to show: no grid', () => {
    const { doc, model } = setup('kst-35165-9');
    expect(mountSideBySide(doc, groupPairs(model.pairs))).toBeNull();
    expect(doc.querySelector('[data-kamerlens]')).toBeNull();
  });
});
