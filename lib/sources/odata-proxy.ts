/**
 * The background side of open-data requests. A content script cannot fetch another origin itself, so
 * it asks the background with one message; the background fetches only URLs on the open-data host,
 * only when the user granted the optional host permission, with a bounded time, and answers with a
 * plain value (never a rejection).
 */
import { ODATA_BASE } from './odata';

export const ODATA_MESSAGE = 'kamerlens:odata-get';

export interface ODataRequestMessage {
  type: typeof ODATA_MESSAGE;
  url: string;
}

export type ODataProxyFailure =
  'no-permission' | 'bad-url' | 'not-found' | 'server' | 'http' | 'timeout' | 'network';

export type ODataProxyResponse =
  | { ok: true; status: number; text: string }
  | { ok: false; error: ODataProxyFailure; status: number | null };

export interface ODataProxyDeps {
  /** Whether the optional host permission is granted right now (the user may revoke it any time). */
  hasPermission(): Promise<boolean>;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export const ODATA_TIMEOUT_MS = 8000;

export function isODataRequest(message: unknown): message is ODataRequestMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === ODATA_MESSAGE &&
    typeof (message as { url?: unknown }).url === 'string'
  );
}

/** Only GETs below the OData base path, over https, on the one host. */
export function isAllowedODataUrl(url: string): boolean {
  try {
    const u = new URL(url);
    const base = new URL(ODATA_BASE);
    return u.protocol === 'https:' && u.host === base.host && u.pathname.startsWith(base.pathname);
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
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        const s = response.status;
        const error: ODataProxyFailure =
          s === 404 || s === 410 ? 'not-found' : s >= 500 ? 'server' : 'http';
        return { ok: false, error, status: s };
      }
      return { ok: true, status: response.status, text: await response.text() };
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
