/**
 * Loads what a preview card shows for one cited document: its official page (same origin) and, with
 * the open-data opt-in, the vote on it. Per page view every target is asked for at most once (the
 * promise is kept, whatever its outcome); successes are also kept in the storage cache with an expiry,
 * so a later page view costs nothing. Nothing is requested until a card asks.
 */
import type { DocumentCache } from './cache';
import type { FetchFailure, FetchResult } from './fetch-document';
import { parseMotionHtml, type MotionPage } from './motion-page';
import { motionVoteUrl, parseKamerstukTarget, readMotionVote, type MotionVote } from './odata';
import type { ODataProxyResponse } from './odata-proxy';

type PageLoad = { ok: true; page: MotionPage } | { ok: false; error: FetchFailure };

export type VoteFailure =
  'not-found' | 'no-decision' | 'malformed' | 'no-permission' | 'unavailable' | 'not-a-motion';

export type VoteLoad = { ok: true; vote: MotionVote } | { ok: false; error: VoteFailure };

export interface MotionLoaderDeps {
  /** Same-origin GET of a page (`fetchDocument` bound to the page's origin). */
  fetchPage(url: string): Promise<FetchResult>;
  /** One open-data GET through the background proxy. */
  requestOData(url: string): Promise<ODataProxyResponse>;
  cache?: DocumentCache | null;
  /** Where the site's pages live: `https://zoek.officielebekendmakingen.nl/`. */
  siteBase: string;
}

const PAGE_TTL_MS = 7 * 86_400_000;
/** Votes change (a held motion gets voted on): keep them a day. */
const VOTE_TTL_MS = 86_400_000;

const pageKey = (target: string) => `motion-page:${target}`;
const voteKey = (target: string) => `motion-vote:${target}`;

export interface MotionLoader {
  loadPage(target: string): Promise<PageLoad>;
  loadVote(target: string): Promise<VoteLoad>;
}

async function cached<T>(cache: DocumentCache | null | undefined, key: string): Promise<T | null> {
  if (!cache) return null;
  try {
    const text = await cache.get(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export function createMotionLoader(deps: MotionLoaderDeps): MotionLoader {
  const pages = new Map<string, Promise<PageLoad>>();
  const votes = new Map<string, Promise<VoteLoad>>();

  const fetchPage = async (target: string): Promise<PageLoad> => {
    const hit = await cached<MotionPage>(deps.cache, pageKey(target));
    if (hit && typeof hit.title === 'string') return { ok: true, page: hit };
    const result = await deps.fetchPage(new URL(`${target}.html`, deps.siteBase).href);
    if (!result.ok) return { ok: false, error: result.error };
    const page = parseMotionHtml(result.text);
    if (!page) return { ok: false, error: 'malformed' };
    await deps.cache?.put(pageKey(target), JSON.stringify(page), PAGE_TTL_MS);
    return { ok: true, page };
  };

  const fetchVote = async (target: string): Promise<VoteLoad> => {
    const ref = parseKamerstukTarget(target);
    if (!ref) return { ok: false, error: 'not-a-motion' };
    const hit = await cached<MotionVote>(deps.cache, voteKey(target));
    if (hit && typeof hit.status === 'string') return { ok: true, vote: hit };
    let response: ODataProxyResponse;
    try {
      response = await deps.requestOData(motionVoteUrl(ref));
    } catch {
      return { ok: false, error: 'unavailable' };
    }
    if (!response || typeof response !== 'object') return { ok: false, error: 'unavailable' };
    if (!response.ok) {
      if (response.error === 'no-permission') return { ok: false, error: 'no-permission' };
      if (response.error === 'not-found') return { ok: false, error: 'not-found' };
      return { ok: false, error: 'unavailable' };
    }
    let json: unknown;
    try {
      json = JSON.parse(response.text);
    } catch {
      return { ok: false, error: 'malformed' };
    }
    const reading = readMotionVote(json, ref);
    if (!reading.ok) return { ok: false, error: reading.reason };
    await deps.cache?.put(voteKey(target), JSON.stringify(reading.vote), VOTE_TTL_MS);
    return { ok: true, vote: reading.vote };
  };

  // Memoized per page view: concurrent and repeated hovers share one request.
  const once = <T>(
    map: Map<string, Promise<T>>,
    target: string,
    load: (t: string) => Promise<T>,
    onThrow: T,
  ) => {
    let p = map.get(target);
    if (!p) {
      // Loaders map failures to values; this is the last guard so a card never sees a rejection.
      p = load(target).catch(() => onThrow);
      map.set(target, p);
    }
    return p;
  };

  return {
    loadPage: (target) => once(pages, target, fetchPage, { ok: false, error: 'network' }),
    loadVote: (target) => once(votes, target, fetchVote, { ok: false, error: 'unavailable' }),
  };
}
