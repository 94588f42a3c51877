/**
 * Precision and recall of recognizeAll on the labeled set of real sentences in
 * tests/fixtures/labeled/*.jsonl (the development set; the frozen test split is scored by
 * labeled-frozen.test.ts). Scoring is in labeled-scoring.ts. Which kinds a line labels exhaustively
 * (its scope): in dates.jsonl, dates plus the kinds the line lists; in every other file, every kind
 * except dates (those sentences were chosen for the other kinds; their dates are not labeled). A line
 * may set its own "scope" list.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReferenceKind } from '../../../lib/references/types';
import { type LabeledLine, loadLabeled, report, score } from './labeled-scoring';

const DIR = join(__dirname, '../../fixtures/labeled');
const MIN_REFS = 200;
const MIN_NEGATIVES = 50;
const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.97;

function inScope(file: string, line: LabeledLine, kind: ReferenceKind): boolean {
  if (line.scope) return line.scope.includes(kind);
  if (file === 'dates.jsonl') return kind === 'date' || line.refs.some((r) => r.kind === kind);
  return kind !== 'date';
}

describe('labeled set of real sentences', () => {
  const result = score(loadLabeled(DIR), inScope);
  console.log(report('labeled set', result));

  it(`has at least ${MIN_REFS} references and ${MIN_NEGATIVES} hard negatives`, () => {
    expect(result.totalGold).toBeGreaterThanOrEqual(MIN_REFS);
    expect(result.negatives).toBeGreaterThanOrEqual(MIN_NEGATIVES);
  });
  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    expect(result.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(result.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
  it('matches no hard negative', () => {
    expect(result.negativeHits).toEqual([]);
  });
});
