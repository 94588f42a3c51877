/**
 * The printed forms of a Kamerstuk citation beyond "dossier, nr. N", written from the citation
 * grammar (issue 11): Eerste Kamer letters, combined dossiers, dotted dossier numbers, sub-dossiers,
 * a stray space before the dash, amendments; and the precision rules that keep a bare dossier a
 * dossier.
 */
import { describe, expect, it } from 'vitest';
import { recognizeAll } from '../../../lib/references';
import { recognizeKamerstukken } from '../../../lib/references/kamerstuk';
import { ctx, triples } from './helpers';

const kst = (text: string) =>
  recognizeAll(text, ctx())
    .filter((m) => m.kind === 'kamerstuk')
    .map((m) => [m.text, m.target]);

describe('Eerste Kamer letter documents', () => {
  it.each([
    ['Kamerstukken I 2019/20, 35 300 VI, letter Y.', '35 300 VI, letter Y', 'kst-35300-VI-Y'],
    ['de brief (35300, L) van de minister', '35300, L', 'kst-35300-L'],
    ['(34 568, H)', '34 568, H', 'kst-34568-H'],
    ['EK 36 600 B, A', 'EK 36 600 B, A', 'kst-36600-B-A'],
    ['moties van het lid Nicolaï, 35925-VI, letter T, en', '35925-VI, letter T', 'kst-35925-VI-T'],
    ['(36 200 VII, letter AB)', '36 200 VII, letter AB', 'kst-36200-VII-AB'],
    ['(35300, L en M)', '35300, L', 'kst-35300-L'],
  ])('%s', (text, span, target) => {
    const [m] = recognizeKamerstukken(text, ctx());
    expect(m?.target).toBe(target);
    expect(m?.text.endsWith(span)).toBe(true);
  });

  it('reads a combined dossier with a slash, the first dossier counts', () => {
    expect(kst('Kamerstukken I 2008/09, 22 112 / 31 544, CK')).toEqual([
      ['Kamerstukken I 2008/09, 22 112 / 31 544, CK', 'kst-22112-CK'],
    ]);
    expect(kst('(22112/31544, CK)')).toEqual([['22112/31544, CK', 'kst-22112-CK']]);
  });

  it('labels a letter as a document, not a dossier', () => {
    expect(recognizeKamerstukken('(35300, L)', ctx())[0]?.label).toBe('Kamerstuk 35 300 nr. L');
  });

  it.each([
    'ongeveer 35 300, A. de Vries zei',
    '(35 300, A.J. Jansen)',
    'in 2019 waren er 25 000, U kunt',
    'Postbus 20018, 2500 EA Den Haag',
    'EK 2024 in Duitsland',
    'ruim 35 300, CDA-leden',
    'ruim 35 300, B-status',
  ])('leaves "%s" unmarked', (text) => {
    expect(kst(text)).toEqual([]);
  });
});

describe('other printed dossier forms', () => {
  it.each([
    ['Kamerstuk 35.347, nr. 4', 'kst-35347-4'],
    ['22.112 / 31.544, CK', 'kst-22112-CK'],
    ['(35.347, nr. 4)', 'kst-35347-4'],
    ['Onderdeel van kamerstukdossier 21501 08-928', 'kst-21501-08-928'],
    ['(21501 08, nr. 928)', 'kst-21501-08-928'],
    ['Onderdeel van kamerstukdossier 36606 -3 Wijziging van', 'kst-36606-3'],
    ['(36606 -3)', 'kst-36606-3'],
    ['Kamerstuk 32 500 C', 'dossier-32500-C'],
    ['(32 500 C)', 'dossier-32500-C'],
    ['het amendement 36067 – 61 van het lid', 'kst-36067-61'],
    ['het amendement-Van der Lee (36200-XII-12)', 'kst-36200-XII-12'],
    ['het amendement van het lid Bontenbal (36067 – 61)', 'kst-36067-61'],
    ['amendementen 36200-XII, nr. 12', 'kst-36200-XII-12'],
  ])('%s → %s', (text, target) => {
    expect(kst(text).map(([, t]) => t)).toEqual([target]);
  });

  it.each([
    'in totaal 35.347 aanvragen',
    'een bedrag van 35.347 euro, nr. 4 op de lijst',
    'tussen 20 000 – 30 000 euro',
    '(20 000 – 30 000)',
    'in 35 300 – 40 gevallen',
    'de 35 300 C-klasse auto’s',
  ])('leaves "%s" unmarked', (text) => {
    expect(kst(text)).toEqual([]);
  });
});

describe('a bare dossier stays a dossier', () => {
  it('a day and month after the comma are a date, not a document number', () => {
    expect(triples(recognizeAll('Kamerstuk 35 300, 12 mei 2020', ctx()))).toEqual([
      ['kamerstuk', 'Kamerstuk 35 300', 'dossier-35300'],
      ['date', '12 mei 2020', '2020-05-12'],
    ]);
  });

  it('a list of dossiers is not a dossier with a document number', () => {
    expect(kst('Kamerstukken 35 300, 36 200 en 36 410')[0]).toEqual([
      'Kamerstukken 35 300',
      'dossier-35300',
    ]);
  });

  it('a sub-dossier of 21501 is a dossier, its document comes after it', () => {
    expect(kst('dossier 21501-20')).toEqual([['dossier 21501-20', 'dossier-21501-20']]);
    expect(kst('(21501-20, nr. 1518)')).toEqual([['21501-20, nr. 1518', 'kst-21501-20-1518']]);
    expect(kst('21501-20-1518')).toEqual([['21501-20-1518', 'kst-21501-20-1518']]);
  });

  it('an amount after the comma is not a document number', () => {
    expect(kst('Kamerstuk 35 300, 3.5 miljoen')).toEqual([['Kamerstuk 35 300', 'dossier-35300']]);
  });
});
