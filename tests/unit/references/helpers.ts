import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Match, RecognizeContext } from '../../../lib/references/types';

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

/** Text made of up to `maxParts` citation pieces and short random strings, for property tests. */
export const textFromPieces = (pieces: string[], maxParts: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), {
      maxLength: maxParts,
    })
    .map((parts) => parts.join(''));
