import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ADVERSARIAL_FRAGMENTS } from '../../../lib/references/adversarial';
import type { Match, RecognizeContext } from '../../../lib/references/types';
import { fixtureIds, loadPage } from '../helpers/fixture-page';

export const ctx = (
  pairNumbers: string[] = [],
  documentDate: string | null = null,
): RecognizeContext => ({
  documentDate,
  pairNumbers,
});

/** The (kind, text, target) triples of matches, for compact assertions. */
export const triples = (matches: Match[]): [string, string, string | null][] =>
  matches.map((m) => [m.kind, m.text, m.target]);

/** Every row of the labeled `.jsonl` files in these folders of tests/fixtures ('labeled', 'labeled-frozen'). */
export function labeledRows<Row>(...folders: string[]): Row[] {
  return folders.flatMap((folder) => {
    const dir = join(__dirname, '../../fixtures', folder);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter((row) => row.trim())
      .map((row) => JSON.parse(row) as Row);
  });
}

/** The text of every labeled line, development and frozen split. */
export const labeledTexts = (): string[] =>
  labeledRows<{ text: string }>('labeled', 'labeled-frozen').map((row) => row.text);

/** Every distinct text node of every fixture page, the 1.5 MB Handelingen page included. */
export function pageTexts(): string[] {
  const texts = new Set<string>();
  for (const id of [...fixtureIds(), 'h-tk-large-benchmark']) {
    const { document } = loadPage(id);
    const walker = document.createTreeWalker(document.body, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.add((n as Text).data);
  }
  return [...texts];
}

/**
 * Text made of up to `maxParts` citation pieces and short random strings, for property tests: the
 * recognizers' adversarial fragments (lib/references/adversarial) and the caller's `pieces`.
 */
export const textFromPieces = (pieces: string[], maxParts: number): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...ADVERSARIAL_FRAGMENTS, ...pieces), fc.string({ maxLength: 6 })),
      {
        maxLength: maxParts,
      },
    )
    .map((parts) => parts.join(''));

/**
 * Short texts around `word` in any mix of case, with spaces of every kind and odd look-alikes
 * (Kelvin sign, dotted I, long s) near it: for holding a hand-written check to the regex it replaced.
 */
export const textAroundWord = (word: string): fc.Arbitrary<string> => {
  const piece = fc.oneof(
    fc.constantFrom(
      word,
      word.toUpperCase(),
      word[0]!.toUpperCase() + word.slice(1),
      word.slice(1),
    ),
    fc.constantFrom(' ', '  ', '\u00a0', '\u202f', '\t', '\n', '\u2028', '\ufeff', '\u200b'),
    fc.constantFrom('\u212a', '\u0130', '\u017f', 'x', 'de ', '(', '.'),
    fc.string({ maxLength: 3 }),
  );
  return fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
};
