/**
 * `npm run bench:first-run`: what recognizing and linking a page's text costs the first time,
 * measured where the noise is small. In Chromium on a shared 2-core machine, annotation work
 * moves by about 30% between runs of one build (docs/performance.md), more than most single
 * changes to the recognizers save. Here each run is a fresh Node process, so every measured run is
 * a first run (interpreted code, empty inline caches, every regex compiled on first use), and
 * `--no-lazy` compiles all functions up front, as the compile hints make Chromium do with the
 * content script's chunks (modules/content-app.ts).
 *
 * Per page: the candidate texts of its content root as the content script sees them (the same
 * walker, prefilter, recognition contexts and batches: lib/references/batch), recognized and
 * turned into URLs; the median first run over the processes (with its quartiles) and the warm run. The DOM side
 * (walking, building, swapping) is not in it: `npm run bench` measures that, in the browser.
 *
 * BENCH_PAGES=ah-tk-20212022-3019 limits the pages; FIRST_RUN_PROCESSES (default 15) sets the
 * processes per page, interleaved across pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { build } from 'vite';
import { BATCH_CHARS, batchesOf } from '../lib/references/batch';
import { textWalker } from '../lib/dom/annotate-walk';
import { parseDocument } from '../lib/model/parse';
import { detectPage } from '../lib/page/detect';
import { contentRoot } from '../lib/page/identify';
import { pageContext } from '../lib/recognition/context';
import { mayHoldReference } from '../lib/references/prefilter';
import type { RecognizeContext } from '../lib/references/types';
import { ROOT } from '../tests/e2e/support/build-output';
import { SMALL_PAGES, median, pagesToMeasure, quantile } from './bench-pages';

const PAGES = pagesToMeasure(SMALL_PAGES);
const PROCESSES = Number(process.env.FIRST_RUN_PROCESSES ?? 15);
const SITE = 'https://zoek.officielebekendmakingen.nl/';

interface Batch {
  context: RecognizeContext;
  texts: string[];
}

/** The page's candidate texts in the batches annotation makes: by context, then by size. */
function pageBatches(id: string): Batch[] {
  const url = `${SITE}${id}.html`;
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages', `${id}.html`), 'utf8');
  const { document } = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window;
  const page = detectPage(url, document);
  const context = pageContext(page, page ? parseDocument(page, document) : null);
  const root = contentRoot(document);
  if (!root) throw new Error(`${id}: no content root`);
  const candidates: Text[] = [];
  const walker = textWalker(root, mayHoldReference);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) candidates.push(node);
  return batchesOf(candidates, context.at, BATCH_CHARS).map((batch) => ({
    context: context.at(batch[0]!),
    texts: batch.map((node) => node.data),
  }));
}

const dir = mkdtempSync(join(tmpdir(), 'kamerlens-first-run-'));
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: join(ROOT, 'scripts/first-run/child.ts'),
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'child.mjs', format: 'es' } },
    },
  });
  for (const id of PAGES) writeFileSync(join(dir, `${id}.json`), JSON.stringify(pageBatches(id)));

  const runs = new Map<string, { firstMs: number; warmMs: number; links: number }[]>();
  for (let i = 0; i < PROCESSES; i++) {
    for (const id of PAGES) {
      const child = spawnSync(
        process.execPath,
        ['--no-lazy', join(dir, 'child.mjs'), join(dir, `${id}.json`)],
        { encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`${id}: ${child.stderr}`);
      runs.set(id, [...(runs.get(id) ?? []), JSON.parse(child.stdout)]);
    }
  }

  console.log(
    `Recognizing and linking each page's candidate texts, ${PROCESSES} fresh processes per page`,
  );
  console.log(
    'page'.padEnd(26) + 'first run ms (quartiles)'.padEnd(28) + 'warm ms'.padEnd(10) + 'links',
  );
  for (const id of PAGES) {
    const r = runs.get(id)!;
    const first = r.map((x) => x.firstMs);
    const cell = `${median(first).toFixed(2)} (${quantile(first, 0.25).toFixed(2)}–${quantile(first, 0.75).toFixed(2)})`;
    console.log(
      id.padEnd(26) +
        cell.padEnd(28) +
        median(r.map((x) => x.warmMs))
          .toFixed(2)
          .padEnd(10) +
        r[0]!.links,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
