import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { parseDocument } from '@/lib/model/parse';
import { fixtureIds, loadPage } from '../helpers/fixture-page';

function model(id: string, html?: string) {
  const { url, document } = loadPage(id, html);
  const page = detectPage(url, document);
  if (!page) throw new Error(`${id} not detected`);
  return parseDocument(page, document);
}

/** The same page with its markup drifted: a transformation of the real fixture's HTML. */
function drift(id: string, change: (html: string) => string) {
  return change(loadPage(id).html);
}

const ANSWER_PAGE = 'ah-tk-20212022-3019';

describe('answer page ah-tk-20212022-3019 (KOOP classes)', () => {
  const m = model(ANSWER_PAGE);

  it('pairs questions 1–14 with their answers, and reports question 15 as unanswered', () => {
    expect(m.strategy).toBe('koop-classes');
    expect(m.pairs.map((p) => p.number)).toEqual(
      Array.from({ length: 15 }, (_, i) => String(i + 1)),
    );
    expect(m.pairs.filter((p) => p.answer).map((p) => p.number)).toHaveLength(14);
    const last = m.pairs[14]!;
    expect(last.answer).toBeNull();
    expect(last.questionText).toBe('Kunt u deze vragen afzonderlijk beantwoorden?');
    expect(m.diagnostics).toContain('Vraag 15 is niet beantwoord.');
  });

  it('keeps the texts whole, without headings or footnote markers', () => {
    const one = m.pairs[0]!;
    expect(one.questionText).toBe(
      'Hoe beoordeelt u dit bericht? Kunt u het gebruik van omstreden Chinese bewakingscamera’s door de Nederlandse overheid ofwel de Nederlandse politie bevestigen?',
    );
    expect(one.answerText).toBe('Ja, de Nederlandse overheid maakt gebruik van Chinese camera’s.');
    const six = m.pairs[5]!;
    expect(six.questionText).toContain('de motie Buitenweg en Verhoeven (30821–90) uit 2019');
    expect(six.answerText).toMatch(/^Daar zijn wij mee bekend\./);
    expect(six.answerText).toContain('(Kamerstuk 32 761 en 30 821, Nr. 152)');
    // Answer 3 spans three paragraphs and has footnote 2 after "infrastructuur".
    expect(m.pairs[2]!.answerText).toContain('in vitale infrastructuur. In relatie tot');
  });

  it('reads intro, footnotes and no notice', () => {
    expect(m.intro[0]).toMatch(/^Vragen van de leden Dekker-Abdulaziz en Van Ginneken/);
    expect(m.footnotes).toHaveLength(8);
    expect(m.footnotes[1]).toMatchObject({ id: 'n2', label: '2' });
    expect(m.notices).toEqual([]);
  });
});

describe('other fixture pages', () => {
  it('the question page yields questions only', () => {
    const m = model('kv-tk-2022Z04510');
    expect(m.pairs).toHaveLength(15);
    expect(m.pairs.every((p) => p.answer === null)).toBe(true);
    expect(m.answers).toHaveLength(0);
  });

  it('older answers numbered by p.nummer', () => {
    const m = model('ah-tk-20142015-1365');
    expect(m.pairs).toHaveLength(1);
    expect(m.pairs[0]!.questionText).toMatch(
      /^Kunt u een overzicht geven van de identiteitsvraagstukken/,
    );
    expect(m.pairs[0]!.answerText).toMatch(/^Identiteitsvraagstukken behelzen voornamelijk/);
  });

  it('a Kamerstuk list of questions and answers: bare numbers and answers without a heading', () => {
    const bare = model('kst-32500-XII-72');
    expect(bare.pairs.map((p) => [p.number, Boolean(p.answer)])).toEqual([
      ['1', true],
      ['2', true],
    ]);
    expect(bare.pairs[1]!.answerText).toMatch(
      /^De Minister van SZW heeft de Kamer per brief d\.d\. 2 mei 2011/,
    );
    const inline = model('kst-31066-444');
    expect(inline.pairs[0]!.number).toBe('1');
    expect(inline.pairs[0]!.questionText).toMatch(/^Waar zijn de cijfers/);
  });

  it('a letter and Handelingen have no pairs and no complaint', () => {
    for (const id of ['kst-35165-9', 'h-tk-20192020-31-8-n1', 'h-tk-20172018-70-6']) {
      const m = model(id);
      expect(m.pairs).toEqual([]);
      expect(m.diagnostics).toEqual([]);
    }
  });

  it('every fixture page parses without throwing', () => {
    for (const id of fixtureIds()) expect(() => model(id)).not.toThrow();
  });
});

describe('markup drift: the same real text without KOOP classes', () => {
  // Class names change; the heading text "Vraag 3" / "Antwoord 3" stays. Strip every class.
  const html = drift(ANSWER_PAGE, (h) =>
    h.replace(/<div class="(vraag|antwoord)">/g, '<div>').replace(/ class="stuktitel no-toc"/g, ''),
  );

  it('falls back to heading text and finds the same pairs', () => {
    const m = model(ANSWER_PAGE, html);
    const original = model(ANSWER_PAGE);
    expect(m.strategy).toBe('heading-text');
    expect(m.pairs.map((p) => [p.number, p.questionText, p.answerText])).toEqual(
      original.pairs.map((p) => [p.number, p.questionText, p.answerText]),
    );
  });

  it('headings as bold paragraphs, all in one flat run', () => {
    const flat = drift(ANSWER_PAGE, (h) =>
      h
        .replace(/<\/div>\n(?=<div class="(vraag|antwoord)"|<div id="noten")/g, '')
        .replace(/<div class="(vraag|antwoord)">\n?/g, '')
        .replace(
          /<h2 class="stuktitel no-toc">(?:<a[^>]*><\/a>)?((?:Vraag|Antwoord) \d+)<\/h2>/g,
          '<p><strong>$1</strong></p>',
        ),
    );
    const m = model(ANSWER_PAGE, flat);
    expect(m.strategy).toBe('heading-text');
    expect(m.pairs.filter((p) => p.answer)).toHaveLength(14);
    expect(m.pairs[5]!.answerText).toMatch(/^Daar zijn wij mee bekend\./);
  });
});

describe('combined answers, sub-numbers, Toelichting (variants of the real page)', () => {
  it('"Antwoord 2 en 3" answers both questions and is one block', () => {
    const html = drift(ANSWER_PAGE, (h) =>
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
    const m = model(ANSWER_PAGE, html);
    const [two, three] = [m.pairs[1]!, m.pairs[2]!];
    expect(two.answer).toBe(three.answer);
    expect(two.combinedWith).toEqual(['3']);
    expect(three.combinedWith).toEqual(['2']);
    expect(three.answerText).toMatch(/^Het gebruik van digitale producten/);
    expect(m.unpairedAnswers).toEqual([]);
  });

  it('"Antwoord op de vragen 4, 5 en 6" and a question block "Vragen 4 en 5" with one paragraph each', () => {
    const html = drift(ANSWER_PAGE, (h) =>
      h
        .replace(
          /<h2 class="stuktitel no-toc"><a id="d16e96" name="d16e96"><\/a>Vraag 4<\/h2>/,
          '<h2 class="stuktitel no-toc"><a id="d16e96" name="d16e96"></a>Vragen 4 en 5</h2>',
        )
        .replace(
          /<\/div>\n<div class="antwoord">\n<h2 class="stuktitel no-toc">Antwoord 4<\/h2>[\s\S]*?<div class="vraag">\n<h2 class="stuktitel no-toc"><a id="d16e114" name="d16e114"><\/a>Vraag 5<\/h2>\n/,
          '',
        )
        .replace(
          '<h2 class="stuktitel no-toc">Antwoord 5</h2>',
          '<h2 class="stuktitel no-toc">Antwoord op de vragen 4, 5 en 6</h2>',
        )
        .replace(
          /<div class="antwoord">\n<h2 class="stuktitel no-toc">Antwoord 6<\/h2>[\s\S]*?<\/div>\n/,
          '',
        ),
    );
    const m = model(ANSWER_PAGE, html);
    const four = m.pairs.find((p) => p.number === '4')!;
    const five = m.pairs.find((p) => p.number === '5')!;
    const six = m.pairs.find((p) => p.number === '6')!;
    expect(four.question).toBe(five.question);
    expect(four.questionText).toMatch(/^Kunt u een update geven over de huidige risico’s/);
    expect(five.questionText).toMatch(/^De VS verwijderde de Hikvision en Dahua apparatuur/);
    expect(four.answer).toBe(six.answer);
    expect(six.combinedWith).toEqual(['4', '5']);
    expect(six.answerText).toMatch(/^Elk land of internationale organisatie/);
  });

  it('sub-numbers "1a" and "1b" pair separately', () => {
    const html = drift(ANSWER_PAGE, (h) =>
      h
        .replace('>Vraag 1</h2>', '>Vraag 1a</h2>')
        .replace('>Antwoord 1</h2>', '>Antwoord 1a</h2>')
        .replace('>Vraag 2</h2>', '>Vraag 1b</h2>')
        .replace('>Antwoord 2</h2>', '>Antwoord 1b</h2>'),
    );
    const m = model(ANSWER_PAGE, html);
    expect(m.pairs.slice(0, 2).map((p) => [p.number, Boolean(p.answer)])).toEqual([
      ['1a', true],
      ['1b', true],
    ]);
  });

  it('an answer to a question that is not on the page is reported, not dropped', () => {
    const html = drift(ANSWER_PAGE, (h) => h.replace('>Antwoord 14</h2>', '>Antwoord 16</h2>'));
    const m = model(ANSWER_PAGE, html);
    expect(m.unpairedAnswers.map((a) => a.numbers)).toEqual([['16']]);
    expect(m.diagnostics).toContain('Antwoord 16 hoort bij geen vraag op deze pagina.');
    expect(m.pairs.find((p) => p.number === '14')!.answer).toBeNull();
  });

  it('the requester’s Toelichting', () => {
    const html = drift('kv-tk-2022Z04510', (h) =>
      h.replace(
        '<div id="noten">',
        '<div class="toelichting"><p>Toelichting:</p><p>Deze vragen dienen ter aanvulling op eerdere vragen.</p></div>\n<div id="noten">',
      ),
    );
    expect(model('kv-tk-2022Z04510', html).toelichting).toBe(
      'Deze vragen dienen ter aanvulling op eerdere vragen.',
    );
  });
});
