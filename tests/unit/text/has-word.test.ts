/** hasWord against the Unicode-property regex it stands in for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWord } from '../../../lib/text/has-word';

const reference = (text: string) => /[\p{L}\p{N}]/u.test(text);

describe('hasWord', () => {
  it.each([
    ['', false],
    ['\n    ', false],
    [' – ', false],
    ['•\u00a0', false],
    ['(', false],
    ['a', true],
    ['  7 ', true],
    ['é', true],
    ['— ë', true],
    ['\u00b2', true], // superscript two: a number (No), as the regex says
    ['Ⅻ', true], // a Roman numeral (Nl)
    ['𝟙', true], // outside the BMP: a surrogate pair
    ['\u{1F600}', false], // an emoji is neither
  ])('%j → %s', (text, expected) => {
    expect(hasWord(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it('agrees with the regex on any text', () => {
    const char = fc.oneof(
      fc.constantFrom(' ', '\n', '\u00a0', '–', '.', '(', 'a', 'Z', '0', 'é', '½', '€', '·'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(hasWord(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
