/**
 * Dates in figures and days written out as ordinals (issue 11): the forms meeting lists, document
 * pages and Staatsblad colophons use.
 */
import { describe, expect, it } from 'vitest';
import { recognizeAll } from '../../../lib/references';
import { recognizeDates } from '../../../lib/references/date';
import { lookupOrdinalDay } from '../../../lib/references/date-lexicon';

const dates = (text: string): [string, string | null][] =>
  recognizeDates(text, { documentDate: '2024-06-01', pairNumbers: [] }).map((m) => [
    m.text,
    m.target,
  ]);

describe('numeric dates', () => {
  it.each([
    ['Versie 23-03-2022', '23-03-2022', '2022-03-23'],
    ['vergadering 06-04-2017 14:30 uur', '06-04-2017', '2017-04-06'],
    ['tussen 1-1-2020 en', '1-1-2020', '2020-01-01'],
    ['op 31/12/2020 verstreken', '31/12/2020', '2020-12-31'],
    ['datum: 2020-06-17, bijgewerkt', '2020-06-17', '2020-06-17'],
    ['- 2020-06-23 16:30: Regeling van werkzaamheden', '2020-06-23', '2020-06-23'],
    ['op 2024-06-28T10:00 gepubliceerd', '2024-06-28', '2024-06-28'],
    ['(2024-02-29)', '2024-02-29', '2024-02-29'],
  ])('%s → %s', (text, span, target) => {
    expect(dates(text)).toEqual([[span, target]]);
  });

  it.each([
    ['a Kamerstuk', '21501-08-2019'],
    ['a parliamentary year', '2019-2020'],
    ['a case number', 'C/09/663973'],
    ['a day that does not exist', '31-02-2020'],
    ['a month that does not exist', '2019-13-01'],
    ['a day and month mixed up with a year', '2023-02-29'],
    ['an id', 'kst-2024-06-28'],
    ['a footnote digit glued to the year', '12-05-20201'],
    ['a longer code', '12-05-2020-1'],
    ['mixed separators', '12-05/2020'],
    ['a year out of range', '01-01-1700'],
    ['a telephone number', '070-348-6060'],
    ['a word glued before it', 'versieé12-03-2020'],
  ])('leaves %s unmarked: %s', (_what, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('reads a Kamerstuk as a Kamerstuk, not a date, in recognizeAll', () => {
    expect(
      recognizeAll('(21501-08-2019)', { documentDate: null, pairNumbers: [] }).map((m) => m.kind),
    ).toEqual(['kamerstuk']);
  });
});

describe('ordinal days written out', () => {
  it.each([
    ['Uitgegeven de negende april 2024', 'negende april 2024', '2024-04-09'],
    ['Uitgegeven de tweeëntwintigste mei 2023', 'tweeëntwintigste mei 2023', '2023-05-22'],
    ['Uitgegeven de tweeentwintigste mei 2023', 'tweeentwintigste mei 2023', '2023-05-22'],
    ['Uitgegeven de eenendertigste december 2019', 'eenendertigste december 2019', '2019-12-31'],
    ['Uitgegeven de Eerste juli 2020', 'Eerste juli 2020', '2020-07-01'],
  ])('%s → %s', (text, span, target) => {
    expect(dates(text)).toEqual([[span, target]]);
  });

  it.each([
    ['without a year', 'de eerste maart begint de lente'],
    ['a day that does not exist', 'Uitgegeven de dertigste februari 2024'],
    ['an ordinal inside a word', 'de honderdeerste mei 2024'],
    ['an abbreviated month', 'de eerste jan. 2024'],
  ])('leaves an ordinal %s unmarked', (_what, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('knows every day from 1 to 31', () => {
    const words = [
      'eerste',
      'tweede',
      'derde',
      'vierde',
      'vijfde',
      'zesde',
      'zevende',
      'achtste',
      'negende',
      'tiende',
      'elfde',
      'twaalfde',
      'dertiende',
      'veertiende',
      'vijftiende',
      'zestiende',
      'zeventiende',
      'achttiende',
      'negentiende',
      'twintigste',
      'eenentwintigste',
      'tweeëntwintigste',
      'drieëntwintigste',
      'vierentwintigste',
      'vijfentwintigste',
      'zesentwintigste',
      'zevenentwintigste',
      'achtentwintigste',
      'negenentwintigste',
      'dertigste',
      'eenendertigste',
    ];
    expect(words.map(lookupOrdinalDay)).toEqual(words.map((_, i) => i + 1));
  });
});
