import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerPrefixBefore,
  moreNumberAt,
  otherDocumentAt,
  recognizeCrossrefs,
  schriftelijkeBefore,
} from '../../../lib/references/crossref';
import { ctx, textAroundWord, triples } from './helpers';

const PAIRS = Array.from({ length: 15 }, (_, i) => String(i + 1));

describe('recognizeCrossrefs', () => {
  it.each([
    ['zie het antwoord op vraag 4', 'antwoord op vraag 4', 'vraag-4'],
    [
      'zoals aangegeven in het antwoord op vraag 2, het Ministerie van BZK',
      'antwoord op vraag 2',
      'vraag-2',
    ],
    ['op basis van de overwegingen als aangegeven bij vraag 2.', 'vraag 2', 'vraag-2'],
    [
      'De politie zal, zoals vermeld in vraag 11, camera’s van Dahua blijven gebruiken.',
      'vraag 11',
      'vraag-11',
    ],
  ])('%s', (text, span, target) => {
    expect(triples(recognizeCrossrefs(text, ctx(PAIRS)))).toEqual([['crossref', span, target]]);
  });

  it('reads "vragen 5 en 6" as one span with alsoTargets', () => {
    const [m] = recognizeCrossrefs('zie het antwoord op de vragen 5 en 6', ctx(PAIRS));
    expect(m?.text).toBe('antwoord op de vragen 5 en 6');
    expect(m?.target).toBe('vraag-5');
    expect(m?.alsoTargets).toEqual(['vraag-6']);
  });

  it('links only numbers that the document has, when it knows them', () => {
    expect(recognizeCrossrefs('zie het antwoord op vraag 40', ctx(PAIRS))).toEqual([]);
    expect(recognizeCrossrefs('zie het antwoord op vraag 40', ctx())[0]?.target).toBe('vraag-40');
  });

  it('leaves headings and questions of other documents alone', () => {
    expect(recognizeCrossrefs('Vraag 3', ctx(PAIRS))).toEqual([]);
    expect(recognizeCrossrefs('Antwoord op vraag 3', ctx(PAIRS))).toEqual([]);
    expect(
      recognizeCrossrefs('Voorts ga ik in op de vragen 7 en 8 van mevrouw Lambrechts', ctx(PAIRS)),
    ).toEqual([]);
    expect(recognizeCrossrefs('Kunt u deze vragen afzonderlijk beantwoorden?', ctx(PAIRS))).toEqual(
      [],
    );
  });
});

describe('schriftelijkeBefore', () => {
  it('answers as /schriftelijke[ \\u00a0]$/i on the 16 characters before the position', () => {
    fc.assert(
      fc.property(textAroundWord('schriftelijke'), (text) => {
        const byRegex = /schriftelijke[ \u00a0]$/i.test(text.slice(Math.max(0, text.length - 16)));
        expect(schriftelijkeBefore(text, text.length)).toBe(byRegex);
      }),
      { numRuns: 4000 },
    );
    expect(schriftelijkeBefore('SCHRIFTELIJKE\u00a0', 14)).toBe(true);
    expect(schriftelijkeBefore('schriftelijke  ', 15)).toBe(false);
    // The Kelvin sign lower-cases to k, but a regex without the u flag does not fold it.
    expect(schriftelijkeBefore('schriftelij\u212ae ', 14)).toBe(false);
  });
});

describe('answerPrefixBefore', () => {
  it('finds what /([Aa])ntwoord(?:en)?[ ]op[ ](?:de[ ])?$/ finds in the 24 characters before', () => {
    const space = '[ \\u00a0\\u202f\\u2009]';
    const re = new RegExp(`([Aa])ntwoord(?:en)?${space}op${space}(?:de${space})?$`);
    const piece = fc.constantFrom(
      'A',
      'a',
      'ntwoord',
      'antwoord',
      'Antwoorden',
      'en',
      'op',
      'de',
      ' ',
      '\u00a0',
      '\u202f',
      '\u2009',
      '\t',
      '\n',
      'x',
      'het ',
      'antwoord op ',
      'antwoorden op de ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        const m = re.exec(text.slice(Math.max(0, text.length - 24)));
        const expected = m ? { start: text.length - m[0].length, capital: m[1] === 'A' } : null;
        expect(answerPrefixBefore(text, text.length)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('moreNumberAt and otherDocumentAt', () => {
  const space = '[ \\u00a0\\u202f\\u2009]';
  const MORE = new RegExp(
    `(?:,${space}|${space}(en|tot en met|t\\/m)${space})(\\d{1,3}[a-z]?)(?![0-9A-Za-z])`,
    'y',
  );
  const OTHER = new RegExp(
    `${space}van${space}(?:mevrouw|de heer|het lid|de leden|het Kamerlid)\\b`,
    'y',
  );
  const piece = fc.constantFrom(
    ',',
    ' ',
    '\u00a0',
    '\u2009',
    '\t',
    'en',
    'tot en met',
    't/m',
    'van',
    'mevrouw',
    'de heer',
    'het lid',
    'de leden',
    'het Kamerlid',
    '1',
    '12',
    '1234',
    'a',
    'b',
    'A',
    '_',
    '-',
    'x',
    'é',
  );
  const text = fc.array(piece, { maxLength: 7 }).map((pieces) => pieces.join(''));

  it('read lists and their holders', () => {
    expect(moreNumberAt(', 3 en 4', 0)).toEqual({ end: 3, connector: null, number: '3' });
    expect(moreNumberAt(' tot en met 12a.', 0)).toEqual({
      end: 15,
      connector: 'tot en met',
      number: '12a',
    });
    expect(moreNumberAt(' t/m 1234', 0)).toBeNull();
    expect(moreNumberAt(' en 12ab', 0)).toBeNull();
    expect(otherDocumentAt(' van mevrouw Kuik', 0)).toBe(true);
    expect(otherDocumentAt(' van het Kamerlid_', 0)).toBe(false);
    expect(otherDocumentAt(' van de heren', 0)).toBe(false);
  });

  it('read the next number of a list as the sticky regex did', () => {
    fc.assert(
      fc.property(text, (t) => {
        MORE.lastIndex = 0;
        const m = MORE.exec(t);
        const expected = m ? { end: m[0].length, connector: m[1] ?? null, number: m[2] } : null;
        expect(moreNumberAt(t, 0)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('tell "van mevrouw …" and the like as the sticky regex did', () => {
    fc.assert(
      fc.property(text, (t) => {
        OTHER.lastIndex = 0;
        expect(otherDocumentAt(t, 0)).toBe(OTHER.test(t));
      }),
      { numRuns: 5000 },
    );
  });
});
