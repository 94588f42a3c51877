/**
 * The readable text of blocks (lib/model/block-text): the white-space handling gives what
 * "every run of white space as one space, trimmed" gives, on generated text and on every fixture
 * page, while it copies less.
 */
import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  hasNonSpace,
  readableText,
  textOfAll,
} from '../../../lib/model/block-text';
import { fixtureIds, loadPage } from '../helpers/fixture-page';

/** The definition, written the plain way. */
const collapsedPlainly = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Strings of letters and every kind of white space, from a fixed seed (the same each run). */
function generatedTexts(count: number): string[] {
  const alphabet = ['a', 'b', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2009', '\u3000', '\ufeff'];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () =>
    Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join(''),
  );
}

describe('collapseWhitespace', () => {
  it.each([
    ['  a  b  ', 'a b'],
    ['a\n  b', 'a b'],
    ['a \u00a0b', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a b', 'a b'],
    ['\n\t ', ''],
  ])('%j → %j', (text, collapsed) => {
    expect(collapseWhitespace(text)).toBe(collapsed);
  });

  it('gives what collapsing every run gives, on 5,000 generated texts', () => {
    for (const text of generatedTexts(5000)) {
      expect(collapseWhitespace(text)).toBe(collapsedPlainly(text));
      expect(hasNonSpace(text)).toBe(collapsedPlainly(text) !== '');
    }
  });

  it('gives what collapsing every run gives, on the text of every fixture page', () => {
    for (const id of fixtureIds()) {
      const text = loadPage(id).document.body.textContent ?? '';
      expect(collapseWhitespace(text)).toBe(collapsedPlainly(text));
    }
  });
});

describe('textOfAll', () => {
  it('gives the blocks’ texts collapsed and joined, on every fixture page', () => {
    let compared = 0;
    for (const id of fixtureIds()) {
      const { document } = loadPage(id);
      for (const block of Array.from(document.querySelectorAll('div.vraag, div.antwoord, body'))) {
        const parts = Array.from(block.children);
        expect(textOfAll(parts)).toBe(collapsedPlainly(parts.map(readableText).join(' ')));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('leaves out empty blocks without a double space', () => {
    const { document } = loadPage('kv-tk-2022Z04510');
    const [a, empty, b] = ['Eerste.', '  \n ', 'Tweede.'].map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    });
    expect(textOfAll([a!, empty!, b!])).toBe('Eerste. Tweede.');
  });
});
