/**
 * Gives the browser the main thread back between pieces of start-up work, so no task of ours runs
 * long (DESIGN.md: no task over 50 ms). Microtasks (plain `await`) do not: everything chained by
 * awaits runs in the task that started it.
 *
 * scheduler.yield() where the browser has it (Chromium); else a MessageChannel message, which is
 * not clamped the way a nested setTimeout(0) is (at least 4 ms after a few levels).
 */
interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

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

/** Marks on the page's performance timeline (read by `npm run bench`); harmless where unsupported. */
export function markPerformance(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}
