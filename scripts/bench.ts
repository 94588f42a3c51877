/**
 * `npm run bench` (not part of `npm test`): the built extension in headless Chromium on the Q&A
 * fixtures and the 1.5 MB+ Handelingen page. Per page: the annotator's own work (the
 * `kamerlens:annotate:work` measure: time in its slices, yields left out) and its wall time (the
 * `kamerlens:annotate:start`/`:end` marks, yields and the page's rendering between slices
 * included), a bare TreeWalker text pass over the same page in the same tab, the ratio of work to
 * that pass, and the longest main-thread task while we work (from `kamerlens:start`, set when the
 * script starts, to a second after the later of annotation's end and `kamerlens:ready`, which
 * covers a question page's answers arriving), the longest rendering of a frame in that window, and
 * how many links are in the page then (a long page links its far sections only as they come near,
 * so its work is the first screens'); then, from TRACED_RUNS more loads under a trace, whose work
 * filled each task over 50 ms and where it was posted from (bench-attribution.ts), and our own
 * longest task (the one with the most of our work, whatever its length); the longest task of the
 * same pages in a browser without Kamerlens over windows as long (bench-control.ts); then the
 * content-script bytes a page we leave alone pays for, and the recognizers on 1 MB vs 2 MB
 * adversarial text. Medians of RUNS runs, taken after WARM_UP_LOADS unmeasured loads of another
 * document page (reported apart). Prints a table and writes bench-output/latest.json.
 *
 * The marks are readable from the page because an isolated world shares the document's
 * performance timeline (checked in Chromium 156 and Firefox 153 with a probe extension).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium, pageExpression } from '../tests/e2e/support/browsers';
import { CHROME_DIST, ROOT, requireBuild } from '../tests/e2e/support/build-output';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { LARGE_PAGE, SMALL_PAGES, maxAndMedian, median, pagesToMeasure } from './bench-pages';
import {
  attributeLongTasks,
  ourLongestTask,
  tracedLoad,
  type AttributedTask,
} from './bench-attribution';
import { markSet, overCdp, type Evaluate } from './bench-cdp';
import { browserAloneLongestTasks } from './bench-control';

/** A whole number of loads from the environment, `fallback` when unset; a clear error otherwise. */
function loadsFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value.trim()))
    throw new Error(`${name} must be a whole number, not "${value}"`);
  return Number(value.trim());
}

const RUNS = loadsFromEnv('BENCH_RUNS', 5);
/** More loads per page under a trace, to tell whose the long tasks are (scripts/bench-attribution.ts). */
const TRACED_RUNS = loadsFromEnv('BENCH_TRACED_RUNS', 3);
const PAGES = pagesToMeasure([...SMALL_PAGES, LARGE_PAGE]);
const UNTOUCHED_PAGE = 'stb-2014-296';
const CONTROL_PAGE = 'kst-35165-9';
/**
 * Loads of a document page that is not measured, before the first page that is, in our browser and
 * in the browser-alone control alike, so every measured page finds the browser past the
 * extension's first start in a fresh profile. Without them the answer page, measured first,
 * carried that alone: in a probe of 10 fresh browsers each way its first load did 3.7–16.4 ms of
 * work, against 3.1–7.7 ms after two such loads (2026-12-08; a smaller probe saw no difference,
 * docs/performance.md). The warm-up loads' work, windows and longest task are reported apart
 * (`warmUp` in latest.json), with the same 50 ms check; `BENCH_WARM_UP_LOADS=0` measures without
 * them. docs/decisions.md has why this is not moving a page's work out of its measure.
 */
const WARM_UP_PAGE = CONTROL_PAGE;
const WARM_UP_LOADS = loadsFromEnv('BENCH_WARM_UP_LOADS', 2);
/** Issue 12's targets: work ≤ 3× the bare pass and wall ≤ 6× on the 1.5 MB page, ≤ 5× on the others. */
const TARGET = {
  ratio: 3,
  smallPageRatio: 5,
  wallRatio: 6,
  longTaskMs: 50,
  gzipKb: 40,
  scaling: 2.2,
};
const ratioTarget = (id: string) => (id === LARGE_PAGE ? TARGET.ratio : TARGET.smallPageRatio);
/** Tasks up to this long after our last mark still count as ours. */
const SETTLE_MS = 1000;

const round = (x: number | null, digits = 1) => (x === null ? null : Number(x.toFixed(digits)));

/**
 * Registered before any page script, so long tasks and long frames during our work are all seen.
 * Chromium's Long Tasks API leaves out rendering (a 110 ms frame on the 1.5 MB page showed as a
 * long animation frame and no long task), so the rendering part of each long animation frame
 * (from its `renderStart`: style, layout, paint) is observed apart (Long Animation Frames API;
 * where it is missing, `__klLongFrames` is null). A frame's own duration is not used: it spans
 * every task since the last rendering, gaps included.
 */
const LONG_TASK_OBSERVER = `
  window.__klLongTasks = [];
  window.__klLongFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__klLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__klLongTasks = null; }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.renderStart) window.__klLongFrames.push({ start: e.renderStart, duration: e.startTime + e.duration - e.renderStart });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) { window.__klLongFrames = null; }
`;

interface PageRun {
  /** Wall time from the annotate start mark to its end mark. */
  annotateMs: number | null;
  /** The annotator's own work (its slices), when the build reports it. */
  workMs: number | null;
  bareMs: number;
  longestTaskMs: number | null;
  /** The length of the window the longest task is taken over: from our start to the settle's end. */
  windowMs: number | null;
  /** The longest rendering (style, layout, paint of one frame) in the same window, from frames over 50 ms. */
  longestRenderMs: number | null;
  textNodes: number;
  /** Our reference links in the page when measured (a long page links far text only as it comes near). */
  links: number;
  /** Work on deferred sections that came near during the run (`kamerlens:annotate:deferred`). */
  deferredWorkMs: number;
  /**
   * The later pass over answers copied into a question page (`kamerlens:annotate-copies:work`),
   * not part of `workMs`, and the links it made (also counted in `links`).
   */
  copiesWorkMs: number;
  copiesLinks: number;
  /**
   * Time the page's own pass waited for the background to recognize its texts
   * (`kamerlens:annotate:waited`, summed; not work: the main thread is free meanwhile), and how
   * many waits; 0 when the page recognized itself.
   */
  waitedMs: number;
  waits: number;
}

/** The loads before the measured pages (WARM_UP_PAGE), per load in order. */
interface WarmUp {
  page: string;
  workPerLoadMs: (number | null)[];
  /** The window each load's longest task was read over (null: our marks were missing). */
  windowPerLoadMs: (number | null)[];
  longestTaskPerLoadMs: (number | null)[];
}

/** In the page: our marks, the long tasks that overlap them, then a bare text pass timed. */
function measureInPage(settleMs: number): PageRun & { marks: string[] } {
  const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kamerlens:'));
  const start = performance.getEntriesByName('kamerlens:annotate:start')[0];
  const ends = performance.getEntriesByName('kamerlens:annotate:end');
  const end = ends[ends.length - 1];
  const works = performance.getEntriesByName('kamerlens:annotate:work');
  const work = works[works.length - 1];
  // Our whole run: script start (its first task) to settleMs after annotation's end or `ready`.
  const first = performance.getEntriesByName('kamerlens:start')[0] ?? start;
  const lastAt = Math.max(
    end?.startTime ?? -1,
    ...performance.getEntriesByName('kamerlens:ready').map((m) => m.startTime),
  );
  const observed = window as unknown as {
    __klLongTasks: { start: number; duration: number }[] | null;
    __klLongFrames: { start: number; duration: number }[] | null;
  };
  // The window read for long tasks; null when our marks are missing.
  const span =
    first !== undefined && lastAt >= 0 ? { from: first.startTime, to: lastAt + settleMs } : null;
  // Null where the browser has no such entries or there is no window; 0 where none fell in it.
  const longestIn = (entries: { start: number; duration: number }[] | null): number | null =>
    entries === null || span === null
      ? null
      : entries.reduce(
          (longest, e) =>
            e.start <= span.to && e.start + e.duration >= span.from
              ? Math.max(longest, e.duration)
              : longest,
          0,
        );
  const longest = longestIn(observed.__klLongTasks);
  const longestRender = longestIn(observed.__klLongFrames);
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  while (walker.nextNode()) {
    chars += (walker.currentNode as Text).data.length;
    textNodes++;
  }
  const bareMs = performance.now() - t0;
  if (chars < 0) throw new Error('unreachable: keeps the read from being optimized away');
  const deferred = performance.getEntriesByName('kamerlens:annotate:deferred');
  const copies = performance.getEntriesByName('kamerlens:annotate-copies:work');
  const waited = performance.getEntriesByName('kamerlens:annotate:waited');
  return {
    waitedMs: waited.reduce((sum, m) => sum + m.duration, 0),
    waits: waited.length,
    copiesWorkMs: copies.reduce((sum, m) => sum + m.duration, 0),
    copiesLinks: document.querySelectorAll(
      '[data-kamerlens="imported"] a[data-kamerlens="ref"][data-kl-kind]',
    ).length,
    links: document.querySelectorAll('a[data-kamerlens="ref"][data-kl-kind]').length,
    deferredWorkMs: deferred.reduce((sum, m) => sum + m.duration, 0),
    annotateMs: start && end ? end.startTime - start.startTime : null,
    workMs: work ? work.duration : null,
    bareMs,
    longestTaskMs: longest,
    windowMs: span === null ? null : span.to - span.from,
    longestRenderMs: longestRender,
    textNodes,
    marks: marks.map((m) => m.name),
  };
}

/** The longest of `tasks` (the first of equals); null when there are none. */
const longestOf = <T extends { ms: number }>(tasks: T[]): T | null =>
  tasks.reduce<T | null>((worst, t) => (worst === null || t.ms > worst.ms ? t : worst), null);

/** Until our last marks are set, then the settle time in which later work and long tasks land. */
async function ourMarks(evaluate: Evaluate, id: string): Promise<void> {
  if (!(await markSet(evaluate, 'kamerlens:annotate:end', 60_000)))
    console.warn(`  ${id}: no kamerlens:annotate:end mark within 60 s`);
  // Builds before the `ready` mark existed (a before/after comparison) do not set it.
  await markSet(evaluate, 'kamerlens:ready', 5_000);
  // Work that follows `ready` (a question page's answers arriving, their grid) and the
  // long-task entries, delivered after their task ends.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 300));
}

/** Runs `fn(arg)` in the page (no Node values may be closed over: pass them as `arg`). */
const inPage = <R, A = null>(page: Page, fn: (arg: A) => R, arg: A = null as A): Promise<R> =>
  page.evaluate(pageExpression(fn, arg)) as Promise<R>;

/**
 * Which extension scripts a page loads, asked of the debugger rather than read off the manifest.
 * The site is opened first so the renderer process (and the debugger on it) is the one the page uses.
 */
async function injectedScripts(
  context: BrowserContext,
  url: string,
): Promise<{ scripts: string[]; nodes: number }> {
  const page = await context.newPage();
  await page.goto(url.replace(/[^/]+$/, 'bench-warm-up.html'), { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  const scripts = new Set<string>();
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://'))
      scripts.add(e.url.replace(/^chrome-extension:\/\/[^/]+\//, ''));
  });
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const nodes = await inPage(page, () => document.querySelectorAll('[data-kamerlens]').length);
  await page.close();
  return { scripts: [...scripts].sort(), nodes };
}

async function benchPages(): Promise<{
  pages: Record<string, unknown>;
  warmUp: WarmUp;
  injected: string[];
  untouchedNodes: number;
  /** The scripts a document page we do handle loads: the loader and the main module's chunks. */
  controlScripts: string[];
}> {
  const server = await startFixtureServer();
  const browser = await launchChromium({ port: server.port, initScripts: [LONG_TASK_OBSERVER] });
  const pages: Record<string, unknown> = {};
  /** Per page, the windows of our loads, for the control (the browser alone) afterwards. */
  const windows = new Map<string, number[]>();
  /** One load of page `id`, measured in the page once our marks are set. */
  const measuredLoad = async (id: string): Promise<PageRun> => {
    const page = await browser.context.newPage();
    try {
      const cdp = await browser.context.newCDPSession(page);
      await page.goto(server.siteUrl(`${id}.html`), { waitUntil: 'load', timeout: 120_000 });
      await ourMarks(overCdp(cdp), id);
      await cdp.detach();
      return await inPage(page, measureInPage, SETTLE_MS);
    } finally {
      await page.close();
    }
  };
  try {
    const warmUpRuns: PageRun[] = [];
    // A failed warm-up load stops the bench, as a failed measured load does: the browser is then
    // not in the state the pages are meant to be measured in.
    for (let i = 0; i < WARM_UP_LOADS; i++) warmUpRuns.push(await measuredLoad(WARM_UP_PAGE));
    const warmUp: WarmUp = {
      page: WARM_UP_PAGE,
      workPerLoadMs: warmUpRuns.map((r) => round(r.workMs)),
      windowPerLoadMs: warmUpRuns.map((r) => round(r.windowMs)),
      longestTaskPerLoadMs: warmUpRuns.map((r) => r.longestTaskMs),
    };
    for (const id of PAGES) {
      const runs: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measuredLoad(id));
      const windowsOfRuns = runs.flatMap((r) => (r.windowMs === null ? [] : [r.windowMs]));
      windows.set(id, windowsOfRuns);
      const traced: (AttributedTask & { load: number })[] = [];
      /** Per traced load, the task with the most of our work, whatever its length. */
      const oursPerLoad: (AttributedTask & { load: number })[] = [];
      // A traced load without our start mark (or a trace that failed) tells nothing: not counted.
      let tracedLoads = 0;
      for (let i = 0; i < TRACED_RUNS; i++) {
        try {
          const events = await tracedLoad(browser.context, server.siteUrl(`${id}.html`), (ev) =>
            ourMarks(ev, id),
          );
          if (!events.some((e) => e.name === 'kamerlens:start')) continue;
          tracedLoads++;
          const window = {
            settleMs: SETTLE_MS,
            endMarks: ['kamerlens:annotate:end', 'kamerlens:ready'],
          };
          const tasks = attributeLongTasks(events, { limitMs: TARGET.longTaskMs, ...window });
          traced.push(...tasks.map((t) => ({ ...t, load: i })));
          // Every task of a millisecond or more, to find ours even when none is long.
          const heaviest = ourLongestTask(attributeLongTasks(events, { limitMs: 1, ...window }));
          if (heaviest) oursPerLoad.push({ ...heaviest, load: i });
        } catch (error) {
          console.warn(`  ${id}: a traced load failed (${String(error)})`);
        }
      }
      // Over the traced loads, the longest of those tasks.
      const ourWorst = longestOf(oursPerLoad);
      const known = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
      const medianOf = (xs: (number | null)[]) => {
        const figures = known(xs);
        return figures.length ? median(figures) : null;
      };
      const annotateMs = medianOf(runs.map((r) => r.annotateMs));
      const workMs = medianOf(runs.map((r) => r.workMs));
      const bareMs = median(runs.map((r) => r.bareMs));
      // The longest per run: its max and median over the runs that could observe it.
      const tasks = maxAndMedian(known(runs.map((r) => r.longestTaskMs)));
      const renders = maxAndMedian(known(runs.map((r) => r.longestRenderMs)));
      // The target compares our work with the bare pass; a build without the work measure falls back to wall time.
      const ours = workMs ?? annotateMs;
      pages[id] = {
        workMs: round(workMs),
        annotateMs: round(annotateMs),
        bareMs: round(bareMs, 2),
        ratio: ours === null ? null : round(ours / bareMs, 2),
        ratioTarget: ratioTarget(id),
        wallRatio: annotateMs === null ? null : round(annotateMs / bareMs, 2),
        longestTaskMs: tasks.max,
        longestTaskMedianMs: tasks.median,
        // Per load, in order: whether a long task comes with the browser's first load of a page
        // (its code caches cold) or at random.
        longestTaskPerLoadMs: runs.map((r) => r.longestTaskMs),
        // Per load, in order, as the ratio's medians are taken from: a few milliseconds of work
        // against one or two of the bare pass move with the machine from load to load.
        workPerLoadMs: runs.map((r) => round(r.workMs)),
        barePerLoadMs: runs.map((r) => round(r.bareMs, 2)),
        longestRenderMs: renders.max,
        longestRenderMedianMs: renders.median,
        textNodes: runs[0]!.textNodes,
        links: median(runs.map((r) => r.links)),
        deferredWorkMs: round(median(runs.map((r) => r.deferredWorkMs))),
        copiesWorkMs: round(median(runs.map((r) => r.copiesWorkMs))),
        copiesLinks: median(runs.map((r) => r.copiesLinks)),
        waitedMs: round(median(runs.map((r) => r.waitedMs))),
        waits: median(runs.map((r) => r.waits)),
        runs: runs.length,
        tracedLoads,
        tracedLongTasks: traced,
        tracedOurLongestTaskMs: ourWorst?.ms ?? null,
        tracedOurLongestTask: ourWorst,
      };
    }

    const injected = await injectedScripts(
      browser.context,
      server.siteUrl(`${UNTOUCHED_PAGE}.html`),
    );
    const untouchedNodes = injected.nodes;
    // The same probe on a page the script matches shows that the probe itself sees injections.
    const control = await injectedScripts(browser.context, server.siteUrl(`${CONTROL_PAGE}.html`));
    if (!control.scripts.length)
      throw new Error(
        `the injection probe saw no content script on ${CONTROL_PAGE}: the measurement is broken`,
      );
    // The control, after all of our loads and with our browser closed: one load per load of ours
    // that had a window, with no Kamerlens, over a window as long.
    await browser.close();
    const alone = await browserAloneLongestTasks(
      server.port,
      [LONG_TASK_OBSERVER],
      { url: server.siteUrl(`${WARM_UP_PAGE}.html`), loads: WARM_UP_LOADS },
      new Map(
        PAGES.map((id) => [
          id,
          { url: server.siteUrl(`${id}.html`), windows: windows.get(id) ?? [] },
        ]),
      ),
    );
    for (const id of PAGES)
      Object.assign(pages[id] as object, {
        browserAloneLongestTaskMs: alone.get(id)?.max ?? null,
        browserAloneLongestTaskMedianMs: alone.get(id)?.median ?? null,
      });
    return {
      pages,
      warmUp,
      injected: injected.scripts,
      untouchedNodes,
      controlScripts: control.scripts,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function sizesOf(files: string[]) {
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(CHROME_DIST, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const kb = (n: number) => round(n / 1024);
  return {
    files: sizes,
    rawKb: kb(sizes.reduce((n, s) => n + s.raw, 0)),
    gzipKb: kb(sizes.reduce((n, s) => n + s.gzip, 0)),
  };
}

/**
 * What the untouched page paid (entries whose script was injected, with their CSS), what a
 * Kamerstuk page we handle loads (the loader, its CSS and the chunks of the main module it
 * imported), and the whole bundle (loader and every chunk of the main module, content-app/).
 */
function contentScriptBytes(injectedJs: string[], controlJs: string[]) {
  const { manifest } = requireBuild(CHROME_DIST);
  const entries = manifest.content_scripts ?? [];
  const filesOf = (c: (typeof entries)[number]) => [...(c.js ?? []), ...(c.css ?? [])];
  const loaded = entries
    .filter((c) => (c.js ?? []).some((f) => injectedJs.includes(f)))
    .flatMap(filesOf);
  const appDir = join(CHROME_DIST, 'content-app');
  const appFiles = existsSync(appDir)
    ? readdirSync(appDir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => `content-app/${f}`)
    : [];
  const css = entries.flatMap((c) => c.css ?? []);
  return {
    untouched: sizesOf(loaded),
    document: sizesOf([...new Set([...controlJs, ...css])]),
    bundle: sizesOf([...entries.flatMap(filesOf), ...appFiles]),
  };
}

async function benchRecognizers() {
  const indexPath = join(ROOT, 'lib/references/index.ts');
  const adversarialPath = join(ROOT, 'lib/references/adversarial.ts');
  if (!existsSync(indexPath) || !existsSync(adversarialPath)) {
    return { skipped: 'lib/references/index.ts or lib/references/adversarial.ts is missing' };
  }
  const { recognizeAll } = (await import(indexPath)) as {
    recognizeAll: (
      text: string,
      ctx: { documentDate: string | null; pairNumbers: string[] },
    ) => unknown[];
  };
  const { adversarialText } = (await import(adversarialPath)) as {
    adversarialText: (bytes: number) => string;
  };
  const ctx = { documentDate: '2022-06-08', pairNumbers: ['1', '2', '3', '4'] };
  const time = (text: string) => {
    const t0 = performance.now();
    const found = recognizeAll(text, ctx).length;
    return { ms: performance.now() - t0, found };
  };
  const oneMb = adversarialText(1 << 20);
  const twoMb = adversarialText(2 << 20);
  // Warm-up on both sizes (JIT, lexicon loading), then alternate so drift hits both alike.
  time(oneMb);
  time(twoMb);
  const one: { ms: number; found: number }[] = [];
  const two: { ms: number; found: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    one.push(time(oneMb));
    two.push(time(twoMb));
  }
  const oneMs = median(one.map((r) => r.ms));
  const twoMs = median(two.map((r) => r.ms));
  return {
    oneMbMs: round(oneMs),
    twoMbMs: round(twoMs),
    ratio: round(twoMs / oneMs, 2),
    matches1Mb: one[0]!.found,
    matches2Mb: two[0]!.found,
  };
}

function machine() {
  let chromium = '';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    chromium = CHROMIUM_PATH;
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}

const pass = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'ok' : 'OVER');
const cell = (v: unknown, width: number) => String(v ?? '–').padStart(width);

requireBuild(CHROME_DIST);
const started = new Date();
console.log(
  `Kamerlens bench: ${RUNS} runs per page, medians; longest task from our script's start to its end: max and median over runs\n`,
);
const { pages, warmUp, injected, untouchedNodes, controlScripts } = await benchPages();
const bytes = contentScriptBytes(injected, controlScripts);
const recognizers = await benchRecognizers();

console.log(
  `${'page'.padEnd(24)}${cell('work ms', 9)}${cell('wall ms', 9)}${cell('bare ms', 9)}${cell('ratio', 7)} target${cell('wall/bare', 10)}${cell('longest task max (median)', 27)}  ≤${TARGET.longTaskMs}ms${cell('links', 7)}`,
);
for (const [id, r] of Object.entries(pages) as [
  string,
  {
    workMs: number | null;
    annotateMs: number | null;
    bareMs: number;
    ratio: number | null;
    wallRatio: number | null;
    longestTaskMs: number | null;
    longestTaskMedianMs: number | null;
    links: number;
  },
][]) {
  const target = ratioTarget(id);
  const wallOk = id !== LARGE_PAGE || r.wallRatio === null || r.wallRatio <= TARGET.wallRatio;
  const ratioOk = r.ratio === null ? null : r.ratio <= target && wallOk;
  const taskOk = r.longestTaskMs === null ? null : r.longestTaskMs <= TARGET.longTaskMs;
  console.log(
    `${id.padEnd(24)}${cell(r.workMs, 9)}${cell(r.annotateMs, 9)}${cell(r.bareMs, 9)}${cell(r.ratio, 7)} ${`≤${target} ${pass(ratioOk)}`.padEnd(6)}${cell(r.wallRatio, 8)}${cell(`${r.longestTaskMs ?? '–'} (${r.longestTaskMedianMs ?? '–'})`, 25)}    ${pass(taskOk).padEnd(4)}${cell(r.links, 7)}`,
  );
}
if (warmUp.workPerLoadMs.length) {
  const read = warmUp.longestTaskPerLoadMs.filter((ms): ms is number => ms !== null);
  const taskOk = read.length ? read.every((ms) => ms <= TARGET.longTaskMs) : null;
  console.log(
    `warm-up, before the pages above and not in their figures: ${warmUp.workPerLoadMs.length} loads of ${warmUp.page} (a fresh profile's first document pages, the extension's first start): work ${warmUp.workPerLoadMs.map((ms) => ms ?? '–').join(', ')} ms; longest task ${warmUp.longestTaskPerLoadMs.map((ms) => ms ?? '–').join(', ')} ms (≤ ${TARGET.longTaskMs} ms: ${pass(taskOk)})`,
  );
}
for (const [id, r] of Object.entries(pages) as [
  string,
  {
    copiesWorkMs: number;
    copiesLinks: number;
    waitedMs?: number;
    waits?: number;
    longestTaskPerLoadMs: (number | null)[];
    ratio: number | null;
    ratioTarget: number;
    wallRatio: number | null;
    workPerLoadMs: (number | null)[];
    barePerLoadMs: number[];
  },
][]) {
  const wallOver = id === LARGE_PAGE && r.wallRatio !== null && r.wallRatio > TARGET.wallRatio;
  if ((r.ratio !== null && r.ratio > r.ratioTarget) || wallOver)
    console.log(
      `${id}: work per load, in order: ${r.workPerLoadMs.map((ms) => ms ?? '–').join(', ')} ms; bare pass per load: ${r.barePerLoadMs.join(', ')} ms`,
    );
  if (r.longestTaskPerLoadMs.some((ms) => ms !== null && ms > TARGET.longTaskMs))
    console.log(
      `${id}: longest task per load, in order (the first is this browser's first load of the page): ${r.longestTaskPerLoadMs.map((ms) => ms ?? '–').join(', ')} ms`,
    );
  if (r.waits)
    console.log(
      `${id}: recognized in the background, ${r.waits} wait(s), ${r.waitedMs} ms waited in all (not in work ms: the page's thread is free meanwhile)`,
    );
  if (r.copiesLinks > 0)
    console.log(
      `${id}: the answers copied in from the answer document, linked after they arrive: ${r.copiesLinks} of the links, ${r.copiesWorkMs} ms of work (not in work ms)`,
    );
}
console.log(
  `\nlongest rendering in the same window (style, layout and paint of one frame, from the Long Animation Frames API; the Long Tasks API leaves rendering out), max (median) over runs:`,
);
for (const [id, r] of Object.entries(pages) as [
  string,
  { longestRenderMs: number | null; longestRenderMedianMs: number | null },
][])
  console.log(`  ${id}: ${r.longestRenderMs ?? '–'} ms (${r.longestRenderMedianMs ?? '–'})`);
console.log(
  `\nlongest task with the browser alone (the same pages after ours, with no Kamerlens, one load per load of ours over a window as long; scripts/bench-control.ts), max (median) over runs:`,
);
for (const [id, r] of Object.entries(pages) as [
  string,
  {
    longestTaskMs: number | null;
    browserAloneLongestTaskMs: number | null;
    browserAloneLongestTaskMedianMs: number | null;
  },
][])
  console.log(
    `  ${id}: ${r.browserAloneLongestTaskMs ?? '–'} ms (${r.browserAloneLongestTaskMedianMs ?? '–'}); with Kamerlens, max ${r.longestTaskMs ?? '–'} ms`,
  );
console.log(
  `\nlong tasks (> ${TARGET.longTaskMs} ms) in ${TRACED_RUNS} more loads per page under a trace (a trace lengthens tasks), by whose work filled them (scripts/bench-attribution.ts):`,
);
for (const [id, r] of Object.entries(pages) as [
  string,
  { tracedLoads: number; tracedLongTasks: AttributedTask[] },
][]) {
  const tasks = r.tracedLongTasks;
  const usable =
    r.tracedLoads < TRACED_RUNS ? ` (${r.tracedLoads} of ${TRACED_RUNS} loads traced)` : '';
  const owners = (['ours', 'rendering', 'browser'] as const).map((owner) => {
    const mine = tasks.filter((t) => t.owner === owner);
    if (!mine.length) return `${owner} none`;
    const worst = longestOf(mine)!;
    const parts = worst.parts.map((p) => `${p.name} ${p.ms}`).join(', ');
    const from = worst.postedFrom ? `; posted from ${worst.postedFrom}` : '';
    return `${owner} ${mine.length}, longest ${worst.ms} ms (${parts}${from})`;
  });
  console.log(`  ${id}${usable}: ${owners.join('; ')}`);
}
console.log(
  `\nour longest task in the same traced loads (the task with the most of our work in each load, the longest of those; an upper bound, ≤ ${TARGET.longTaskMs} ms is the issue's limit for our own tasks):`,
);
for (const [id, r] of Object.entries(pages) as [
  string,
  { tracedOurLongestTask: AttributedTask | null },
][]) {
  const t = r.tracedOurLongestTask;
  if (!t) {
    console.log(`  ${id}: none traced`);
    continue;
  }
  const parts = t.parts.map((p) => `${p.name} ${p.ms}`).join(', ');
  console.log(
    `  ${id}: ${t.ms} ms at ${t.atMs} ms, ours ${t.byOwner.ours} (${parts})  ${pass(t.ms <= TARGET.longTaskMs)}`,
  );
}
console.log(
  `work: the annotator in its slices; wall: its start to end marks, yields and rendering between slices included; ratio: work (wall when the build has no work measure) / bare pass (target: ≤ ${TARGET.smallPageRatio}× on Q&A and Handelingen pages, ≤ ${TARGET.ratio}× and wall ≤ ${TARGET.wallRatio}× on ${LARGE_PAGE}); links: ours in the page when measured (a long page links far sections only as they come near)`,
);
console.log(
  `\ncontent script on ${UNTOUCHED_PAGE} (left alone: ${untouchedNodes} nodes of ours): injected ${injected.join(', ') || 'nothing'}; ` +
    `${bytes.untouched.rawKb} kB raw, ${bytes.untouched.gzipKb} kB gzip  (≤ ${TARGET.gzipKb} kB gzip: ${pass(bytes.untouched.gzipKb === null ? null : bytes.untouched.gzipKb <= TARGET.gzipKb)})`,
);
console.log(
  `content script on ${CONTROL_PAGE} (a document we handle): ${bytes.document.files.map((f) => f.file).join(', ')}; ${bytes.document.rawKb} kB raw, ${bytes.document.gzipKb} kB gzip`,
);
console.log(
  `content script bundle (loader and every chunk of the main module): ${bytes.bundle.rawKb} kB raw, ${bytes.bundle.gzipKb} kB gzip`,
);
if ('skipped' in recognizers) console.log(`recognizers: skipped (${recognizers.skipped})`);
else
  console.log(
    `recognizers: 1 MB ${recognizers.oneMbMs} ms, 2 MB ${recognizers.twoMbMs} ms, ratio ${recognizers.ratio}  (≤ ${TARGET.scaling}: ${pass(recognizers.ratio === null ? null : recognizers.ratio <= TARGET.scaling)})`,
  );

const out = join(ROOT, 'bench-output');
mkdirSync(out, { recursive: true });
const report = {
  date: started.toISOString(),
  machine: machine(),
  runs: RUNS,
  targets: TARGET,
  pages,
  warmUp,
  contentScript: { page: UNTOUCHED_PAGE, injected, untouchedNodes, ...bytes },
  recognizers,
};
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\nwrote bench-output/latest.json (${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.chromium})`,
);
