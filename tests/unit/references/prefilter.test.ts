/**
 * The prefilter must never cost a reference: every match recognizeAll finds holds a trigger in its
 * own span (so any text around it passes too), and a text the prefilter turns away yields nothing.
 * Checked on every text node of every fixture page (the 1.5 MB one included), on every labeled line
 * and on generated text built from citation pieces. A recognizer that learns a form without a digit,
 * "moti", a weekday or a month name fails here, and the prefilter must learn that form too.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeAll } from '../../../lib/references';
import { mayHoldReference } from '../../../lib/references/prefilter';
import type { Match, RecognizeContext } from '../../../lib/references/types';
import { loadPage } from '../helpers/fixture-page';
import { labeledRows, textFromPieces } from './helpers';

const PAGES = join(__dirname, '../../fixtures/pages');
/** A document date and pair numbers, so relative dates and cross-references are found too. */
const CONTEXT: RecognizeContext = {
  documentDate: '2022-06-08',
  pairNumbers: Array.from({ length: 30 }, (_, i) => String(i + 1)),
};

interface LabeledLine {
  text: string;
  date?: string;
  pairNumbers?: string[];
  refs: { text: string }[];
}

const labeledLines = (): LabeledLine[] => labeledRows<LabeledLine>('labeled');

/** The matches whose span the prefilter would turn away (should be none). */
function missed(text: string, ctx: RecognizeContext): Match[] {
  return recognizeAll(text, ctx).filter((m) => !mayHoldReference(m.text));
}

describe('mayHoldReference (the prefilter)', () => {
  it('passes every match on every text node of every fixture page, and turns many nodes away', () => {
    let checked = 0;
    let matches = 0;
    let turnedAway = 0;
    // The 1.5 MB page repeats its items 50 times: each distinct text is recognized once.
    const seen = new Set<string>();
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      const { document } = loadPage(file.replace(/\.html$/, ''));
      const walker = document.createTreeWalker(document.body, 0x4 /* SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n as Text).data;
        if (!/[\p{L}\p{N}]/u.test(text) || seen.has(text)) continue;
        seen.add(text);
        checked++;
        const found = recognizeAll(text, CONTEXT);
        matches += found.length;
        for (const m of found) expect(mayHoldReference(m.text), `${file}: "${m.text}"`).toBe(true);
        if (!mayHoldReference(text)) turnedAway++;
      }
    }
    expect(checked).toBeGreaterThan(600);
    expect(matches).toBeGreaterThan(350);
    // It is worth its scan: most text in a Handelingen page has no reference.
    expect(turnedAway).toBeGreaterThan(checked / 3);
  });

  it('passes every match and every gold reference of the labeled set', () => {
    const lines = labeledLines();
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const ctx = { documentDate: line.date ?? null, pairNumbers: line.pairNumbers ?? [] };
      expect(missed(line.text, ctx)).toEqual([]);
      expect(missed(line.text, CONTEXT)).toEqual([]);
      for (const ref of line.refs) expect(mayHoldReference(ref.text), ref.text).toBe(true);
    }
  });

  it('passes every match in text built from citation pieces', () => {
    const pieces = [
      ...labeledLines().flatMap((l) => l.refs.map((r) => r.text)),
      ' aanstaande ',
      ' a.s.',
      ' jl.',
      'Motie ',
      'de gewijzigde motie-',
      'Kamerstuk ',
      'Vraag ',
      '. ',
      '\n',
    ];
    fc.assert(
      fc.property(textFromPieces(pieces, 40), (text) => {
        expect(missed(text, CONTEXT)).toEqual([]);
        if (!mayHoldReference(text)) expect(recognizeAll(text, CONTEXT)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('passes an Eerste Kamer dossier cited with a letter, which holds no digit', () => {
    // Found by the generated-text property: "CLVI, L" is a Kamerstuk (dossier CLVI, letter L).
    for (const text of ['CLVI, L', 'zie CLVI, letter E.', '(CLVI)']) {
      expect(recognizeAll(text, CONTEXT).length, text).toBeGreaterThan(0);
      expect(missed(text, CONTEXT), text).toEqual([]);
      expect(mayHoldReference(text), text).toBe(true);
    }
    expect(mayHoldReference('Dat is speciaal voor circa tien clubs.')).toBe(false);
  });

  it('turns away text that holds no trigger', () => {
    expect(mayHoldReference('Dan geef ik het woord aan mevrouw Kröger van GroenLinks.')).toBe(
      false,
    );
    expect(
      mayHoldReference('Overeenkomstig de voorstellen van de voorzitter wordt besloten.'),
    ).toBe(false);
    expect(mayHoldReference('zie Kamerstuk 35 165, nr. 2')).toBe(true);
    expect(mayHoldReference('de motie-Van Aalst over de N-weg')).toBe(true);
    expect(mayHoldReference('Dinsdag a.s. spreken we verder.')).toBe(true);
  });
});
