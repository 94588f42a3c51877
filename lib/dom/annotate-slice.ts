/**
 * Cooperative slicing: long work gives the browser back the main thread every `sliceMs`, so no task
 * runs long (the target is no task over 50 ms on a 1.5 MB page).
 */
interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * Yield to the event loop: scheduler.yield() where the browser has it (Chromium), else a
 * MessageChannel message (Firefox), which is not clamped the way nested setTimeout(0) is (≥ 4 ms).
 */
export function yieldToBrowser(): Promise<void> {
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

export interface Slicer {
  /** Call between units of work; resolves at once unless the slice is used up, then yields first. */
  maybeYield(): Promise<void> | null;
  /** Time spent working so far, in slices: the yields (and what the browser did meanwhile) left out. */
  workMs(): number;
  /** How many times it has yielded: while this stays the same, the page cannot have changed. */
  yields(): number;
  /**
   * Waits for work done elsewhere (the background): the clock stops meanwhile, since the page's
   * main thread is free, and it counts as a yield, since the page may change meanwhile.
   */
  wait<T>(pending: Promise<T>): Promise<T>;
}

/**
 * `maybeYield()` returns null while the current slice lasts (so the hot loop pays no promise),
 * else a promise that resolves after yielding.
 */
export function slicer(sliceMs: number, now: () => number = () => performance.now()): Slicer {
  let sliceStart = now();
  let worked = 0;
  let yielding = false;
  let yields = 0;
  /** Stops the clock at `at` until `pending` settles; a yield either way. */
  const pause = async <T>(pending: Promise<T>, at: number): Promise<T> => {
    worked += at - sliceStart;
    yielding = true;
    yields++;
    try {
      return await pending;
    } finally {
      yielding = false;
      sliceStart = now();
    }
  };
  return {
    maybeYield() {
      const t = now();
      return t - sliceStart < sliceMs ? null : pause(yieldToBrowser(), t);
    },
    workMs() {
      return yielding ? worked : worked + (now() - sliceStart);
    },
    yields: () => yields,
    wait: (pending) => pause(pending, now()),
  };
}

/** Marks on the page's performance timeline (read by `npm run bench`); harmless where unsupported. */
export function markPerformance(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}
