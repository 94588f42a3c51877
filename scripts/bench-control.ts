/**
 * The bench's control for the longest task: the same pages in a Chromium that has no Kamerlens,
 * only a content script that marks when it runs (document_idle, where ours starts), after all of
 * our loads and with our browser closed, so neither slows the other. Each load's longest task is
 * read over a window as long as one of our loads', so a page where the browser alone has a task
 * over the limit shows in the same run, next to ours: on the 1.5 MB Handelingen page the
 * browser's own tasks after the load (timers, messages) reach 50 ms without any extension.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, pageExpression } from '../tests/e2e/support/browsers';
import { SITE_HOST } from '../tests/e2e/support/fixture-server';
import { markSet, overCdp } from './bench-cdp';
import { maxAndMedian } from './bench-pages';

/** Set by the control's content script when it runs. */
const CONTROL_MARK = 'bench-control:start';

/** A minimal extension whose content script only marks its start, where Kamerlens would start. */
function writeControlExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-bench-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'Kamerlens bench control',
    version: '0.0.1',
    content_scripts: [
      { matches: [`https://${SITE_HOST}/*`], run_at: 'document_idle', js: ['control.js'] },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'control.js'), `performance.mark(${JSON.stringify(CONTROL_MARK)});\n`);
  return dir;
}

/**
 * In the page: the longest task from the control mark over `windowMs`; null where the browser has
 * no Long Tasks API or the mark is missing. `__klLongTasks` is the bench's observer's.
 */
function longestFromMark(arg: { mark: string; windowMs: number }): number | null {
  const start = performance.getEntriesByName(arg.mark)[0];
  const tasks = (
    window as unknown as { __klLongTasks: { start: number; duration: number }[] | null }
  ).__klLongTasks;
  if (!start || tasks === null) return null;
  const end = start.startTime + arg.windowMs;
  return tasks.reduce(
    (longest, t) =>
      t.start <= end && t.start + t.duration >= start.startTime
        ? Math.max(longest, t.duration)
        : longest,
    0,
  );
}

interface Control {
  /**
   * Loads `url` and returns its longest task over `windowMs` from where our script would start
   * (the span of our own load's window), or null when it could not be read.
   */
  longestTask(url: string, windowMs: number): Promise<number | null>;
  close(): Promise<void>;
}

async function launchControl(port: number, initScripts: string[]): Promise<Control> {
  const dist = writeControlExtension();
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    browser = await launchChromium({ port, dist, initScripts });
  } catch (error) {
    rmSync(dist, { recursive: true, force: true });
    throw error;
  }
  return {
    async longestTask(url, windowMs) {
      const page = await browser.context.newPage();
      try {
        const evaluate = overCdp(await browser.context.newCDPSession(page));
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        if (!(await markSet(evaluate, CONTROL_MARK, 30_000))) return null;
        // The window, and the long-task entries, which are delivered after their task ends.
        await new Promise((resolve) => setTimeout(resolve, windowMs + 300));
        const longest = await evaluate(
          pageExpression(longestFromMark, { mark: CONTROL_MARK, windowMs }),
        );
        return typeof longest === 'number' ? longest : null;
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** The longest task over a page's loads with the browser alone: max and median, null where none. */
type AloneFigures = ReturnType<typeof maxAndMedian>;

/**
 * For each page (its URL and the windows of our loads of it), one load with the browser alone per
 * window, after as many unread loads of `warmUp.url` as our browser had (so both measure a browser
 * past its first document pages). A failure costs these figures only, never the bench's others:
 * it is said, and the load (or, when the browser cannot start, every page) counts as not read.
 */
export async function browserAloneLongestTasks(
  port: number,
  initScripts: string[],
  warmUp: { url: string; loads: number },
  pages: ReadonlyMap<string, { url: string; windows: readonly number[] }>,
): Promise<Map<string, AloneFigures>> {
  const figures = new Map<string, AloneFigures>();
  let control: Control;
  try {
    control = await launchControl(port, initScripts);
  } catch (error) {
    console.warn(`  the browser-alone control could not start (${String(error)})`);
    for (const id of pages.keys()) figures.set(id, maxAndMedian([]));
    return figures;
  }
  try {
    for (let i = 0; i < warmUp.loads; i++) {
      try {
        await control.longestTask(warmUp.url, 0);
      } catch (error) {
        console.warn(`  a browser-alone warm-up load failed (${String(error)})`);
      }
    }
    for (const [id, { url, windows }] of pages) {
      const longest: number[] = [];
      for (const windowMs of windows) {
        try {
          const ms = await control.longestTask(url, windowMs);
          if (ms !== null) longest.push(ms);
        } catch (error) {
          console.warn(`  ${id}: a browser-alone load failed (${String(error)})`);
        }
      }
      figures.set(id, maxAndMedian(longest));
    }
  } finally {
    await control.close();
  }
  return figures;
}
