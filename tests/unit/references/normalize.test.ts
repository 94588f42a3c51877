import { describe, expect, it } from 'vitest';
import {
  digitRunEnd,
  digitRunStart,
  expandRange,
  insideUrl,
  isDash,
  isRomanSuffix,
  letterRunEnd,
  letterRunStart,
  printDossier,
  sessionYears,
  stripSpaces,
  wordEndingAt,
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

  it('reads runs of letters in any script, and only up to their limit', () => {
    const text = 'mevrouw Yeşilgöz-Zegerius, op 8 maart';
    const end = text.indexOf('-');
    expect(text.slice(letterRunStart(text, end, 12), end)).toBe('Yeşilgöz');
    expect(text.slice(0, letterRunEnd(text, 0, 12))).toBe('mevrouw');
    // One letter over the limit is read, so a caller can tell "too long" from "exactly max".
    expect(end - letterRunStart(text, end, 3)).toBe(4);
    expect(letterRunEnd(text, text.length, 12)).toBe(text.length);
    expect(letterRunStart(text, 0, 12)).toBe(0);
    expect(wordEndingAt(text, end, 8)).toBe('Yeşilgöz');
    expect(wordEndingAt(text, end, 7)).toBe('');
  });

  it('reads runs of ASCII digits, not other digits', () => {
    const text = '2022Z04510 en ٣ op 10 maart';
    expect(digitRunEnd(text, 0, 6)).toBe(4);
    expect(digitRunStart(text, 10, 6)).toBe(5);
    expect(digitRunStart(text, 10, 2)).toBe(7);
    const eastern = text.indexOf('٣');
    expect(digitRunEnd(text, eastern, 6)).toBe(eastern);
    expect(digitRunEnd(text, text.length, 6)).toBe(text.length);
  });
});
