import { storage } from 'wxt/utils/storage';

/**
 * A small cache of fetched documents (page HTML, metadata.xml) in extension storage, so that a second
 * visit to a question page makes no request. Entries expire, and the whole cache is bounded by entry
 * count and by characters: the oldest entries go first. Keys carry the origin and a schema version;
 * an entry of the wrong shape is treated as expired, never trusted.
 */

/** The storage the cache sits on; extension storage in the browser, a Map in tests. */
interface CacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface DocumentCache {
  get(key: string): Promise<string | null>;
  put(key: string, text: string, ttlMs?: number): Promise<void>;
  /** Removes this origin's entries whose key starts with `prefix` (`kv-tk-2022Z04510:`). */
  evict(prefix: string): Promise<void>;
  /** Removes every entry of ours, of every origin and every earlier schema. */
  clear(): Promise<void>;
}

interface DocumentCacheOptions {
  store?: CacheStore;
  /**
   * The site the entries came from; part of every key, so a page fetched from one origin (an http
   * page, a test server) is never served into another. Default: the page's own origin.
   */
  origin?: string;
  /** Default time to keep an entry: 7 days. */
  ttlMs?: number;
  maxEntries?: number;
  /** Bound on the summed text length of all entries (characters). */
  maxChars?: number;
  now?: () => number;
}

interface IndexEntry {
  /** The full storage key (prefix, schema, origin, key). */
  key: string;
  savedAt: number;
  expiresAt: number;
  chars: number;
}

interface StoredEntry {
  /** The full storage key again: an entry stored under another key is not this one. */
  key: string;
  savedAt: number;
  expiresAt: number;
  text: string;
}

export const DAY_MS = 86_400_000;
/** Bumped when what an entry holds changes: entries of another schema are never read. */
export const CACHE_SCHEMA = 2;
const ENTRY_PREFIX = 'kamerlens-cache:';
const SCHEMA_PREFIX = `${ENTRY_PREFIX}v${CACHE_SCHEMA}:`;
const INDEX_KEY = `kamerlens-cache-index:v${CACHE_SCHEMA}`;
/** Schema 1 kept its index here, with keys without origin. */
const LEGACY_INDEX_KEY = 'kamerlens-cache-index';

/** The storage key of `key` from `origin`. */
export function cacheStorageKey(origin: string, key: string): string {
  return `${SCHEMA_PREFIX}${origin}|${key}`;
}

function extensionStore(): CacheStore {
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

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** An index entry of the current schema, or null: anything else is treated as expired. */
function readIndexEntry(raw: unknown): IndexEntry | null {
  if (!isRecord(raw)) return null;
  const { key, savedAt, expiresAt, chars } = raw;
  if (typeof key !== 'string' || !key.startsWith(SCHEMA_PREFIX)) return null;
  if (!isTime(savedAt) || !isTime(expiresAt) || !isCount(chars)) return null;
  return { key, savedAt, expiresAt, chars };
}

/** A stored entry with the expected shape under the expected key, or null. */
function readStoredEntry(raw: unknown, fullKey: string): StoredEntry | null {
  if (!isRecord(raw)) return null;
  const { key, savedAt, expiresAt, text } = raw;
  if (key !== fullKey || typeof text !== 'string') return null;
  if (!isTime(savedAt) || !isTime(expiresAt)) return null;
  return { key, savedAt, expiresAt, text };
}

export function createDocumentCache(options: DocumentCacheOptions = {}): DocumentCache {
  const store = options.store ?? extensionStore();
  const origin = options.origin ?? globalThis.location?.origin ?? 'null';
  const validTtl = (ms: unknown, fallback: number) =>
    typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : fallback;
  const ttlMs = validTtl(options.ttlMs, 7 * DAY_MS);
  const maxEntries = options.maxEntries ?? 60;
  const maxChars = options.maxChars ?? 2_000_000;
  const now = options.now ?? Date.now;
  const fullKey = (key: string) => cacheStorageKey(origin, key);
  // Index updates are read-modify-write: run them one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The index of the current schema, bad entries left out (their data goes on the next write). */
  const readIndex = async (): Promise<{ entries: IndexEntry[]; bad: string[] }> => {
    const raw = await store.get(INDEX_KEY);
    const entries: IndexEntry[] = [];
    const bad: string[] = [];
    for (const item of Array.isArray(raw) ? (raw as unknown[]) : []) {
      const entry = readIndexEntry(item);
      if (entry) entries.push(entry);
      else if (isRecord(item) && typeof item.key === 'string' && item.key.startsWith(ENTRY_PREFIX))
        bad.push(item.key);
    }
    return { entries, bad };
  };

  /** Entries of an earlier schema (keys without origin) go on the first write. */
  let legacySwept = false;
  const sweepLegacy = async () => {
    if (legacySwept) return;
    legacySwept = true;
    const legacy = await store.get(LEGACY_INDEX_KEY);
    if (legacy === null || legacy === undefined) return;
    for (const item of Array.isArray(legacy) ? (legacy as unknown[]) : []) {
      if (isRecord(item) && typeof item.key === 'string')
        await store.remove(ENTRY_PREFIX + item.key);
    }
    await store.remove(LEGACY_INDEX_KEY);
  };

  const removeWhere = (drop: (entry: IndexEntry) => boolean) =>
    serial(async () => {
      const { entries, bad } = await readIndex();
      const gone = [...bad, ...entries.filter(drop).map((e) => e.key)];
      for (const key of gone) await store.remove(key);
      await store.set(
        INDEX_KEY,
        entries.filter((e) => !gone.includes(e.key)),
      );
    }).catch(() => undefined);

  return {
    async get(key) {
      try {
        const storageKey = fullKey(key);
        const raw = await store.get(storageKey);
        if (raw === null || raw === undefined) return null;
        const entry = readStoredEntry(raw, storageKey);
        if (entry && entry.expiresAt > now()) return entry.text;
        // Expired, or not the shape we write: gone from storage and index.
        await removeWhere((e) => e.key === storageKey);
        await store.remove(storageKey);
        return null;
      } catch {
        return null; // a broken cache is an empty cache
      }
    },

    put(key, text, entryTtl) {
      return serial(async () => {
        if (typeof text !== 'string' || text.length > maxChars) return;
        await sweepLegacy();
        const storageKey = fullKey(key);
        const t = now();
        const expiresAt = t + validTtl(entryTtl, ttlMs);
        const entry: IndexEntry = { key: storageKey, savedAt: t, expiresAt, chars: text.length };
        const { entries: previous, bad } = await readIndex();
        const evicted = [
          ...bad,
          ...previous.filter((e) => e.key !== storageKey && e.expiresAt <= t).map((e) => e.key),
        ];
        const index = previous.filter((e) => e.key !== storageKey && e.expiresAt > t);
        index.push(entry);
        // Evict oldest first until both bounds hold.
        index.sort((a, b) => a.savedAt - b.savedAt);
        let total = index.reduce((sum, e) => sum + e.chars, 0);
        while (index.length > maxEntries || total > maxChars) {
          const oldest = index.shift()!;
          total -= oldest.chars;
          evicted.push(oldest.key);
        }
        const stored: StoredEntry = { key: storageKey, savedAt: t, expiresAt, text };
        await store.set(storageKey, stored);
        await store.set(INDEX_KEY, index);
        for (const old of evicted) if (old !== storageKey) await store.remove(old);
      }).catch(() => undefined);
    },

    evict(prefix) {
      const start = fullKey(prefix);
      return removeWhere((e) => e.key.startsWith(start));
    },

    clear() {
      return serial(async () => {
        legacySwept = false;
        await sweepLegacy();
        const raw = await store.get(INDEX_KEY);
        for (const item of Array.isArray(raw) ? (raw as unknown[]) : []) {
          if (isRecord(item) && typeof item.key === 'string' && item.key.startsWith(ENTRY_PREFIX))
            await store.remove(item.key);
        }
        await store.remove(INDEX_KEY);
      }).catch(() => undefined);
    },
  };
}
