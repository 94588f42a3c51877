import { describe, expect, it } from 'vitest';
import {
  expandRange,
  insideUrl,
  isDash,
  isRomanSuffix,
  printDossier,
  sessionYears,
  stripSpaces,
} from '../../../lib/references/normalize';

describe('normalize', () => {
  it('joins dossier digits split by spaces or no-break spaces', () => {
    expect(stripSpaces('32 761')).toBe('32761');
    expect(stripSpaces('32\u00a0761')).toBe('32761');
    expect(printDossier('32761')).toBe('32 761');
  });

  it('accepts hyphen, en dash, no-break hyphen and minus as dashes', () => {
    for (const ch of ['-', '\u2013', '\u2011', '\u2212']) expect(isDash(ch)).toBe(true);
    expect(isDash('/')).toBe(false);
  });

  it('knows begroting suffixes', () => {
    for (const s of ['VII', 'IIA', 'XIV', 'IXB', 'XVII', 'I']) expect(isRomanSuffix(s)).toBe(true);
    for (const s of ['IIII', 'VX', 'AB', '']) expect(isRomanSuffix(s)).toBe(false);
  });

  it('normalizes parliamentary years', () => {
    expect(sessionYears('2021', '22')).toBe('20212022');
    expect(sessionYears('2021', '2022')).toBe('20212022');
    expect(sessionYears('1999', '00')).toBe('19992000');
    expect(sessionYears('2021', '23')).toBeNull();
  });

  it('expands ranges within a limit', () => {
    expect(expandRange('1', '3')).toEqual(['1', '2', '3']);
    expect(expandRange('3', '1')).toEqual(['3']);
    expect(expandRange('1', '500')).toEqual(['1']);
  });

  it('tells ids inside a URL', () => {
    const text = 'Bron https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510.html en 2022Z04510';
    expect(insideUrl(text, text.indexOf('2022Z'))).toBe(true);
    expect(insideUrl(text, text.lastIndexOf('2022Z'))).toBe(false);
  });
});
