/**
 * Scoring of recognizeAll against labeled lines of real text (JSON Lines), shared by the development
 * set (tests/fixtures/labeled) and the frozen test split (tests/fixtures/labeled-frozen). A predicted
 * match is correct when a gold reference on the same line has the same kind and target and an
 * overlapping span; each gold reference is used once. Predictions of a kind outside the line's scope
 * are not counted. A negative is a substring that must overlap no match of any kind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeAll } from '../../../lib/references';
import type { Match, ReferenceKind } from '../../../lib/references/types';

export interface GoldRef {
  kind: ReferenceKind;
  text: string;
  target: string | null;
}

export interface LabeledLine {
  text: string;
  source: string;
  date?: string | null;
  refs: GoldRef[];
  negatives?: string[];
  pairNumbers?: string[];
  scope?: ReferenceKind[];
  genre?: string;
}

export interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  found: number;
}

export interface Score {
  lines: number;
  perKind: Map<string, Tally>;
  errors: string[];
  negatives: number;
  negativeHits: string[];
  totalGold: number;
  precision: number;
  recall: number;
}

/** Every non-empty line of every .jsonl file in `dir`, in file-name order. */
export function loadLabeled(dir: string): { file: string; line: LabeledLine }[] {
  const out: { file: string; line: LabeledLine }[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const row of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (row.trim()) out.push({ file, line: JSON.parse(row) as LabeledLine });
    }
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

export function score(
  lines: { file: string; line: LabeledLine }[],
  inScope: (file: string, line: LabeledLine, kind: ReferenceKind) => boolean,
): Score {
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
  return {
    lines: lines.length,
    perKind,
    errors,
    negatives,
    negativeHits,
    totalGold: sum((t) => t.gold),
    precision:
      sum((t) => t.tp) /
      Math.max(
        1,
        sum((t) => t.predicted),
      ),
    recall:
      sum((t) => t.found) /
      Math.max(
        1,
        sum((t) => t.gold),
      ),
  };
}

export const kindPrecision = (t: Tally): number => (t.predicted === 0 ? 1 : t.tp / t.predicted);
export const kindRecall = (t: Tally): number => (t.gold === 0 ? 1 : t.found / t.gold);

/** The per-kind table and every error, for the test log. */
export function report(title: string, s: Score): string {
  return [
    `${title}: ${s.lines} lines, ${s.totalGold} references, ${s.negatives} negatives`,
    ...[...s.perKind.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([kind, t]) =>
          `  ${kind.padEnd(14)} gold ${String(t.gold).padStart(4)}  predicted ${String(t.predicted).padStart(4)}` +
          `  precision ${kindPrecision(t).toFixed(3)}  recall ${kindRecall(t).toFixed(3)}`,
      ),
    `  overall        precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}`,
    ...s.errors.map((e) => `  ${e}`),
  ].join('\n');
}
