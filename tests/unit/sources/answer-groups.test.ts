import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/model/parse';
import { detectPage } from '../../../lib/page/detect';
import { answerGroups } from '../../../lib/sources/answer-groups';
import type { LoadedDocument } from '../../../lib/sources/load-answers';
import { SITE, htmlDoc, pageHtml } from './fixtures';

const parsed = (id: string, html = pageHtml(id)) => {
  const doc = htmlDoc(html);
  const page = detectPage(`${SITE}/${id}.html`, doc)!;
  return { doc, page, model: parseDocument(page, doc) };
};

const loaded = (id: string, role: LoadedDocument['role'], html?: string): LoadedDocument => {
  const p = parsed(id, html);
  return { id, url: `${SITE}/${id}.html`, role, ...p, fromCache: false };
};

describe('answerGroups on kv-tk-2022Z04510', () => {
  const question = parsed('kv-tk-2022Z04510');

  it('puts each of the 14 answers of ah-tk-20212022-3019 with its own question; 15 stays unanswered', () => {
    const answer = loaded('ah-tk-20212022-3019', 'answer');
    const groups = answerGroups(question.model, [answer]);
    expect(groups).toHaveLength(15);
    for (const group of groups.slice(0, 14)) {
      expect(group.questions[0]!.nodes[0]!.ownerDocument).toBe(question.doc);
      expect(group.answers).toHaveLength(1);
      expect(group.answers[0]!.numbers).toEqual(group.numbers);
      expect(group.answers[0]!.nodes[0]!.ownerDocument).toBe(answer.doc);
      expect(group.sources).toEqual([
        {
          href: `${SITE}/ah-tk-20212022-3019.html`,
          label: 'Aanhangsel Handelingen II 2021/22, nr. 3019',
          lead: 'Antwoord uit',
        },
      ]);
    }
    expect(groups[14]).toMatchObject({ numbers: ['15'], answers: [] });
    expect(groups[14]!.sources).toBeUndefined();
    expect(groups[0]!.answers[0]!.text).toBe(
      'Ja, de Nederlandse overheid maakt gebruik van Chinese camera’s.',
    );
  });

  it('a later document (nader antwoord) adds its answers after the first, each block with its own source', () => {
    // Test data only: the same real answer text under a second id, answering question 15 too.
    const nader = pageHtml('ah-tk-20212022-3019')
      .replaceAll('ah-tk-20212022-3019', 'ah-tk-20212022-nader-test')
      .replace(
        '<div id="noten">',
        '<div class="antwoord">\n<h2 class="stuktitel no-toc">Antwoord 15</h2>\n<p>Ja.</p>\n</div>\n<div id="noten">',
      );
    const first = loaded('ah-tk-20212022-3019', 'answer');
    const second = loaded('ah-tk-20212022-nader-test', 'nader-antwoord', nader);
    const groups = answerGroups(question.model, [first, second]);
    const g1 = groups[0]!;
    expect(g1.answers.map((a) => a.nodes[0]!.ownerDocument)).toEqual([first.doc, second.doc]);
    expect(g1.sources?.map((s) => `${s?.lead} ${s?.label}`)).toEqual([
      'Antwoord uit Aanhangsel Handelingen II 2021/22, nr. 3019',
      'Nader antwoord uit Aanhangsel Handelingen II 2021/22, nr. nader-test',
    ]);
    expect(g1.sources?.map((s) => s?.href)).toEqual([
      `${SITE}/ah-tk-20212022-3019.html`,
      `${SITE}/ah-tk-20212022-nader-test.html`,
    ]);
    const g15 = groups[14]!;
    expect(g15.answers.map((a) => a.text)).toEqual(['Ja.']);
    expect(g15.sources).toEqual([
      expect.objectContaining({
        href: `${SITE}/ah-tk-20212022-nader-test.html`,
        lead: 'Nader antwoord uit',
      }),
    ]);
  });

  it('the words before the link come from the caller (the UI language)', () => {
    const answer = loaded('ah-tk-20212022-3019', 'answer');
    const groups = answerGroups(question.model, [answer], {
      answer: 'Answer from',
      naderAntwoord: 'Further answer from',
    });
    expect(groups[0]!.sources?.[0]?.lead).toBe('Answer from');
  });

  it('no answer documents: every question without an answer', () => {
    expect(answerGroups(question.model, []).every((g) => g.answers.length === 0)).toBe(true);
  });
});
