import { describe, expect, it } from 'vitest';
import { DAY_MS, createDocumentCache, memoryStore } from '../../../lib/sources/cache';
import { pageHtml } from './fixtures';

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
    const cache = createDocumentCache({ store, now: c.now, ttlMs: 10 });
    await cache.put('a', 'text');
    c.advance(11);
    await cache.get('a');
    expect([...store.map.keys()].filter((k) => k.includes(':a'))).toEqual([]);
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
