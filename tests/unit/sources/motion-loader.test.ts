import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentCache, memoryStore } from '../../../lib/sources/cache';
import type { FetchResult } from '../../../lib/sources/fetch-document';
import { createMotionLoader, type MotionLoaderDeps } from '../../../lib/sources/motion-loader';
import { ODATA_BASE } from '../../../lib/sources/odata';
import type { ODataProxyResponse } from '../../../lib/sources/odata-proxy';

const SITE = 'https://zoek.officielebekendmakingen.nl/';
const motionHtml = readFileSync(resolve('tests/fixtures/pages/kst-30821-90.html'), 'utf8');
const voteJson = readFileSync(resolve('tests/fixtures/odata/motion-30821-90.json'), 'utf8');

/** Deps that record every request and answer from the given tables. */
function fakeDeps(
  pages: Record<string, FetchResult> = {},
  odata: ODataProxyResponse = { ok: true, status: 200, text: voteJson },
) {
  const pageRequests: string[] = [];
  const odataRequests: string[] = [];
  const deps: MotionLoaderDeps = {
    siteBase: SITE,
    cache: createDocumentCache({ store: memoryStore() }),
    async fetchPage(url) {
      pageRequests.push(url);
      return pages[url] ?? { ok: false, url, error: 'not-found', status: 404, message: 'HTTP 404' };
    },
    async requestOData(url) {
      odataRequests.push(url);
      return odata;
    },
  };
  return { deps, pageRequests, odataRequests };
}

const okPage = (url: string, text: string): FetchResult => ({ ok: true, url, status: 200, text });

describe('createMotionLoader', () => {
  const url90 = `${SITE}kst-30821-90.html`;

  it('loads and parses the page, once per page view even when asked concurrently', async () => {
    const { deps, pageRequests } = fakeDeps({ [url90]: okPage(url90, motionHtml) });
    const loader = createMotionLoader(deps);
    const [a, b] = await Promise.all([
      loader.loadPage('kst-30821-90'),
      loader.loadPage('kst-30821-90'),
    ]);
    await loader.loadPage('kst-30821-90');
    expect(pageRequests).toEqual([url90]);
    expect(a).toBe(b);
    expect(a.ok && a.page.indieners).toEqual(['Buitenweg', 'Verhoeven']);
  });

  it('serves a later page view from the cache without a request', async () => {
    const first = fakeDeps({ [url90]: okPage(url90, motionHtml) });
    await createMotionLoader(first.deps).loadPage('kst-30821-90');
    await createMotionLoader(first.deps).loadVote('kst-30821-90');
    const second = { ...first.deps };
    const pageRequests: string[] = [];
    const odataRequests: string[] = [];
    second.fetchPage = async (u) => (pageRequests.push(u), okPage(u, motionHtml));
    second.requestOData = async (u) => (
      odataRequests.push(u),
      { ok: false, error: 'server', status: 500 }
    );
    const loader = createMotionLoader(second);
    const page = await loader.loadPage('kst-30821-90');
    const vote = await loader.loadVote('kst-30821-90');
    expect(page.ok && page.page.title).toMatch(/^Motie van de leden Buitenweg en Verhoeven/);
    expect(vote.ok && vote.vote.status).toBe('aangehouden');
    expect(pageRequests).toEqual([]);
    expect(odataRequests).toEqual([]);
  });

  it('maps page failures to one value and does not ask again in the same page view', async () => {
    const { deps, pageRequests } = fakeDeps({
      [url90]: { ok: false, url: url90, error: 'server', status: 500, message: 'HTTP 500' },
    });
    const loader = createMotionLoader(deps);
    expect(await loader.loadPage('kst-30821-90')).toEqual({ ok: false, error: 'server' });
    expect(await loader.loadPage('kst-30821-90')).toEqual({ ok: false, error: 'server' });
    expect(pageRequests).toHaveLength(1);
    expect(await loader.loadPage('kst-1-2')).toEqual({ ok: false, error: 'not-found' });
  });

  it('reports HTML without a publication as malformed', async () => {
    const { deps } = fakeDeps({ [url90]: okPage(url90, '<html><body></body></html>') });
    expect(await createMotionLoader(deps).loadPage('kst-30821-90')).toEqual({
      ok: false,
      error: 'malformed',
    });
  });

  it('never rejects, even when a dependency throws', async () => {
    const { deps } = fakeDeps();
    deps.fetchPage = async () => {
      throw new Error('boom');
    };
    deps.requestOData = async () => {
      throw new Error('boom');
    };
    const loader = createMotionLoader(deps);
    expect(await loader.loadPage('kst-30821-90')).toEqual({ ok: false, error: 'network' });
    expect(await loader.loadVote('kst-30821-90')).toEqual({ ok: false, error: 'unavailable' });
  });

  it('asks open data once, with the dossier-and-toevoeging query, and reads the vote', async () => {
    const { deps, odataRequests } = fakeDeps();
    const loader = createMotionLoader(deps);
    const [v1, v2] = await Promise.all([
      loader.loadVote('kst-30821-90'),
      loader.loadVote('kst-30821-90'),
    ]);
    expect(v1).toBe(v2);
    expect(v1.ok && v1.vote.status).toBe('aangehouden');
    expect(odataRequests).toHaveLength(1);
    expect(odataRequests[0]!.startsWith(`${ODATA_BASE}Document?`)).toBe(true);
    expect(decodeURIComponent(odataRequests[0]!)).toContain(
      'd/Nummer eq 30821 and d/Toevoeging eq null',
    );
  });

  it('maps open-data failures', async () => {
    const cases: [ODataProxyResponse, string][] = [
      [{ ok: false, error: 'server', status: 500 }, 'unavailable'],
      [{ ok: false, error: 'timeout', status: null }, 'unavailable'],
      [{ ok: false, error: 'no-permission', status: null }, 'no-permission'],
      [{ ok: false, error: 'not-found', status: 404 }, 'not-found'],
      [{ ok: true, status: 200, text: '{not json' }, 'malformed'],
      [{ ok: true, status: 200, text: '{"value": []}' }, 'not-found'],
    ];
    for (const [response, error] of cases) {
      const { deps } = fakeDeps({}, response);
      expect(await createMotionLoader(deps).loadVote('kst-30821-90')).toEqual({ ok: false, error });
    }
  });

  it('asks nothing for a target without a document number', async () => {
    const { deps, odataRequests } = fakeDeps();
    expect(await createMotionLoader(deps).loadVote('kst-35010-C')).toEqual({
      ok: false,
      error: 'not-a-motion',
    });
    expect(odataRequests).toEqual([]);
  });
});
