/**
 * Eerste Kamer citation forms and the page forms met on the frozen split (issue 11): Roman-numeral
 * dossiers with letters, motions and amendments whose citation follows the names without
 * parentheses, metadata rows, bill headings, rijkswet numbers, older numbering.
 */
import { describe, expect, it } from 'vitest';
import { recognizeAll } from '../../../lib/references';
import { romanValue } from '../../../lib/references/dossier';
import { ctx, triples } from './helpers';

const found = (text: string, documentDate: string | null = null) =>
  triples(recognizeAll(text, ctx([], documentDate)));

describe('Roman-numeral Eerste Kamer dossiers', () => {
  it('reads a value only from a well-formed numeral', () => {
    expect(['CLVI', 'CXXIV', 'C', 'CIX', 'IIII', 'CLVL', 'VIC'].map(romanValue)).toEqual([
      156, 124, 100, 109, 0, 0, 0,
    ]);
  });

  it.each([
    ['In stemming komt de motie-Otten (CLVI, letter E).', 'motion', 'kst-CLVI-E'],
    ['over de motie van het lid Otten CLVI, letter E, over het tijdstip', 'motion', 'kst-CLVI-E'],
    ['Dan stemmen wij nu over de motie CLVI, letter E, de motie van', 'motion', 'kst-CLVI-E'],
    ['over het amendement CLVI, letter R, het amendement van', 'kamerstuk', 'kst-CLVI-R'],
    ['het amendement van de heer Dittrich CLVI, letters AA.', 'kamerstuk', 'kst-CLVI-AA'],
    ['het Reglement van Orde van de Eerste Kamer (CLVI).', 'kamerstuk', 'dossier-CLVI'],
  ])('%s', (text, kind, target) => {
    expect(found(text).map(([k, , t]) => [k, t])).toEqual([[kind, target]]);
  });

  it.each(['zie hoofdstuk CLVI van het boek', 'de CLVI-regeling', '(CCC, letter A)'])(
    'leaves "%s" unmarked',
    (text) => {
      expect(found(text).filter(([k]) => k === 'kamerstuk' || k === 'motion')).toEqual([]);
    },
  );
});

describe('motions and amendments with a bare citation', () => {
  it.each([
    ['de motie 35732, letter F, de motie van', 'motie 35732, letter F', 'kst-35732-F'],
    ['haar motie op stuk 27017, nr. 63, opnieuw', 'motie op stuk 27017, nr. 63', 'kst-27017-63'],
    [
      'de motie-Faber-van de Klashorst c.s. over feiten (CLVI, letter P).',
      'motie-Faber-van de Klashorst c.s. over feiten (CLVI, letter P)',
      'kst-CLVI-P',
    ],
    [
      'de gewijzigde motie-Gerbrandy c.s. over de heffing (35300, letter M, was letter B).',
      'motie-Gerbrandy c.s. over de heffing (35300, letter M, was letter B)',
      'kst-35300-M',
    ],
  ])('%s', (text, span, target) => {
    expect(found(text)).toEqual([['motion', span, target]]);
  });

  it('reads "amendement-Name dossier, nr." as a Kamerstuk', () => {
    expect(found('het amendement-Van der Lee 36200-XII, nr. 12 is')).toEqual([
      ['kamerstuk', 'amendement-Van der Lee 36200-XII, nr. 12', 'kst-36200-XII-12'],
    ]);
  });

  it('does not read the heading "Stemming motie <subject>" as a motion', () => {
    expect(found('Stemming motie Verzamelwet Brexit')).toEqual([]);
    expect(found('Stemming motie Door niet-ingezetenen gekozen kiescollege')).toEqual([]);
  });
});

describe('page forms: metadata rows, headings, rijkswet numbers', () => {
  it.each([
    [
      'Eerste Kamer der Staten-Generaal2011-2012nr. 14, item 10',
      'handelingen',
      'h-ek-20112012-14-10',
    ],
    [
      'Tweede Kamer der Staten-Generaal2016-201734550-VIII nr. 55',
      'kamerstuk',
      'kst-34550-VIII-55',
    ],
    [
      'Eerste Kamer der Staten-Generaal | 2001-2002 | 28201 nr. 235a |',
      'kamerstuk',
      'kst-28201-235a',
    ],
    ['33 311 Voorstel van wet van het Lid Bontes tot wijziging', 'kamerstuk', 'dossier-33311'],
    ['36 342 Wijziging van enkele belastingwetten', 'kamerstuk', 'dossier-36342'],
    ['36 613 XVII Wijziging van de begrotingsstaat', 'kamerstuk', 'dossier-36613-XVII'],
    ['33993 (R 2034) Adv RvSt inzake Rijkswet', 'kamerstuk', 'dossier-33993'],
    ['Onderdeel van kamerstukdossier 34158 -(R2048) Voorstel', 'kamerstuk', 'dossier-34158'],
    [
      'Begroting voor Economische Zaken en Klimaat voor 2024: 36.410 XIII',
      'kamerstuk',
      'dossier-36410-XIII',
    ],
    ['een letter (bijvoorbeeld 35.673 EK B).', 'kamerstuk', 'kst-35673-B'],
    ['krijgen een hoofdletter (bijvoorbeeld 36 410 B).', 'kamerstuk', 'dossier-36410-B'],
  ])('%s', (text, kind, target) => {
    expect(found(text).map(([k, , t]) => [k, t])).toEqual([[kind, target]]);
  });

  it.each([
    // A page-numbered row of an old volume names no publication (a hard negative of heldout-2.jsonl).
    'Tweede Kamer der Staten-Generaal1996-1997nr. 41, pagina 3369-3373',
    // A number at the start of a line before an ordinary word is not a heading.
    '12 500 Nederlanders kregen een brief',
    'in 12 345 Wijziging',
    '1.5 Moties 16 1.6 Schriftelijke vragen 17',
  ])('leaves "%s" unmarked', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('dates and gazettes of colophons and older citations', () => {
  it('reads "22e juni 2016" as an ordinal day in figures', () => {
    expect(found('Uitgegeven de 22e juni 2016')).toEqual([['date', '22e juni 2016', '2016-06-22']]);
    expect(found('de 1ste mei 2020')).toEqual([['date', '1ste mei 2020', '2020-05-01']]);
    expect(found('de 22e juni')).toEqual([]);
    expect(found('de 32e juni 2016')).toEqual([]);
  });

  it('reads a Staatscourant cited by its issue date and number', () => {
    expect(found('Staatscourant van 16 juni 2005, nr. 114.')).toEqual([
      ['staatscourant', 'Staatscourant van 16 juni 2005, nr. 114', 'stcrt-2005-114'],
    ]);
  });
});
