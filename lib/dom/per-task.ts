/**
 * A value made at most once per task: `get()` makes it on first use and drops it when the task's
 * microtasks run. Meant for memos of the page's tree (which element is skipped, which text lies in
 * a question): until then only the code that asked runs, so the page cannot change what they hold,
 * and after any `await` the next use reads the page afresh.
 */
export function perTask<T>(make: () => T): () => T {
  let current: { value: T } | null = null;
  return () => {
    if (current === null) {
      current = { value: make() };
      // A promise rather than queueMicrotask: the engine's own queue, with no call into the
      // browser (queueMicrotask's first call in a content script measured about 0.1 ms).
      void Promise.resolve().then(() => {
        current = null;
      });
    }
    return current.value;
  };
}
