/**
 * The bench's control for the longest task: the same page in a Chromium that has no Kamerlens,
 * only a content script that marks when it runs (document_idle, where ours starts), launched once
 * our browser is closed. Its longest task is read over a window as long as one of our loads', so
 * a page where the browser alone has a task over the limit shows in the same run, next to ours:
 * on the 1.5 MB Handelingen page the browser's own timers and frames after the load reach 50 ms
 * without any extension.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, pageExpression } from '../tests/e2e/support/browsers';
import { SITE_HOST } from '../tests/e2e/support/fixture-server';
import type { Evaluate } from './bench-attribution';

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

export interface Control {
  /**
   * Loads `url` and returns its longest task over `windowMs` from where our script would start
   * (the span of our own load's window), or null when it could not be read.
   */
  longestTask(url: string, windowMs: number): Promise<number | null>;
  close(): Promise<void>;
}

export async function launchControl(port: number, initScripts: string[]): Promise<Control> {
  const dist = writeControlExtension();
  const browser = await launchChromium({ port, dist, initScripts });
  return {
    async longestTask(url, windowMs) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const evaluate: Evaluate = async (expression) =>
        (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result
          .value as unknown;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        const marked = `performance.getEntriesByName(${JSON.stringify(CONTROL_MARK)}).length > 0`;
        const until = Date.now() + 30_000;
        while ((await evaluate(marked)) !== true) {
          if (Date.now() > until) return null;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        // The window, and the long-task entries, which are delivered after their task ends.
        await new Promise((resolve) => setTimeout(resolve, windowMs + 300));
        const longest = await evaluate(
          pageExpression(longestFromMark, { mark: CONTROL_MARK, windowMs }),
        );
        return typeof longest === 'number' ? longest : null;
      } finally {
        await cdp.detach().catch(() => undefined);
        await page.close();
      }
    },
    async close() {
      await browser.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
