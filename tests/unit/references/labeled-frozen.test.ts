/**
 * The frozen test split (tests/fixtures/labeled-frozen, see its README): real sentences from genres
 * the recognizers were not written on, labeled before any recognizer ran on them. Every line labels
 * every kind exhaustively, dates included. The test prints the per-kind table and asserts the gates
 * of issue 11: overall and per kind precision ≥ 0.99 and recall ≥ 0.97 for a kind with at least
 * MIN_GOLD_FOR_STRICT references, and at least 0.95 for every kind (a kind with a handful of
 * references cannot show 0.99).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindPrecision, kindRecall, loadLabeled, report, score } from './labeled-scoring';

const DIR = join(__dirname, '../../fixtures/labeled-frozen');
const MIN_LINES = 300;
const MIN_DOCUMENTS = 100;
const PRECISION = 0.99;
const RECALL = 0.97;
const FLOOR = 0.95;
const MIN_GOLD_FOR_STRICT = 20;

describe('frozen test split (issue 11)', () => {
  const lines = loadLabeled(DIR);
  const result = score(lines, () => true);
  console.log(report('frozen split', result));

  it(`holds at least ${MIN_LINES} lines from at least ${MIN_DOCUMENTS} documents`, () => {
    expect(lines.length).toBeGreaterThanOrEqual(MIN_LINES);
    expect(new Set(lines.map((l) => l.line.source)).size).toBeGreaterThanOrEqual(MIN_DOCUMENTS);
  });

  it(`reaches precision ≥ ${PRECISION} and recall ≥ ${RECALL} overall`, () => {
    expect(result.precision).toBeGreaterThanOrEqual(PRECISION);
    expect(result.recall).toBeGreaterThanOrEqual(RECALL);
  });

  it(`reaches precision ≥ ${PRECISION} and recall ≥ ${RECALL} per kind (≥ ${FLOOR} for every kind)`, () => {
    const below: string[] = [];
    for (const [kind, t] of result.perKind) {
      const strict = t.gold >= MIN_GOLD_FOR_STRICT;
      const p = kindPrecision(t);
      const r = kindRecall(t);
      if (p < (strict ? PRECISION : FLOOR)) below.push(`${kind} precision ${p.toFixed(3)}`);
      if (r < (strict ? RECALL : FLOOR)) below.push(`${kind} recall ${r.toFixed(3)}`);
    }
    expect(below).toEqual([]);
  });

  it('matches no hard negative', () => {
    expect(result.negativeHits).toEqual([]);
  });
});
