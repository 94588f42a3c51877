/**
 * The background side of open-data requests. A content script cannot fetch another origin itself, so
 * it asks the background with one message; the background fetches only URLs on the open-data host,
 * only when the user granted the optional host permission, with a bounded time, and answers with a
 * plain value (never a rejection). Only our own content script on the site may ask, only for the
 * query shapes we build, never following a redirect, and the body is bounded.
 */
import { SITE_ORIGIN } from '../links/search';
import { ODATA_BASE } from './odata';
import { readTextCapped } from './read-capped';

export const ODATA_MESSAGE = 'kamerlens:odata-get';

export interface ODataRequestMessage {
  type: typeof ODATA_MESSAGE;
  url: string;
}

type ODataProxyFailure =
  | 'no-permission'
  | 'bad-url'
  | 'bad-sender'
  | 'not-found'
  | 'server'
  | 'http'
  | 'timeout'
  | 'network'
  | 'too-large';

export type ODataProxyResponse =
  | { ok: true; status: number; text: string }
  | { ok: false; error: ODataProxyFailure; status: number | null };

interface ODataProxyDeps {
  /** Whether the optional host permission is granted right now (the user may revoke it any time). */
  hasPermission(): Promise<boolean>;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** Bound on the response body in bytes; default {@link ODATA_MAX_BYTES}. */
  maxBytes?: number;
}

const ODATA_TIMEOUT_MS = 8000;
/** A motion's vote or a zaak's documents are a few kB; 2 MB is far beyond any real answer. */
export const ODATA_MAX_BYTES = 2_000_000;
/** Our own queries are well under 1,000 characters. */
const MAX_URL_LENGTH = 2048;
/** The entity sets we query (`motionVoteUrl`, `zaakDocumentsUrl`), and their query options. */
const ENTITY_SETS = new Set(['Document', 'Zaak']);
const QUERY_OPTIONS = new Set(['$filter', '$select', '$expand']);

/** Who sent a message, as the browser reports it (`runtime.MessageSender`). */
interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

export function isODataRequest(message: unknown): message is ODataRequestMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === ODATA_MESSAGE &&
    typeof (message as { url?: unknown }).url === 'string'
  );
}

/**
 * Only the query shapes we build ourselves: https, the one host (no port, no userinfo, no
 * fragment), `Document` or `Zaak` right below the OData base, and only `$filter` (required),
 * `$select` and `$expand`, each at most once.
 */
export function isAllowedODataUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  try {
    const u = new URL(url);
    const base = new URL(ODATA_BASE);
    if (u.protocol !== 'https:' || u.host !== base.host || u.port !== '') return false;
    if (u.username || u.password || u.hash) return false;
    if (!u.pathname.startsWith(base.pathname)) return false;
    if (!ENTITY_SETS.has(u.pathname.slice(base.pathname.length))) return false;
    const names = [...u.searchParams.keys()];
    if (!names.includes('$filter')) return false;
    return names.every((n) => QUERY_OPTIONS.has(n)) && new Set(names).size === names.length;
  } catch {
    return false;
  }
}

/**
 * Only our own content script on an https page of the site may ask: the same extension id, from a
 * tab, with the site's origin. Other extensions, pages and frames are refused.
 */
export function isTrustedSender(
  sender: MessageSenderLike | null | undefined,
  ownId: string,
  siteOrigin: string = SITE_ORIGIN,
): boolean {
  if (!sender || sender.id !== ownId || !sender.tab) return false;
  const from = sender.url ?? sender.tab.url;
  if (typeof from !== 'string') return false;
  try {
    return new URL(from).origin === siteOrigin;
  } catch {
    return false;
  }
}

export async function handleODataRequest(
  message: ODataRequestMessage,
  deps: ODataProxyDeps,
): Promise<ODataProxyResponse> {
  if (!isAllowedODataUrl(message.url)) return { ok: false, error: 'bad-url', status: null };
  let granted = false;
  try {
    granted = await deps.hasPermission();
  } catch {
    granted = false;
  }
  if (!granted) return { ok: false, error: 'no-permission', status: null };

  const fetchImpl = deps.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ODataProxyResponse>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, error: 'timeout', status: null });
    }, deps.timeoutMs ?? ODATA_TIMEOUT_MS);
  });
  const attempt = (async (): Promise<ODataProxyResponse> => {
    try {
      const response = await fetchImpl(message.url, {
        signal: controller.signal,
        credentials: 'omit',
        // A redirect could lead anywhere; the open-data service answers our queries directly.
        redirect: 'error',
        headers: { Accept: 'application/json' },
      });
      // Also for fetch implementations that ignore `redirect`: the answer must come from where we asked.
      if (response.redirected || (response.url && !isAllowedODataUrl(response.url)))
        return { ok: false, error: 'bad-url', status: null };
      if (!response.ok) {
        const s = response.status;
        const error: ODataProxyFailure =
          s === 404 || s === 410 ? 'not-found' : s >= 500 ? 'server' : 'http';
        return { ok: false, error, status: s };
      }
      const body = await readTextCapped(response, deps.maxBytes ?? ODATA_MAX_BYTES);
      if (!body.ok) return { ok: false, error: 'too-large', status: response.status };
      return { ok: true, status: response.status, text: body.text };
    } catch {
      return controller.signal.aborted
        ? { ok: false, error: 'timeout', status: null }
        : { ok: false, error: 'network', status: null };
    }
  })();
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
