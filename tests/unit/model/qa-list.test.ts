import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { parseDocument } from '@/lib/model/parse';
import { mountForModel } from '@/lib/dom/side-by-side';
import { copyPair, plainTextFor } from '@/lib/copy';
import { NO_ANSWER_TEXT } from '@/lib/copy/compose';
import { loadPage } from '../helpers/fixture-page';

/**
 * Kamerstukken that are lists of questions and answers, one real page per printed shape (see
 * tests/fixtures/pages/SOURCES.md), and Kamerstukken that are not.
 */
function model(id: string, html?: string) {
  const { url, document } = loadPage(id, html);
  const page = detectPage(url, document);
  if (!page) throw new Error(`${id} not detected`);
  return { page, model: parseDocument(page, document), document };
}

const summary = (id: string, html?: string) =>
  model(id, html).model.pairs.map((p) => [p.number, p.questionText, p.answerText]);

describe('detection: which Kamerstuk is a list of questions and answers', () => {
  it.each([
    [
      'kst-32500-XII-72',
      ['title:vragen-en-antwoorden', 'body:afgedrukt', 'body:div.vraag+div.antwoord'],
    ],
    [
      'kst-31066-444',
      ['title:vragen-en-antwoorden', 'body:afgedrukt', 'body:div.vraag+div.antwoord'],
    ],
    ['kst-31865-214', ['title:vragen-en-antwoorden', 'body:afgedrukt']],
    ['kst-23645-646', ['title:vragen-en-antwoorden', 'body:afgedrukt']],
    ['kst-36100-4', ['title:vragen-en-antwoorden', 'body:afgedrukt']],
    ['kst-36360-VIII-8', ['title:vragen-en-antwoorden', 'body:afgedrukt']],
    // Its title names only the dossier: the committee's intro alone says what it is.
    ['kst-31444-XVI-6', ['body:afgedrukt']],
  ])('%s is a list, by %j', (id, signals) => {
    const { page } = model(id);
    expect(page.qaList).toBe(true);
    expect(page.kind).toBe('other');
    for (const signal of signals) expect(page.signals).toContain(signal);
  });

  it.each(['kst-35165-9', 'kst-30821-90'])('%s (a letter, a motion) is not', (id) => {
    const { page, model: m } = model(id);
    expect(page.qaList).toBe(false);
    expect(page.signals.filter((s) => /vragen|afgedrukt|antwoord/.test(s))).toEqual([]);
    expect(m.pairs).toEqual([]);
    expect(m.strategy).toBe('none');
  });

  it('a letter that quotes "Vraag 3" and "Antwoord 3" headings once is still left alone', () => {
    const html = loadPage('kst-35165-9').html.replace(
      /(<p>In 2019 wordt)/,
      '<p>Vraag 3</p><p>Hoe verliep de telling?</p><p>Antwoord 3</p><p>Goed.</p>$1',
    );
    const { page, model: m } = model('kst-35165-9', html);
    expect(page.qaList).toBe(false);
    expect(m.pairs).toEqual([]);
  });

  it('a letter whose title names "vragen en antwoorden" but that has no numbered questions and no list intro gets no pairs', () => {
    const html = loadPage('kst-35165-9')
      .html.replace(
        /<meta name="DC.title" content="[^"]*">/,
        '<meta name="DC.title" content="Brief over de vragen en antwoorden">',
      )
      .replace(/(<p>In 2019 wordt)/, '<p>Hoe verliep de telling?</p><p>Goed.</p>$1');
    const { page, model: m } = model('kst-35165-9', html);
    expect(page.qaList).toBe(true);
    expect(m.pairs).toEqual([]);
    expect(m.strategy).toBe('none');
  });

  it('Kamervragen and Handelingen are never lists', () => {
    for (const id of ['ah-tk-20212022-3019', 'kv-tk-2022Z04510', 'h-tk-20192020-31-8-n1'])
      expect(model(id).page.qaList).toBe(false);
  });
});

describe('pairing per shape', () => {
  it('"Vraag 1" … "Antwoord op vraag 1:" with sub-headings in the answer (kst-31865-214)', () => {
    const { model: m } = model('kst-31865-214');
    expect(m.strategy).toBe('qa-list');
    const [one] = m.pairs;
    expect(m.pairs).toHaveLength(1);
    expect(one!.questionText).toBe(
      'Tot op welk niveau zijn er cijfers bekend over de zorguitgaven in het lopende jaar op het moment dat de Voorjaarsnota wordt ingediend? Kunt u daarvan inzicht geven per zorgsector?',
    );
    expect(one!.answerText).toMatch(
      /^Zvw Voor de uitgaven die vallen onder de Zorgverzekeringswet/,
    );
    expect(one!.answerText).toMatch(/Wlz Voor de uitgaven .* nog geen cijfers bekend\.$/);
    expect(one!.answer!.heading?.textContent).toBe('Antwoord op vraag 1:');
    expect(m.diagnostics).toEqual([]);
  });

  it('"Vraag 1" … "Antwoord 1" (kst-23645-646)', () => {
    const { model: m } = model('kst-23645-646');
    expect(m.pairs).toHaveLength(1);
    expect(m.pairs[0]!.questionText).toMatch(/^Kunt u de huidige bestuursstructuur van Translink/);
    expect(m.pairs[0]!.answer!.paragraphs).toHaveLength(3);
    expect(m.pairs[0]!.answerText).toMatch(/moeten worden genomen met unanimiteit\.$/);
  });

  it('"Vraag 1", then the answer after a paragraph break only (kst-36100-4)', () => {
    expect(summary('kst-36100-4')).toEqual([
      [
        '1',
        'Waarom neemt de Algemene Rekenkamer niet het hele Financieel Jaarverslag van het Rijk mee in haar beoordeling?',
        expect.stringMatching(
          /^In de artikelen 7\.12, 7\.13 en 7\.14 .* en wat wij derhalve niet controleren\.$/,
        ),
      ],
    ]);
    const { model: m } = model('kst-36100-4');
    expect(m.pairs[0]!.answer!.heading).toBeNull();
    expect(m.pairs[0]!.answer!.paragraphs).toHaveLength(2);
  });

  it('a bare number, footnotes in the question, the answer after a paragraph break (kst-36360-VIII-8)', () => {
    const { model: m } = model('kst-36360-VIII-8');
    expect(m.pairs.map((p) => p.number)).toEqual(['1']);
    // Footnote markers ("ARK1", "20222") are not part of the text.
    expect(m.pairs[0]!.questionText).toMatch(
      /^Welke opvolging wordt gegeven aan de conclusies van de ARK dat voor de Subsidieregeling verbetering basisvaardigheden 2022, Subsidieregeling School/,
    );
    expect(m.pairs[0]!.answerText).toMatch(/^De in 2022 verbeterde opzet/);
    expect(m.footnotes).toHaveLength(4);
  });

  it('no numbers at all: each asking paragraph starts a question, numbered in order (kst-31444-XVI-6)', () => {
    const { model: m } = model('kst-31444-XVI-6');
    expect(m.pairs.map((p) => [p.number, p.questionText, p.answer?.paragraphs.length])).toEqual([
      [
        '1',
        'Welke maatregelen gaat u in samenwerking met het ministerie van Financiën nemen om de problemen bij de uitvoering van de zorgtoeslag op te lossen?',
        1,
      ],
      [
        '2',
        'Hoe staat het met het terugbetalen van de teveelbetaalde inkomensafhankelijke zorgpremie over 2006?',
        2,
      ],
    ]);
    expect(m.pairs[1]!.answerText).toMatch(/citeer ik de relevante passage uit deze rapportage:$/);
    expect(m.diagnostics).toEqual(['Vragen zonder nummer: genummerd op volgorde.']);
  });

  it('KOOP classes still win where the page has them (kst-32500-XII-72)', () => {
    expect(model('kst-32500-XII-72').model.strategy).toBe('koop-classes');
  });
});

describe('pairing per shape: the same real text in other printed forms', () => {
  // kst-31066-444 without KOOP's blocks: "1. Waar zijn …?" inline, then the answer.
  const plain = loadPage('kst-31066-444')
    .html.replace(/<div class="(?:vraag|antwoord)">\n/g, '')
    .replace(/<\/p>\n<\/div>\n/g, '</p>\n')
    .replace('<span class="nummer">1.</span>', '1.');

  it('"1. question?" inline, then the answer after a paragraph break', () => {
    const pairs = summary('kst-31066-444', plain);
    expect(pairs).toEqual(summary('kst-31066-444'));
    expect(model('kst-31066-444', plain).model.strategy).toBe('qa-list');
  });

  it('"Antwoord:" inline before the answer', () => {
    const html = plain.replace('<p>In de 20e', '<p>Antwoord: In de 20e');
    expect(summary('kst-31066-444', html)).toEqual(summary('kst-31066-444'));
  });

  it('"Antwoord op vraag 1:" inline before the answer', () => {
    const html = plain.replace('<p>In de 20e', '<p>Antwoord op vraag 1: In de 20e');
    expect(summary('kst-31066-444', html)).toEqual(summary('kst-31066-444'));
  });

  it('"Vragen 1 en 2" with one paragraph each, "Antwoord 1 en 2" answering both', () => {
    const html = loadPage('kst-32500-XII-72')
      .html.replace(/<div class="(?:vraag|antwoord)">\n/g, '')
      .replace(/<\/p>\n<\/div>\n/g, '</p>\n')
      .replace('<p class="nummer">1</p>', '<p>Vragen 1 en 2</p>')
      .replace(
        /(<p>De motie Mastwijk[\s\S]*?<\/p>\n)<p class="nummer">2<\/p>\n(<p>Wanneer[\s\S]*?<\/p>\n)/,
        '$2$1',
      )
      .replace('<p>De motie Mastwijk', '<p>Antwoord 1 en 2</p>\n<p>De motie Mastwijk');
    const { model: m } = model('kst-32500-XII-72', html);
    expect(m.pairs.map((p) => p.number)).toEqual(['1', '2']);
    expect(m.pairs[0]!.questionText).toMatch(/^Kunt u de Kamer informeren/);
    expect(m.pairs[1]!.questionText).toMatch(/^Wanneer wordt de Kamer uiterlijk/);
    expect(m.pairs[0]!.answer).toBe(m.pairs[1]!.answer);
    expect(m.pairs[1]!.combinedWith).toEqual(['1']);
  });

  it('a numbered list inside an answer does not start new questions', () => {
    const html = loadPage('kst-36100-4').html.replace(
      '<p>De infographic',
      '<p>1. de rijksrekening;</p>\n<p>2. de rijkssaldibalans.</p>\n<p>De infographic',
    );
    const { model: m } = model('kst-36100-4', html);
    expect(m.pairs.map((p) => p.number)).toEqual(['1']);
    expect(m.pairs[0]!.answer!.paragraphs).toHaveLength(4);
  });
});

describe('a list with a question left unanswered', () => {
  // kst-36100-4 with question 2 of the real document (its answer is beyond the stored text).
  const html = loadPage('kst-36100-4').html.replace(
    '<!-- De opgeslagen',
    '<p><strong>Vraag 2</strong></p>\n<p>Waarom heeft de Algemene Rekenkamer toch een verklaring van goedkeuring afgegeven, gelet op het gegeven dat de tolerantiegrens van één procent voor het derde jaar op een rij is overschreden?</p>\n<!-- De opgeslagen',
  );

  it('says so in the diagnostics and in a copy of that pair', () => {
    const { model: m } = model('kst-36100-4', html);
    expect(m.pairs.map((p) => [p.number, p.answer === null])).toEqual([
      ['1', false],
      ['2', true],
    ]);
    expect(m.diagnostics).toEqual(['Vraag 2 is niet beantwoord.']);
    const plain = plainTextFor(copyPair(m.pairs[1]!, m)!, 'plain');
    expect(plain).toContain(`Antwoord 2\n\n${NO_ANSWER_TEXT}`);
  });
});

describe('the grid on a list page', () => {
  it.each(['kst-31444-XVI-6', 'kst-36100-4', 'kst-31865-214'])(
    '%s: each question beside its answer, and undo gives the page back exactly',
    (id) => {
      const { model: m, document } = model(id);
      const before = document.body.innerHTML;
      const handle = mountForModel(document, m)!;
      expect(handle.groups.map((g) => g.group.numbers)).toEqual(m.pairs.map((p) => [p.number]));
      for (const { element, group } of handle.groups) {
        const question = element.querySelector('[data-kamerlens="question"]')!;
        const answer = element.querySelector('[data-kamerlens="answer"]')!;
        expect(question.textContent).toContain(group.questions[0]!.text.slice(0, 40));
        expect(answer.textContent).toContain(group.answers[0]!.text.slice(-40));
      }
      handle.undo();
      expect(document.body.innerHTML).toBe(before);
    },
  );
});
