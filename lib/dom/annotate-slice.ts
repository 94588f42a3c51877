/**
 * Cooperative slicing: long work gives the browser back the main thread every `sliceMs`, so no task
 * runs long (the target is no task over 50 ms on a 1.5 MB page).
 */
interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** Yield to the event loop: scheduler.yield() where the browser has it, else a macrotask. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface Slicer {
  /** Call between units of work; resolves at once unless the slice is used up, then yields first. */
  maybeYield(): Promise<void> | null;
}

/**
 * `maybeYield()` returns null while the current slice lasts (so the hot loop pays no promise),
 * else a promise that resolves after yielding.
 */
export function slicer(sliceMs: number, now: () => number = () => performance.now()): Slicer {
  let sliceStart = now();
  return {
    maybeYield() {
      if (now() - sliceStart < sliceMs) return null;
      return yieldToBrowser().then(() => {
        sliceStart = now();
      });
    },
  };
}
