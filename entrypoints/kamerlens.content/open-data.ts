import { browser } from 'wxt/browser';
import {
  ODATA_MESSAGE,
  type ODataProxyResponse,
  type ODataRequestMessage,
} from '@/lib/sources/odata-proxy';

/** The background answers within its own 8 s; this only guards against a message never answered. */
const PROXY_GUARD_MS = 12_000;

/**
 * One Tweede Kamer open-data GET through the background (a content script cannot reach that
 * origin itself; the background checks the optional host permission). Never throws: a lost or odd
 * reply is a failure like any other.
 */
export async function requestOData(url: string): Promise<ODataProxyResponse> {
  const message: ODataRequestMessage = { type: ODATA_MESSAGE, url };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<ODataProxyResponse>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: 'timeout', status: null }),
      PROXY_GUARD_MS,
    );
  });
  try {
    const answer = browser.runtime
      .sendMessage(message)
      .then((r: unknown) => (r && typeof r === 'object' ? (r as ODataProxyResponse) : null))
      .catch(() => null)
      .then((r) => r ?? ({ ok: false, error: 'network', status: null } as ODataProxyResponse));
    return await Promise.race([answer, guard]);
  } finally {
    clearTimeout(timer);
  }
}
