import { describe, expect, it } from 'vitest';
import {
  CACHE_SCHEMA,
  DAY_MS,
  cacheStorageKey,
  createDocumentCache,
  memoryStore,
} from '../../../lib/sources/cache';
import { pageHtml } from './fixtures';

const SITE = 'https://zoek.officielebekendmakingen.nl';
const INDEX = `kamerlens-cache-index:v${CACHE_SCHEMA}`;

function clock(start = Date.UTC(2022, 5, 8)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('document cache', () => {
  it('returns what was put, until it expires', async () => {
    const c = clock();
    const cache = createDocumentCache({ store: memoryStore(), now: c.now, ttlMs: DAY_MS });
    const html = pageHtml('ah-tk-20212022-3019');
    await cache.put('ah-tk-20212022-3019:html', html);
    expect(await cache.get('ah-tk-20212022-3019:html')).toBe(html);
    c.advance(DAY_MS - 1);
    expect(await cache.get('ah-tk-20212022-3019:html')).toBe(html);
    c.advance(1);
    expect(await cache.get('ah-tk-20212022-3019:html')).toBeNull();
  });

  it('removes an expired entry from storage', async () => {
    const c = clock();
    const store = memoryStore();
    const cache = createDocumentCache({ store, now: c.now, ttlMs: 10, origin: SITE });
    await cache.put('a', 'text');
    expect(store.map.has(cacheStorageKey(SITE, 'a'))).toBe(true);
    c.advance(11);
    await cache.get('a');
    expect(store.map.has(cacheStorageKey(SITE, 'a'))).toBe(false);
    expect(store.map.get(INDEX)).toEqual([]);
  });

  it('evicts the oldest entries beyond the entry bound', async () => {
    const c = clock();
    const store = memoryStore();
    const cache = createDocumentCache({ store, now: c.now, maxEntries: 2 });
    for (const key of ['one', 'two', 'three']) {
      await cache.put(key, `text of ${key}`);
      c.advance(1000);
    }
    expect(await cache.get('one')).toBeNull();
    expect(await cache.get('two')).toBe('text of two');
    expect(await cache.get('three')).toBe('text of three');
    expect(store.map.size).toBe(3); // two entries + the index
  });

  it('evicts the oldest entries beyond the size bound, and never stores an entry larger than the bound', async () => {
    const c = clock();
    const cache = createDocumentCache({ store: memoryStore(), now: c.now, maxChars: 25 });
    await cache.put('a', 'x'.repeat(10));
    c.advance(1);
    await cache.put('b', 'y'.repeat(10));
    c.advance(1);
    await cache.put('c', 'z'.repeat(10));
    expect(await cache.get('a')).toBeNull();
    expect(await cache.get('b')).not.toBeNull();
    await cache.put('huge', 'h'.repeat(26));
    expect(await cache.get('huge')).toBeNull();
    expect(await cache.get('c')).not.toBeNull();
  });

  it('keeps the index consistent under concurrent puts', async () => {
    const cache = createDocumentCache({ store: memoryStore(), maxEntries: 100 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.put(`k${i}`, `v${i}`)));
    const got = await Promise.all(Array.from({ length: 20 }, (_, i) => cache.get(`k${i}`)));
    expect(got).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
  });

  it('treats a broken store as an empty cache', async () => {
    const broken = {
      get: async () => {
        throw new Error('quota');
      },
      set: async () => {
        throw new Error('quota');
      },
      remove: async () => undefined,
    };
    const cache = createDocumentCache({ store: broken });
    await expect(cache.put('a', 'b')).resolves.toBeUndefined();
    await expect(cache.get('a')).resolves.toBeNull();
  });

  it('works on extension storage (the test browser)', async () => {
    const cache = createDocumentCache();
    await cache.put('kv-tk-2022Z04510:metadata', '<metadata_gegevens/>');
    expect(await cache.get('kv-tk-2022Z04510:metadata')).toBe('<metadata_gegevens/>');
    await cache.clear();
    expect(await cache.get('kv-tk-2022Z04510:metadata')).toBeNull();
  });
});

describe('document cache: keys, schema and shape', () => {
  it('keys carry the origin: what came over http is never served to the https page', async () => {
    const store = memoryStore();
    const http = createDocumentCache({ store, origin: 'http://zoek.officielebekendmakingen.nl' });
    const https = createDocumentCache({ store, origin: SITE });
    await http.put('ah-tk-20212022-3019:html', '<html>over http</html>');
    expect(await https.get('ah-tk-20212022-3019:html')).toBeNull();
    expect(await http.get('ah-tk-20212022-3019:html')).toBe('<html>over http</html>');
    expect(cacheStorageKey(SITE, 'k')).toBe(`kamerlens-cache:v${CACHE_SCHEMA}:${SITE}|k`);
  });

  it('never reads an entry of the earlier schema, and removes them on the first write', async () => {
    const store = memoryStore();
    const t = Date.now();
    // Schema 1: entries under `kamerlens-cache:<key>`, the index under `kamerlens-cache-index`.
    await store.set('kamerlens-cache:ah-tk-1:html', {
      savedAt: t,
      expiresAt: t + DAY_MS,
      text: 'old',
    });
    await store.set('kamerlens-cache-index', [
      { key: 'ah-tk-1:html', savedAt: t, expiresAt: t + DAY_MS, chars: 3 },
    ]);
    const cache = createDocumentCache({ store, origin: SITE });
    expect(await cache.get('ah-tk-1:html')).toBeNull();
    await cache.put('new', 'text');
    expect([...store.map.keys()].sort()).toEqual([INDEX, cacheStorageKey(SITE, 'new')].sort());
  });

  it('an entry of the wrong shape is treated as expired and removed', async () => {
    const store = memoryStore();
    const cache = createDocumentCache({ store, origin: SITE });
    const key = cacheStorageKey(SITE, 'x');
    const t = Date.now();
    for (const bad of [
      'just text',
      42,
      [],
      { savedAt: t, expiresAt: t + DAY_MS }, // no text
      { key, savedAt: t, expiresAt: t + DAY_MS, text: 7 },
      { key, savedAt: t, expiresAt: Number.NaN, text: 'nan' },
      { key, savedAt: 'then', expiresAt: t + DAY_MS, text: 'when' },
      // Copied from another key: not this entry.
      { key: cacheStorageKey(SITE, 'y'), savedAt: t, expiresAt: t + DAY_MS, text: 'moved' },
      // Infinity never expires: refused.
      { key, savedAt: t, expiresAt: Number.POSITIVE_INFINITY, text: 'forever' },
    ]) {
      await store.set(key, bad);
      expect(await cache.get('x'), JSON.stringify(bad)).toBeNull();
      expect(store.map.has(key)).toBe(false);
    }
  });

  it('bad index entries are dropped, and the size bound still holds (totals never NaN)', async () => {
    const store = memoryStore();
    const c = clock();
    const t = c.now();
    const good = cacheStorageKey(SITE, 'good');
    await store.set(good, { key: good, savedAt: t, expiresAt: t + DAY_MS, text: 'g'.repeat(10) });
    await store.set(cacheStorageKey(SITE, 'nan'), { text: 'x' });
    await store.set(INDEX, [
      { key: good, savedAt: t, expiresAt: t + DAY_MS, chars: 10 },
      { key: cacheStorageKey(SITE, 'nan'), savedAt: t, expiresAt: t + DAY_MS, chars: Number.NaN },
      { key: cacheStorageKey(SITE, 'neg'), savedAt: t, expiresAt: t + DAY_MS, chars: -5 },
      { savedAt: t },
      'nonsense',
      null,
    ]);
    const cache = createDocumentCache({ store, now: c.now, origin: SITE, maxChars: 25 });
    c.advance(1);
    await cache.put('a', 'a'.repeat(10));
    c.advance(1);
    await cache.put('b', 'b'.repeat(10));
    // 10 + 10 + 10 > 25: the oldest (good) went; with a NaN total nothing would ever go.
    expect(await cache.get('good')).toBeNull();
    expect(await cache.get('a')).toBe('a'.repeat(10));
    expect(await cache.get('b')).toBe('b'.repeat(10));
    expect(store.map.has(cacheStorageKey(SITE, 'nan'))).toBe(false);
    const index = store.map.get(INDEX) as Array<{ key: string; chars: number }>;
    expect(index.map((e) => e.key)).toEqual([
      cacheStorageKey(SITE, 'a'),
      cacheStorageKey(SITE, 'b'),
    ]);
    expect(index.every((e) => Number.isFinite(e.chars))).toBe(true);
  });

  it('a ttl that is not a positive number falls back to the default', async () => {
    const c = clock();
    const cache = createDocumentCache({ store: memoryStore(), now: c.now, ttlMs: DAY_MS });
    await cache.put('nan', 'x', Number.NaN);
    await cache.put('neg', 'x', -1);
    c.advance(DAY_MS - 1);
    expect(await cache.get('nan')).toBe('x');
    expect(await cache.get('neg')).toBe('x');
    c.advance(1);
    expect(await cache.get('nan')).toBeNull();
  });

  it('evicts by key prefix, only its own origin', async () => {
    const store = memoryStore();
    const cache = createDocumentCache({ store, origin: SITE });
    const other = createDocumentCache({ store, origin: 'https://example.invalid' });
    await cache.put('motion-page:kst-1', 'p1');
    await cache.put('motion-page:kst-2', 'p2');
    await cache.put('motion-vote:kst-1', 'v1');
    await other.put('motion-page:kst-1', 'elsewhere');
    await cache.evict('motion-page:');
    expect(await cache.get('motion-page:kst-1')).toBeNull();
    expect(await cache.get('motion-page:kst-2')).toBeNull();
    expect(await cache.get('motion-vote:kst-1')).toBe('v1');
    expect(await other.get('motion-page:kst-1')).toBe('elsewhere');
    await cache.clear();
    expect(await other.get('motion-page:kst-1')).toBeNull();
    expect(store.map.size).toBe(0);
  });
});
