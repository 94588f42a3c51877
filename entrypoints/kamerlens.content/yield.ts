/**
 * Gives the browser the main thread back between pieces of start-up work, so no task of ours runs
 * long (DESIGN.md: no task over 50 ms). Microtasks (plain `await`) do not: everything chained by
 * awaits runs in the task that started it.
 *
 * The yield itself is the annotator's (lib/dom/annotate-slice): scheduler.yield() where the browser
 * has it, else an unclamped MessageChannel message.
 */
import { markPerformance, yieldToBrowser } from '@/lib/dom/annotate-slice';

export { markPerformance };
export const nextTask = yieldToBrowser;

/** Time left in a slice of work: `over()` is true once `sliceMs` have passed since the last yield. */
export function workSlice(sliceMs = 8, now: () => number = () => performance.now()) {
  let start = now();
  return {
    over: () => now() - start >= sliceMs,
    async yield(): Promise<void> {
      await nextTask();
      start = now();
    },
  };
}
