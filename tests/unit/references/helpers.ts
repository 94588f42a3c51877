import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
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

/** Text made of up to `maxParts` citation pieces and short random strings, for property tests. */
export const textFromPieces = (pieces: string[], maxParts: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), {
      maxLength: maxParts,
    })
    .map((parts) => parts.join(''));
