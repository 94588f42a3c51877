import { readTextCapped } from './read-capped';

/**
 * One same-origin GET with a bounded time, where every way it can go wrong becomes a value: the
 * content script must never throw or log an uncaught rejection because the site is slow or down.
 */

export type FetchFailure =
  | 'not-found' // 404/410
  | 'server' // 5xx
  | 'http' // any other non-2xx
  | 'timeout'
  | 'offline'
  | 'network'
  | 'aborted' // the caller's signal (page left, feature turned off)
  | 'cross-origin'
  | 'malformed'; // fetched, but not what was expected (empty, not HTML/XML, wrong document)

export type FetchResult =
  | { ok: true; url: string; status: number; text: string }
  | { ok: false; url: string; error: FetchFailure; status: number | null; message: string };

interface FetchOptions {
  /** Default 8 s; covers the headers and the body. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** The only origin requests may go to; default the page's own. */
  origin?: string;
  /** Bound on the body in bytes, checked before anything parses it; default 5 MB. */
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 8000;
/** Far above any Kamervraag, answer, motion page or metadata record the site serves. */
const DEFAULT_MAX_BYTES = 5_000_000;

export function failure(
  url: string,
  error: FetchFailure,
  message: string,
  status: number | null = null,
): FetchResult {
  return { ok: false, url, error, status, message };
}

export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const origin = options.origin ?? globalThis.location?.origin;
  let target: URL;
  try {
    target = new URL(url, origin);
  } catch {
    return failure(url, 'cross-origin', 'ongeldig adres');
  }
  if (!origin || target.origin !== origin) {
    return failure(
      target.href,
      'cross-origin',
      `alleen ${origin ?? 'dezelfde site'} is toegestaan`,
    );
  }
  const href = target.href;
  if (options.signal?.aborted) return failure(href, 'aborted', 'afgebroken');

  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  // Racing a promise that settles on timeout/abort guards against fetch implementations that ignore
  // the signal, and against a body that never finishes.
  const stop = new Promise<FetchResult>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      resolve(
        failure(href, 'timeout', `geen antwoord binnen ${Math.round(timeoutMs / 100) / 10} s`),
      );
    }, timeoutMs);
    controller.signal.addEventListener('abort', () => {
      if (!timedOut) resolve(failure(href, 'aborted', 'afgebroken'));
    });
  });

  const attempt = (async (): Promise<FetchResult> => {
    try {
      const response = await fetchImpl(href, {
        signal: controller.signal,
        credentials: 'same-origin',
        redirect: 'follow',
      });
      if (response.url && new URL(response.url).origin !== origin) {
        return failure(href, 'cross-origin', 'doorgestuurd naar een andere site');
      }
      if (!response.ok) {
        const kind: FetchFailure =
          response.status === 404 || response.status === 410
            ? 'not-found'
            : response.status >= 500
              ? 'server'
              : 'http';
        return failure(href, kind, `HTTP ${response.status}`, response.status);
      }
      const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
      const body = await readTextCapped(response, maxBytes);
      if (!body.ok) {
        const mb = Math.round(maxBytes / 100_000) / 10;
        return failure(href, 'malformed', `groter dan ${mb} MB`, response.status);
      }
      const text = body.text;
      if (!text.trim()) return failure(href, 'malformed', 'leeg antwoord', response.status);
      return { ok: true, url: href, status: response.status, text };
    } catch (e) {
      if (timedOut) return failure(href, 'timeout', 'tijd verstreken');
      if (controller.signal.aborted) return failure(href, 'aborted', 'afgebroken');
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      return failure(
        href,
        offline ? 'offline' : 'network',
        e instanceof Error ? e.message : String(e),
      );
    }
  })();

  try {
    return await Promise.race([attempt, stop]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
    // The losing branch may still settle later; it can never reject (both catch everything).
  }
}
