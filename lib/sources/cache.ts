import { storage } from 'wxt/utils/storage';

/**
 * A small cache of fetched documents (page HTML, metadata.xml) in extension storage, so that a second
 * visit to a question page makes no request. Entries expire, and the whole cache is bounded by entry
 * count and by characters: the oldest entries go first.
 */

/** The storage the cache sits on; extension storage in the browser, a Map in tests. */
export interface CacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface DocumentCache {
  get(key: string): Promise<string | null>;
  put(key: string, text: string, ttlMs?: number): Promise<void>;
  clear(): Promise<void>;
}

export interface DocumentCacheOptions {
  store?: CacheStore;
  /** Default time to keep an entry: 7 days. */
  ttlMs?: number;
  maxEntries?: number;
  /** Bound on the summed text length of all entries (characters). */
  maxChars?: number;
  now?: () => number;
}

interface IndexEntry {
  key: string;
  savedAt: number;
  expiresAt: number;
  chars: number;
}

interface StoredEntry {
  savedAt: number;
  expiresAt: number;
  text: string;
}

export const DAY_MS = 86_400_000;
const INDEX_KEY = 'kamerlens-cache-index';
const ENTRY_PREFIX = 'kamerlens-cache:';

export function extensionStore(): CacheStore {
  return {
    get: (key) => storage.getItem(`local:${key}`),
    set: (key, value) => storage.setItem(`local:${key}`, value),
    remove: (key) => storage.removeItem(`local:${key}`),
  };
}

export function memoryStore(): CacheStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (key) => (map.has(key) ? structuredClone(map.get(key)) : null),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    remove: async (key) => void map.delete(key),
  };
}

export function createDocumentCache(options: DocumentCacheOptions = {}): DocumentCache {
  const store = options.store ?? extensionStore();
  const ttlMs = options.ttlMs ?? 7 * DAY_MS;
  const maxEntries = options.maxEntries ?? 60;
  const maxChars = options.maxChars ?? 2_000_000;
  const now = options.now ?? Date.now;
  // Index updates are read-modify-write: run them one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const readIndex = async (): Promise<IndexEntry[]> => {
    const raw = await store.get(INDEX_KEY);
    return Array.isArray(raw)
      ? (raw as IndexEntry[]).filter((e) => typeof e?.key === 'string')
      : [];
  };

  return {
    async get(key) {
      try {
        const raw = (await store.get(ENTRY_PREFIX + key)) as StoredEntry | null;
        if (!raw || typeof raw.text !== 'string') return null;
        if (raw.expiresAt <= now()) {
          await serial(async () => {
            await store.remove(ENTRY_PREFIX + key);
            await store.set(
              INDEX_KEY,
              (await readIndex()).filter((e) => e.key !== key),
            );
          });
          return null;
        }
        return raw.text;
      } catch {
        return null; // a broken cache is an empty cache
      }
    },

    put(key, text, entryTtl = ttlMs) {
      return serial(async () => {
        if (text.length > maxChars) return;
        const t = now();
        const entry: IndexEntry = { key, savedAt: t, expiresAt: t + entryTtl, chars: text.length };
        const previous = await readIndex();
        const evicted = previous.filter((e) => e.key !== key && e.expiresAt <= t).map((e) => e.key);
        const index = previous.filter((e) => e.key !== key && e.expiresAt > t);
        index.push(entry);
        // Evict oldest first until both bounds hold.
        index.sort((a, b) => a.savedAt - b.savedAt);
        let total = index.reduce((sum, e) => sum + e.chars, 0);
        while (index.length > maxEntries || total > maxChars) {
          const oldest = index.shift()!;
          total -= oldest.chars;
          evicted.push(oldest.key);
        }
        const stored: StoredEntry = { savedAt: t, expiresAt: entry.expiresAt, text };
        await store.set(ENTRY_PREFIX + key, stored);
        await store.set(INDEX_KEY, index);
        for (const old of evicted) await store.remove(ENTRY_PREFIX + old);
      }).catch(() => undefined);
    },

    clear() {
      return serial(async () => {
        for (const e of await readIndex()) await store.remove(ENTRY_PREFIX + e.key);
        await store.remove(INDEX_KEY);
      }).catch(() => undefined);
    },
  };
}
