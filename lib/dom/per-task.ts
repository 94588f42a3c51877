/**
 * A value kept for one synchronous run: `get()` makes it on first use and drops it at the next
 * microtask checkpoint (so after any `await` the next use makes it again). Meant for memos of the
 * page's tree (which element is skipped, which text lies in a question). They assume that no page
 * code runs in the middle of our own synchronous code: true of scripts, observers, promises and
 * events, but not of the legacy mutation events some browsers still fire inside a DOM write (a
 * page that edits its tree from a DOMNodeRemoved listener could leave them stale until the run ends).
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
