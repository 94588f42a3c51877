import {
  ODATA_MESSAGE,
  type ODataProxyResponse,
  type ODataRequestMessage,
} from '@/lib/sources/odata-proxy';
import { askBackground } from './ask-background';

/** The background answers within its own 8 s; this only guards against a message never answered. */
const PROXY_GUARD_MS = 12_000;

/**
 * One Tweede Kamer open-data GET through the background (a content script cannot reach that
 * origin itself; the background checks the optional host permission). Never throws: a lost or odd
 * reply is a failure like any other.
 */
export async function requestOData(url: string): Promise<ODataProxyResponse> {
  const message: ODataRequestMessage = { type: ODATA_MESSAGE, url };
  const reply = await askBackground(message, PROXY_GUARD_MS);
  if (reply.answered && reply.value && typeof reply.value === 'object')
    return reply.value as ODataProxyResponse;
  const timedOut = !reply.answered && reply.why === 'timeout';
  return { ok: false, error: timedOut ? 'timeout' : 'network', status: null };
}
