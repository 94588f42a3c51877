/**
 * Precision and recall of recognizeAll on the labeled set of real sentences in
 * tests/fixtures/labeled/*.jsonl. A predicted match is correct when a gold reference on the same line
 * has the same kind and target and an overlapping span. Which kinds a line labels exhaustively (its
 * scope): in dates.jsonl, dates plus the kinds the line lists; in every other file, every kind except
 * dates (those sentences were chosen for the other kinds; their dates are not labeled). A line may set
 * its own "scope" list. Predictions outside a line's scope are not counted.
 * Negatives are substrings that must overlap no match of any kind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeAll } from '../../../lib/references';
import type { Match, ReferenceKind } from '../../../lib/references/types';

interface GoldRef {
  kind: ReferenceKind;
  text: string;
  target: string | null;
}
interface LabeledLine {
  text: string;
  source: string;
  date?: string;
  refs: GoldRef[];
  negatives?: string[];
  pairNumbers?: string[];
  scope?: ReferenceKind[];
}

const DIR = join(__dirname, '../../fixtures/labeled');
const MIN_REFS = 200;
const MIN_NEGATIVES = 50;
const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.97;

function load(): { file: string; line: LabeledLine }[] {
  const out: { file: string; line: LabeledLine }[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const rows = readFileSync(join(DIR, file), 'utf8').split('\n');
    rows.forEach((row) => {
      if (row.trim()) out.push({ file, line: JSON.parse(row) as LabeledLine });
    });
  }
  return out;
}

/** Spans of the gold refs in the line, in order, each occurrence used once. */
function goldSpans(line: LabeledLine): { ref: GoldRef; start: number; end: number }[] {
  const used = new Map<string, number>();
  return line.refs.map((ref) => {
    const from = used.get(ref.text) ?? 0;
    const start = line.text.indexOf(ref.text, from);
    if (start < 0) throw new Error(`gold text not in line: ${ref.text} (${line.source})`);
    used.set(ref.text, start + 1);
    return { ref, start, end: start + ref.text.length };
  });
}

function inScope(file: string, line: LabeledLine, kind: ReferenceKind): boolean {
  if (line.scope) return line.scope.includes(kind);
  if (file === 'dates.jsonl') return kind === 'date' || line.refs.some((r) => r.kind === kind);
  return kind !== 'date';
}

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  found: number;
}

describe('labeled set of real sentences', () => {
  const lines = load();
  const perKind = new Map<string, Tally>();
  const tally = (kind: string): Tally => {
    let t = perKind.get(kind);
    if (!t) perKind.set(kind, (t = { tp: 0, predicted: 0, gold: 0, found: 0 }));
    return t;
  };
  const errors: string[] = [];
  const negativeHits: string[] = [];
  let negatives = 0;

  for (const { file, line } of lines) {
    const matches: Match[] = recognizeAll(line.text, {
      documentDate: line.date ?? null,
      pairNumbers: line.pairNumbers ?? [],
    });
    const gold = goldSpans(line);
    const matched = new Set<number>();
    for (const m of matches) {
      if (!inScope(file, line, m.kind)) continue;
      tally(m.kind).predicted++;
      const hit = gold.findIndex(
        (g, i) =>
          !matched.has(i) &&
          g.ref.kind === m.kind &&
          g.ref.target === m.target &&
          g.start < m.end &&
          m.start < g.end,
      );
      if (hit >= 0) {
        matched.add(hit);
        tally(m.kind).tp++;
      } else errors.push(`FP ${m.kind} ${m.target} "${m.text}" — ${line.source}`);
    }
    gold.forEach((g, i) => {
      tally(g.ref.kind).gold++;
      if (matched.has(i)) tally(g.ref.kind).found++;
      else errors.push(`FN ${g.ref.kind} ${g.ref.target} "${g.ref.text}" — ${line.source}`);
    });
    for (const neg of line.negatives ?? []) {
      negatives++;
      const start = line.text.indexOf(neg);
      const end = start + neg.length;
      const hit = matches.find((m) => start >= 0 && m.start < end && start < m.end);
      if (start < 0) negativeHits.push(`negative not in line: "${neg}" — ${line.source}`);
      else if (hit)
        negativeHits.push(`"${neg}" matched as ${hit.kind} "${hit.text}" — ${line.source}`);
    }
  }

  const sum = (f: (t: Tally) => number): number =>
    [...perKind.values()].reduce((a, t) => a + f(t), 0);
  const totalGold = sum((t) => t.gold);
  const precision =
    sum((t) => t.tp) /
    Math.max(
      1,
      sum((t) => t.predicted),
    );
  const recall = sum((t) => t.found) / Math.max(1, totalGold);

  const report = [
    `labeled set: ${lines.length} lines, ${totalGold} references, ${negatives} negatives`,
    ...[...perKind.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([kind, t]) =>
          `  ${kind.padEnd(14)} gold ${String(t.gold).padStart(4)}  predicted ${String(t.predicted).padStart(4)}` +
          `  precision ${(t.tp / Math.max(1, t.predicted)).toFixed(3)}  recall ${(t.found / Math.max(1, t.gold)).toFixed(3)}`,
      ),
    `  overall        precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}`,
    ...errors.map((e) => `  ${e}`),
  ].join('\n');
  console.log(report);

  it(`has at least ${MIN_REFS} references and ${MIN_NEGATIVES} hard negatives`, () => {
    expect(totalGold).toBeGreaterThanOrEqual(MIN_REFS);
    expect(negatives).toBeGreaterThanOrEqual(MIN_NEGATIVES);
  });
  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
  it('matches no hard negative', () => {
    expect(negativeHits).toEqual([]);
  });
});
