/**
 * A response body read as UTF-8 text up to a byte bound, so a huge or endless answer costs at most
 * that much memory (and never reaches DOMParser or JSON.parse): the declared length is checked
 * first, then the bytes as they stream in; past the bound the body is cancelled.
 */

type CappedText = { ok: true; text: string } | { ok: false; reason: 'too-large' };

export async function readTextCapped(response: Response, maxBytes: number): Promise<CappedText> {
  const declared = Number(response.headers?.get?.('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'too-large' };
  }
  const body = response.body;
  if (!body || typeof body.getReader !== 'function') {
    // No stream to count (some test doubles): the whole text, then the bound.
    const text = await response.text();
    return text.length > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, text };
  }
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}
