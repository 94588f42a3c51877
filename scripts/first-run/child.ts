/**
 * One process, one first run: recognizes and links the candidate texts of one page (as
 * scripts/bench-first-run.ts wrote them, in the content script's batches) once, then again warm,
 * and prints both times as one JSON line. Bundled and run by scripts/bench-first-run.ts.
 */
import { readFileSync } from 'node:fs';
import { recognizeAll } from '../../lib/references';
import { urlForMatch } from '../../lib/links';
import { SEPARATOR } from '../../lib/references/batch';
import type { RecognizeContext } from '../../lib/references/types';

interface Batch {
  context: RecognizeContext;
  texts: string[];
}

const batches = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Batch[];

/** What annotation does with a page's text, short of the DOM: recognize each batch, make the URLs. */
function linkAll(): number {
  let links = 0;
  for (const { context, texts } of batches) {
    for (const m of recognizeAll(texts.join(SEPARATOR), context))
      if (urlForMatch(m, { crossrefAnchor: () => 'vraag' }) !== null) links++;
  }
  return links;
}

const WARM_RUNS = 20;
const t0 = performance.now();
const links = linkAll();
const t1 = performance.now();
for (let i = 0; i < WARM_RUNS; i++) linkAll();
const t2 = performance.now();
console.log(JSON.stringify({ firstMs: t1 - t0, warmMs: (t2 - t1) / WARM_RUNS, links }));
