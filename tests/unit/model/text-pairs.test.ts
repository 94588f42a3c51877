import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairsFromText } from '@/lib/model/text-pairs';
import { analyzeText } from '@/lib/analyze';

/**
 * Plain text as taken from a PDF or a text copy: real texts in tests/fixtures/text (SOURCES.md
 * there). The page-break cases put the print's page furniture into those real texts, in the form
 * the prints carry it; each test shows where.
 */
const text = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/text', name), 'utf8');

const KST_FOOTER = 'Tweede Kamer, vergaderjaar 2021–2022, 36 100, nr. 4';
const AH_FOOTER = 'Aanhangsel Handelingen II 2021/22, nr. 3173';

const ANSWER_2_START = 'Inwoners van Nederland vertrouwen erop';

describe('pairsFromText on real texts', () => {
  it('"Vraag 1" / "Antwoord 1", lines wrapped at the column (2025D04328)', () => {
    const { pairs, diagnostics } = pairsFromText(text('ah-2025D04328.txt'));
    expect(pairs).toEqual([
      {
        number: '1',
        question:
          'Deelt u de mening dat de Rijksoverheid significant is gegroeid de laatste jaren terwijl de slagvaardigheid niet evenredig is toegenomen? Zo nee, waarom niet?',
        answer: expect.stringMatching(
          /^De Rijksoverheid is inderdaad significant gegroeid\. .* structureel met circa 1 mld\. worden verminderd\.$/,
        ),
      },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('a footnote glued after the question mark ("leefomgeving»1?, 2") and a one-word answer (2022D31072)', () => {
    const { pairs } = pairsFromText(text('ah-2022D31072.txt'));
    expect(pairs.map((p) => [p.number, p.answer?.slice(0, 38)])).toEqual([
      ['1', 'Ja.'],
      ['2', ANSWER_2_START],
    ]);
    expect(pairs[0]!.question).toBe(
      'Bent u bekend met het bericht «Unicef: Nederland biedt kinderen geen gezonde leefomgeving»1?, 2',
    );
  });

  it('"Antwoord op vraag 1:" with a sub-heading line in the answer (kst-31865-214)', () => {
    const { pairs } = pairsFromText(text('kst-31865-214.txt'));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.question).toMatch(/^Tot op welk niveau .* inzicht geven per zorgsector\?$/);
    expect(pairs[0]!.answer).toMatch(
      /^Zvw Voor de uitgaven die vallen onder de Zorgverzekeringswet/,
    );
  });

  it('"Vraag 1" and only a line break before the answer; the intro is not a question (kst-36100-4)', () => {
    const { pairs } = pairsFromText(text('kst-36100-4.txt'));
    expect(pairs.map((p) => p.number)).toEqual(['1', '2']);
    expect(pairs[0]!.question).toBe(
      'Waarom neemt de Algemene Rekenkamer niet het hele Financieel Jaarverslag van het Rijk mee in haar beoordeling?',
    );
    expect(pairs[0]!.answer).toMatch(
      /^In de artikelen 7\.12, 7\.13 en 7\.14 .* wat wij derhalve niet controleren\.$/,
    );
    // The text breaks off after question 2.
    expect(pairs[1]!.question).toMatch(/^Waarom heeft de Algemene Rekenkamer .* overschreden\?$/);
    expect(pairs[1]!.answer).toBeNull();
  });

  it('text without any "Vraag N" gives no pairs', () => {
    expect(pairsFromText('De brief van 26 maart jl. (Kamerstuk 35 165, nr. 2).').pairs).toEqual([]);
  });
});

describe('pairsFromText on text taken from a PDF', () => {
  it('a page footer glued to the heading after it ("… nr. 4 2 Vraag 2")', () => {
    const pdf = text('kst-36100-4.txt').replace('\nVraag 2\n', `\n${KST_FOOTER} 2 Vraag 2\n`);
    const clean = pairsFromText(text('kst-36100-4.txt')).pairs;
    expect(pairsFromText(pdf).pairs).toEqual(clean);
  });

  it('a footer glued to the end of a line, and one on a line of its own inside an answer', () => {
    const pdf = text('ah-2025D04328.txt')
      .replace(
        'Bedrijfsvoering Rijk (JBR) laten dit zien.',
        `Bedrijfsvoering Rijk (JBR) laten dit zien. ${AH_FOOTER} 2`,
      )
      .replace('schoonmaakpersoneel.', `schoonmaakpersoneel.\n${AH_FOOTER}   3`);
    expect(pairsFromText(pdf).pairs).toEqual(pairsFromText(text('ah-2025D04328.txt')).pairs);
  });

  it('the heading "Vraag 2" lost at a page break: the asking lines after the break become question 2', () => {
    const pdf = text('ah-2022D31072.txt').replace('Ja.\nVraag 2\n', `Ja.\n${AH_FOOTER} 2\n`);
    const { pairs, diagnostics } = pairsFromText(pdf);
    expect(pairs.map((p) => [p.number, p.answer?.slice(0, 38)])).toEqual([
      ['1', 'Ja.'],
      ['2', ANSWER_2_START],
    ]);
    expect(pairs[1]!.question).toMatch(
      /^Deelt u de mening dat het zeer zorgelijk is .* Zo nee, waarom niet\?$/,
    );
    expect(diagnostics).toEqual(['Kop van vraag 2 verloren bij een paginagrens: hersteld.']);
  });

  it('the heading "Antwoord 1" lost at a page break: the lines after the break answer question 1', () => {
    const pdf = text('ah-2022D31072.txt').replace('\nAntwoord 1\nJa.', `\n${AH_FOOTER} 2\nJa.`);
    const { pairs, diagnostics } = pairsFromText(pdf);
    expect(pairs[0]!.answer).toBe('Ja.');
    expect(pairs[0]!.question).toMatch(/leefomgeving»1\?, 2$/);
    expect(diagnostics).toEqual(['Kop van antwoord 1 verloren bij een paginagrens: hersteld.']);
  });

  it('a page break inside a question that keeps its headings changes nothing', () => {
    const pdf = text('ah-2022D31072.txt').replace(
      'Deelt u de mening dat het zeer zorgelijk is dat een welvarend land als Nederland er\n',
      `Deelt u de mening dat het zeer zorgelijk is dat een welvarend land als Nederland er\n${AH_FOOTER} 2\n`,
    );
    expect(pairsFromText(pdf)).toEqual(pairsFromText(text('ah-2022D31072.txt')));
  });

  it('"Vraag 1 en 2" holding two questions, each with its own answer', () => {
    const combined = text('ah-2022D31072.txt')
      .replace('\nAntwoord 1\nJa.\nVraag 2\n', '\n')
      .replace('\nVraag 1\n', '\nVraag 1 en 2\n')
      .replace('\nAntwoord 2\n', '\nAntwoord 1\nJa.\nAntwoord 2\n');
    const { pairs } = pairsFromText(combined);
    const separate = pairsFromText(text('ah-2022D31072.txt')).pairs;
    expect(pairs).toEqual(separate);
  });

  it('"Vraag 4 en 5" answered together by "Antwoord 4 en 5": the answer stands with each', () => {
    const combined = text('ah-2022D31072.txt')
      .replace('\nAntwoord 1\nJa.\nVraag 2\n', '\n')
      .replace('\nVraag 1\n', '\nVraag 4 en 5\n')
      .replace('\nAntwoord 2\n', '\nAntwoord 4 en 5\n');
    const { pairs } = pairsFromText(combined);
    expect(pairs.map((p) => p.number)).toEqual(['4', '5']);
    expect(pairs[0]!.question).toMatch(/^Bent u bekend met het bericht/);
    expect(pairs[1]!.question).toMatch(/^Deelt u de mening/);
    expect(pairs[0]!.answer).toBe(pairs[1]!.answer);
    expect(pairs[1]!.answer).toMatch(new RegExp(`^${ANSWER_2_START}`));
  });

  it('a combined heading over a question that asks once: both numbers share its text', () => {
    const { pairs } = pairsFromText(
      'Vraag 4 en 5\nKunt u deze vragen afzonderlijk beantwoorden?\nAntwoord 4 en 5\nJa.',
    );
    expect(pairs).toEqual([
      { number: '4', question: 'Kunt u deze vragen afzonderlijk beantwoorden?', answer: 'Ja.' },
      { number: '5', question: 'Kunt u deze vragen afzonderlijk beantwoorden?', answer: 'Ja.' },
    ]);
  });

  it('a word broken at the line end is joined; "zorg- en" is not', () => {
    const { pairs } = pairsFromText(
      'Vraag 1\nHoe staat het met de uitvoerings-\nkosten en de zorg-\nen welzijnssector?\nAntwoord 1\nGoed.',
    );
    expect(pairs[0]!.question).toBe(
      'Hoe staat het met de uitvoerings-kosten en de zorg- en welzijnssector?',
    );
  });
});

describe('analyze on plain text', () => {
  it('gives the pairs of the text, and references as before', () => {
    const result = analyzeText(text('kst-36100-4.txt'), '2022-06-09');
    expect(result.id).toBeNull();
    expect(result.kind).toBe('other');
    expect(result.pairs.map((p) => p.number)).toEqual(['1', '2']);
    expect(result.references.map((r) => [r.kind, r.target])).toContainEqual([
      'kamerstuk',
      'kst-36100-3',
    ]);
  });
});
