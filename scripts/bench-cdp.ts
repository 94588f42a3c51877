/**
 * Asking a page over the Chrome DevTools Protocol, for the benches: one expression at a time in
 * the page's main world. Not Playwright's evaluate or waitForFunction: on first use in a page they
 * inject Playwright's utility script (about 330 kB) into the main world, a 25–37 ms task on the
 * page's thread (traced on the question page) inside the window whose longest task the bench
 * counts as ours.
 */
import type { CDPSession } from 'playwright-core';

/** Evaluates an expression in the page's main world, returning its value. */
export type Evaluate = (expression: string) => Promise<unknown>;

export const overCdp =
  (cdp: CDPSession): Evaluate =>
  async (expression) =>
    (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result
      .value as unknown;

/** Waits until the page has the performance mark `name`, asking every 100 ms; false on timeout. */
export async function markSet(
  evaluate: Evaluate,
  name: string,
  timeoutMs: number,
): Promise<boolean> {
  const expression = `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await evaluate(expression)) === true) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
