import { describe, expect, it } from 'vitest';
import { fetchDocument } from '../../../lib/sources/fetch-document';
import { SITE, fakeSite, pageHtml } from './fixtures';

const ANSWER = '/ah-tk-20212022-3019.html';

describe('fetchDocument', () => {
  it('returns the text of a same-origin page', async () => {
    const site = fakeSite({ [ANSWER]: pageHtml('ah-tk-20212022-3019') });
    const r = await fetchDocument(`${SITE}${ANSWER}`, { origin: SITE, fetchImpl: site.fetchImpl });
    expect(r.ok).toBe(true);
    expect(r.ok && r.text).toContain('Antwoord 14');
  });

  it('resolves a path against the origin', async () => {
    const site = fakeSite({ [ANSWER]: pageHtml('ah-tk-20212022-3019') });
    const r = await fetchDocument(ANSWER, { origin: SITE, fetchImpl: site.fetchImpl });
    expect(r.url).toBe(`${SITE}${ANSWER}`);
  });

  it('refuses another origin without making a request', async () => {
    const site = fakeSite({});
    const r = await fetchDocument('https://example.org/ah-tk-20212022-3019.html', {
      origin: SITE,
      fetchImpl: site.fetchImpl,
    });
    expect(r).toMatchObject({ ok: false, error: 'cross-origin' });
    expect(site.requests).toEqual([]);
  });

  it.each([
    [404, 'not-found'],
    [410, 'not-found'],
    [500, 'server'],
    [503, 'server'],
    [403, 'http'],
  ])('maps HTTP %i to %s', async (status, error) => {
    const site = fakeSite({ [ANSWER]: { status } });
    const r = await fetchDocument(ANSWER, { origin: SITE, fetchImpl: site.fetchImpl });
    expect(r).toMatchObject({ ok: false, error, status });
  });

  it('maps a hanging request to a timeout within the bound', async () => {
    const site = fakeSite({ [ANSWER]: 'hang' });
    const r = await fetchDocument(ANSWER, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      timeoutMs: 50,
    });
    expect(r).toMatchObject({ ok: false, error: 'timeout' });
  });

  it('times out even when the fetch implementation ignores the signal', async () => {
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const r = await fetchDocument(ANSWER, { origin: SITE, fetchImpl: never, timeoutMs: 30 });
    expect(r).toMatchObject({ ok: false, error: 'timeout' });
  });

  it('maps a network error to "network" (or "offline" when the browser says so)', async () => {
    const site = fakeSite({ [ANSWER]: 'network' });
    const r = await fetchDocument(ANSWER, { origin: SITE, fetchImpl: site.fetchImpl });
    expect(r.ok).toBe(false);
    expect(!r.ok && ['network', 'offline']).toContain(!r.ok && r.error);
  });

  it('maps an empty body to malformed', async () => {
    const site = fakeSite({ [ANSWER]: '   ' });
    const r = await fetchDocument(ANSWER, { origin: SITE, fetchImpl: site.fetchImpl });
    expect(r).toMatchObject({ ok: false, error: 'malformed' });
  });

  it("stops when the caller's signal aborts", async () => {
    const site = fakeSite({ [ANSWER]: 'hang' });
    const controller = new AbortController();
    const pending = fetchDocument(ANSWER, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      signal: controller.signal,
      timeoutMs: 10_000,
    });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: 'aborted' });
  });

  it('does not request at all with an already aborted signal', async () => {
    const site = fakeSite({ [ANSWER]: pageHtml('ah-tk-20212022-3019') });
    const r = await fetchDocument(ANSWER, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      signal: AbortSignal.abort(),
    });
    expect(r).toMatchObject({ ok: false, error: 'aborted' });
    expect(site.requests).toEqual([]);
  });

  it('bounds the body before anything parses it: declared length and streamed bytes', async () => {
    const declared = (async () =>
      new Response('<html></html>', {
        headers: { 'content-length': '999999999' },
      })) as unknown as typeof fetch;
    const big = await fetchDocument(ANSWER, { origin: SITE, fetchImpl: declared, maxBytes: 1000 });
    expect(big).toMatchObject({ ok: false, error: 'malformed' });
    let pulled = 0;
    const endless = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(new TextEncoder().encode('<p>'.repeat(100)));
          },
        }),
      )) as unknown as typeof fetch;
    const streamed = await fetchDocument(ANSWER, {
      origin: SITE,
      fetchImpl: endless,
      maxBytes: 1000,
    });
    expect(streamed).toMatchObject({ ok: false, error: 'malformed' });
    expect(pulled).toBeLessThan(10);
    // A real page under the default bound is read whole, multi-byte characters intact.
    const site = fakeSite({ [ANSWER]: pageHtml('ah-tk-20212022-3019') });
    const ok = await fetchDocument(ANSWER, { origin: SITE, fetchImpl: site.fetchImpl });
    expect(ok).toMatchObject({ ok: true, text: pageHtml('ah-tk-20212022-3019') });
  });
});
