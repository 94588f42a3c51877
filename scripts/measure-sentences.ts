/**
 * Measures two Dutch sentence splitters for the popup's "reference in its sentence", for
 * docs/decisions.md:
 *   (a) the plain splitter, lib/text/sentences.ts,
 *   (b) compromise/one with the same Dutch abbreviations, lib/text/sentences-compromise.ts,
 *   (b0) compromise/one as shipped (no Dutch abbreviations), for reference.
 *
 * Accuracy: the hand-labeled real passages of tests/unit/text/sentence-passages.ts (development and
 * held-out sets scored apart). A passage is wrong when any boundary differs; boundaries are also
 * counted (missed: a true sentence end not found; false: a split inside a sentence).
 * Speed: every paragraph of h-tk-large-benchmark.html (1.5 MB of real Handelingen text, repeated),
 * best of several runs. Bundle: esbuild --bundle --minify --format=esm of the smallest entry that
 * finds a reference's sentence with each splitter, then gzip -9.
 *
 *   npx tsx scripts/measure-sentences.ts [--details]   (--details prints every wrong passage)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import nlp from 'compromise/one';
import { plainSentences, type SentenceSplitter } from '../lib/text/sentences';
import { compromiseSentences } from '../lib/text/sentences-compromise';
import {
  DEV_PASSAGES,
  HELD_OUT_PASSAGES,
  passageText,
  type LabeledPassage,
} from '../tests/unit/text/sentence-passages';

const ROOT = new URL('..', import.meta.url).pathname;
const DETAILS = process.argv.includes('--details');

/** compromise before any Dutch abbreviation is added (its model is global: measure this first). */
const compromiseAsShipped: SentenceSplitter = (text) =>
  (nlp(text).json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map(
    ({ offset }) => ({ start: offset.start, end: offset.start + offset.length }),
  );

/** Sentence ends inside the text (the end of the last sentence is not a boundary). */
function boundaries(text: string, spans: Array<{ start: number; end: number }>): Set<number> {
  const ends = new Set<number>();
  for (const span of spans.slice(0, -1)) {
    // Normalise to the position right after the sentence's last non-space character.
    let end = span.end;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    ends.add(end);
  }
  return ends;
}

function expectedBoundaries(passage: LabeledPassage): Set<number> {
  const ends = new Set<number>();
  let at = 0;
  passage.sentences.forEach((sentence, i) => {
    at += sentence.length;
    if (i < passage.sentences.length - 1) ends.add(at);
    at += 1;
  });
  return ends;
}

interface Score {
  wrongPassages: number;
  missed: number;
  falseSplits: number;
}

function score(name: string, split: SentenceSplitter, passages: LabeledPassage[]): Score {
  const result: Score = { wrongPassages: 0, missed: 0, falseSplits: 0 };
  for (const passage of passages) {
    const text = passageText(passage);
    const want = expectedBoundaries(passage);
    const got = boundaries(text, split(text));
    const missed = [...want].filter((b) => !got.has(b));
    const extra = [...got].filter((b) => !want.has(b));
    result.missed += missed.length;
    result.falseSplits += extra.length;
    if (missed.length + extra.length === 0) continue;
    result.wrongPassages++;
    if (DETAILS) {
      const at = (b: number) =>
        `…${text.slice(Math.max(0, b - 30), b)} ‖ ${text.slice(b, b + 20)}…`;
      for (const b of missed) console.log(`  ${name} missed ${at(b)}`);
      for (const b of extra) console.log(`  ${name} false  ${at(b)}`);
    }
  }
  return result;
}

function msPerMb(split: SentenceSplitter, paragraphs: string[], runs: number): number {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const p of paragraphs) split(p);
    best = Math.min(best, performance.now() - start);
  }
  return best / (chars / 1_000_000);
}

async function bundleBytes(entry: string): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

function benchmarkParagraphs(): string[] {
  const html = readFileSync(`${ROOT}tests/fixtures/pages/h-tk-large-benchmark.html`, 'utf8');
  const doc = new JSDOM(html).window.document;
  return Array.from(doc.querySelectorAll('p, li'))
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => el.textContent ?? '')
    .filter((t) => t.trim() !== '');
}

async function main() {
  const paragraphs = benchmarkParagraphs();
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const count = (passages: LabeledPassage[]) =>
    `${passages.length} passages, ${passages.reduce((n, p) => n + p.sentences.length - 1, 0)} inner sentence ends`;
  console.log(
    `Development set: ${count(DEV_PASSAGES)}. Held-out set: ${count(HELD_OUT_PASSAGES)}.`,
  );
  console.log(
    `Speed text: ${paragraphs.length} paragraphs of h-tk-large-benchmark, ${(chars / 1e6).toFixed(2)} M characters. Node ${process.version}.\n`,
  );

  const candidates: Array<{ name: string; split: SentenceSplitter; runs: number; entry: string }> =
    [
      {
        name: '(b0) compromise/one as shipped',
        split: compromiseAsShipped,
        runs: 2,
        entry: `import nlp from 'compromise/one'; export const f = (t) => nlp(t).json({ offset: true });`,
      },
      {
        name: '(a) plain splitter',
        split: plainSentences,
        runs: 7,
        entry: `export { sentenceAround, plainSentences } from './lib/text/sentences';`,
      },
      {
        name: '(b) compromise/one + Dutch abbreviations',
        split: compromiseSentences,
        runs: 2,
        entry: `export { sentenceAround } from './lib/text/sentences'; export { compromiseSentences } from './lib/text/sentences-compromise';`,
      },
    ];

  console.log(
    '| splitter | dev: wrong passages | dev: missed / false ends | held-out: wrong passages | held-out: missed / false ends | ms per MB | min kB | min+gz kB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of candidates) {
    const dev = score(c.name, c.split, DEV_PASSAGES);
    const held = score(c.name, c.split, HELD_OUT_PASSAGES);
    const speed = msPerMb(c.split, paragraphs, c.runs);
    const size = await bundleBytes(c.entry);
    console.log(
      `| ${c.name} | ${dev.wrongPassages} of ${DEV_PASSAGES.length} | ${dev.missed} / ${dev.falseSplits} | ` +
        `${held.wrongPassages} of ${HELD_OUT_PASSAGES.length} | ${held.missed} / ${held.falseSplits} | ` +
        `${speed.toFixed(0)} | ${(size.min / 1024).toFixed(1)} | ${(size.gz / 1024).toFixed(1)} |`,
    );
  }
}

void main();
