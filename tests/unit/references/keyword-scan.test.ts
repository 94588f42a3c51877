/**
 * The motion recognizer reads "(Kamerstuk 35 165, nr. 2)" from the Kamerstuk recognizer's keyword
 * scan instead of a sticky search of its own. That holds only if the scan finds every keyword a
 * sticky search right after a "(" finds, with the same end: checked on every fixture text, every
 * labeled line and generated citation text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KAMERSTUK_KEYWORD, keywordSpans } from '../../../lib/references/kamerstuk';
import { labeledTexts, pageTexts, textFromPieces } from './helpers';

const STICKY = new RegExp(KAMERSTUK_KEYWORD.source, 'y');

/** [position after "(", keyword end by a sticky search, keyword end by the scan] where they differ. */
function disagreements(text: string): [number, number | undefined, number | undefined][] {
  const spans = keywordSpans(text);
  const out: [number, number | undefined, number | undefined][] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    STICKY.lastIndex = open + 1;
    const m = STICKY.exec(text);
    const sticky = m ? open + 1 + m[0].length : undefined;
    const scanned = spans.byStart.get(open + 1);
    if (sticky !== scanned) out.push([open + 1, sticky, scanned]);
  }
  return out;
}

describe('keyword scan', () => {
  it('finds after every "(" what a sticky search there finds, on fixture pages and labeled lines', () => {
    let afterParen = 0;
    for (const text of [...pageTexts(), ...labeledTexts()]) {
      expect(disagreements(text), text.slice(0, 80)).toEqual([]);
      const { byStart } = keywordSpans(text);
      for (const start of byStart.keys()) if (text[start - 1] === '(') afterParen++;
    }
    // The corpus has the case that matters: keywords right after "(".
    expect(afterParen).toBeGreaterThan(40);
  });

  it('does so on text built from citation pieces', () => {
    const pieces = [
      ...labeledTexts().slice(0, 300),
      '(',
      '(Kamerstuk ',
      '(kamerstukken II ',
      '(TK ',
      '(EK TK ',
      '(dossier ',
      ' 2021/2022, ',
      '35 165',
      'CLVI',
    ];
    fc.assert(
      fc.property(textFromPieces(pieces, 24), (text) => {
        expect(disagreements(text)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('maps each keyword both ways', () => {
    const text = 'de motie (Kamerstuk 35 165, nr. 2) en (TK 36 100, nr. 4)';
    const { byStart, byEnd } = keywordSpans(text);
    expect([...byStart]).toEqual([
      [10, 20],
      [39, 42],
    ]);
    expect([...byEnd]).toEqual([
      [20, 10],
      [42, 39],
    ]);
  });
});
