import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { copyAll, copyCitation, copyPair, plainTextFor } from '../../../lib/copy';
import type { QaBlock, QaPair } from '../../../lib/model/types';
import { loadFixture } from './fixture';
import {
  CITATION_3,
  EXPECTED_HTML_3,
  EXPECTED_MARKDOWN_3,
  EXPECTED_PLAIN_3,
  SOURCE_URL,
} from './pair-3';

const answerPage = loadFixture('ah-tk-20212022-3019').model;
const pairOf = (n: string): QaPair => {
  const pair = answerPage.pairs.find((p) => p.number === n);
  if (!pair) throw new Error(`no pair ${n}`);
  return pair;
};

describe('copy a pair (ah-tk-20212022-3019)', () => {
  it('pair 3 as plain text: question, answer, the one note it cites, citation and URL', () => {
    expect(copyPair(pairOf('3'), answerPage).plain).toBe(EXPECTED_PLAIN_3);
  });

  it('pair 3 as HTML: bold headings, note as superscript, linked source', () => {
    expect(copyPair(pairOf('3'), answerPage).html).toBe(EXPECTED_HTML_3);
  });

  it('pair 3 as Markdown: bold headings, a Markdown footnote, escaped brackets', () => {
    expect(copyPair(pairOf('3'), answerPage).markdown).toBe(EXPECTED_MARKDOWN_3);
  });

  it('pair 1 takes the question’s footnote 1 along, and no other note', () => {
    expect(copyPair(pairOf('1'), answerPage).plain).toBe(
      [
        'Vraag 1',
        'Hoe beoordeelt u dit bericht? Kunt u het gebruik van omstreden Chinese bewakingscamera’s door de Nederlandse overheid ofwel de Nederlandse politie bevestigen?[1]',
        'Antwoord 1',
        'Ja, de Nederlandse overheid maakt gebruik van Chinese camera’s.',
        'Noten\n[1] [Plaatshouder] Vindplaats van het nieuwsbericht waarop de vragen betrekking hebben (in de echte publicatie: titel, medium en webadres van het bericht).',
        `Bron: Aanhangsel Handelingen II 2021/22, nr. 3019, antwoord op vraag 1 (2022Z04510), ${SOURCE_URL}`,
      ].join('\n\n'),
    );
  });

  it('pair 2 cites no note, so there is no notes block', () => {
    const { plain, html } = copyPair(pairOf('2'), answerPage);
    expect(plain).not.toContain('Noten');
    expect(html).not.toContain('<sup>');
  });

  it('question 15 has no answer on the answer page and says so', () => {
    expect(copyPair(pairOf('15'), answerPage).plain).toBe(
      [
        'Vraag 15',
        'Kunt u deze vragen afzonderlijk beantwoorden?',
        'Antwoord 15',
        'Geen antwoord in dit document.',
        `Bron: Aanhangsel Handelingen II 2021/22, nr. 3019, vraag 15 (2022Z04510), ${SOURCE_URL}`,
      ].join('\n\n'),
    );
  });

  it('the copy format decides what text/plain holds', () => {
    const payload = copyPair(pairOf('3'), answerPage);
    expect(plainTextFor(payload, 'plain')).toBe(payload.plain);
    expect(plainTextFor(payload, 'markdown')).toBe(payload.markdown);
  });
});

describe('copy all', () => {
  it('has every pair in order, each note once in order of first reference, and the document citation', () => {
    const { plain } = copyAll(answerPage);
    const headings = plain.split('\n\n').filter((b) => /^(Vraag|Antwoord) \d+$/.test(b));
    expect(headings).toHaveLength(30);
    expect(headings.slice(0, 4)).toEqual(['Vraag 1', 'Antwoord 1', 'Vraag 2', 'Antwoord 2']);
    const notes = plain
      .slice(plain.indexOf('\n\nNoten\n') + 8)
      .split('\n\n')[0]!
      .split('\n');
    expect(notes.map((n) => n.slice(0, 3))).toEqual([
      '[1]',
      '[2]',
      '[3]',
      '[4]',
      '[5]',
      '[6]',
      '[7]',
      '[8]',
    ]);
    expect(
      plain.endsWith(
        `Bron: Aanhangsel Handelingen II 2021/22, nr. 3019 (2022Z04510), ${SOURCE_URL}`,
      ),
    ).toBe(true);
  });

  it('on the question page lists questions only, without "no answer" lines', () => {
    const { model } = loadFixture('kv-tk-2022Z04510');
    const { plain } = copyAll(model);
    expect(plain).not.toContain('Antwoord');
    expect(plain).not.toContain('Geen antwoord');
    expect(
      plain.endsWith(
        'Bron: Kamervragen 2022Z04510 (ingezonden 10 maart 2022), https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510.html',
      ),
    ).toBe(true);
  });
});

describe('citations', () => {
  it('answer: Aanhangsel Handelingen II with the answer and the zaak number', () => {
    expect(copyCitation(answerPage.page, pairOf('3'))).toEqual({
      plain: `${CITATION_3}, ${SOURCE_URL}`,
      html: `${CITATION_3}, <a href="${SOURCE_URL}">${SOURCE_URL}</a>`,
      markdown: `${CITATION_3}, <${SOURCE_URL}>`,
    });
    expect(copyCitation(answerPage.page).plain).toBe(
      `Aanhangsel Handelingen II 2021/22, nr. 3019 (2022Z04510), ${SOURCE_URL}`,
    );
  });

  it('question page: Kamervragen with the zaak number and the date sent in', () => {
    const { model } = loadFixture('kv-tk-2022Z04510');
    const pair = model.pairs.find((p) => p.number === '3')!;
    expect(copyCitation(model.page, pair).plain).toBe(
      'Kamervragen 2022Z04510 (ingezonden 10 maart 2022), vraag 3, https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510.html',
    );
  });

  it('Eerste Kamer: Handelingen I', () => {
    const page = {
      ...answerPage.page,
      id: 'ah-ek-20212022-12',
      baseId: 'ah-ek-20212022-12',
      chamber: 'ek' as const,
      aanhangselNummer: '12',
    };
    expect(copyCitation(page).plain).toBe(
      'Aanhangsel Handelingen I 2021/22, nr. 12 (2022Z04510), https://zoek.officielebekendmakingen.nl/ah-ek-20212022-12.html',
    );
  });

  it('older answer without a zaak number', () => {
    const { model } = loadFixture('ah-tk-20142015-1365');
    expect(copyCitation(model.page, model.pairs[0]).plain).toBe(
      'Aanhangsel Handelingen II 2014/15, nr. 1365, antwoord op vraag 1, https://zoek.officielebekendmakingen.nl/ah-tk-20142015-1365.html',
    );
  });

  it('Kamerstuk and Handelingen', () => {
    expect(copyCitation(loadFixture('kst-32500-XII-72').model.page).plain).toBe(
      'Kamerstukken II 2010/11, 32500 XII, nr. 72, https://zoek.officielebekendmakingen.nl/kst-32500-XII-72.html',
    );
    expect(copyCitation(loadFixture('h-tk-20192020-31-8-n1').model.page).plain).toBe(
      'Handelingen II 2019/20, nr. 31, item 8, https://zoek.officielebekendmakingen.nl/h-tk-20192020-31-8-n1.html',
    );
  });

  it('a bare-number heading ("1") is copied as "Vraag 1"', () => {
    const { model } = loadFixture('kst-32500-XII-72');
    expect(
      copyPair(model.pairs[0]!, model).plain.startsWith('Vraag 1\n\nKunt u de Kamer informeren'),
    ).toBe(true);
  });
});

describe('page text is escaped, links are kept', () => {
  // A hand-built pair around real text with a relative link, hostile markup in text, and a script link.
  const { window } = new JSDOM('<!doctype html><body></body>', { url: SOURCE_URL });
  const doc = window.document;
  const q = doc.createElement('p');
  q.append('Bent u bekend met de motie Buitenweg en Verhoeven (');
  const link = doc.createElement('a');
  link.setAttribute('href', 'kst-30821-90.html');
  link.textContent = '30821–90';
  q.append(link, ') <script>alert(1)</script> & *dit*?');
  const a = doc.createElement('p');
  const bad = doc.createElement('a');
  bad.setAttribute('href', 'javascript:alert(1)');
  bad.textContent = 'Daar zijn wij mee bekend.';
  a.append(bad);
  const block = (role: 'question' | 'answer', p: Element): QaBlock => ({
    role,
    numbers: ['6'],
    heading: null,
    nodes: [p],
    paragraphs: [p],
    text: p.textContent ?? '',
  });
  const pair: QaPair = {
    number: '6',
    question: block('question', q),
    questionText: q.textContent ?? '',
    answer: block('answer', a),
    answerText: a.textContent,
    combinedWith: [],
  };
  const payload = copyPair(pair, { page: answerPage.page, footnotes: [] });

  it('HTML escapes page text and keeps the link, made absolute', () => {
    expect(payload.html.split('\n')[1]).toBe(
      '<p>Bent u bekend met de motie Buitenweg en Verhoeven (<a href="https://zoek.officielebekendmakingen.nl/kst-30821-90.html">30821–90</a>) &lt;script&gt;alert(1)&lt;/script&gt; &amp; *dit*?</p>',
    );
  });

  it('a javascript: link loses its href', () => {
    expect(payload.html.split('\n')[3]).toBe('<p>Daar zijn wij mee bekend.</p>');
    expect(payload.markdown).not.toContain('javascript:');
  });

  it('Markdown escapes emphasis and markup characters and keeps the link', () => {
    expect(payload.markdown.split('\n\n')[1]).toBe(
      'Bent u bekend met de motie Buitenweg en Verhoeven ([30821–90](https://zoek.officielebekendmakingen.nl/kst-30821-90.html)) \\<script\\>alert(1)\\</script\\> & \\*dit\\*?',
    );
  });
});

describe('copy: footnote links with malformed escapes', () => {
  it('reads a link to #%E0%A4%A as a plain fragment, never a URIError', async () => {
    const { readParagraph } = await import('../../../lib/copy/rich-text');
    const doc = new JSDOM(
      '<p id="p">Zie noot<a href="#%E0%A4%A">1</a> en <a href="#n%202">2</a>.</p>' +
        '<div class="voet noot" id="n 2"><p>De tweede noot.</p></div>',
      { url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-3019.html' },
    ).window.document;
    const note = doc.getElementById('n 2')!;
    const paragraph = readParagraph(
      doc.getElementById('p')!,
      [{ id: 'n 2', label: '2', text: 'De tweede noot.', element: note }],
      'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-3019.html',
    );
    expect(paragraph.map((r) => r.kind)).toEqual(['text', 'note', 'text']);
    expect(paragraph[0]).toEqual({ kind: 'text', text: 'Zie noot1 en ' });
    expect(paragraph.find((r) => r.kind === 'note')).toMatchObject({ footnoteId: 'n 2' });
  });
});
