import { describe, expect, it } from 'vitest';
import { ODATA_BASE, motionVoteUrl } from '../../../lib/sources/odata';
import {
  ODATA_MAX_BYTES,
  ODATA_MESSAGE,
  handleODataRequest,
  isAllowedODataUrl,
  isODataRequest,
  isTrustedSender,
} from '../../../lib/sources/odata-proxy';
import { zaakDocumentsUrl } from '../../../lib/sources/zaak-documents';

const URL_OK = `${ODATA_BASE}Document?$filter=Volgnummer%20eq%2090`;
const msg = (url: string) => ({ type: ODATA_MESSAGE, url }) as const;

describe('odata proxy', () => {
  it('recognizes its message', () => {
    expect(isODataRequest(msg(URL_OK))).toBe(true);
    expect(isODataRequest({ type: 'other', url: URL_OK })).toBe(false);
    expect(isODataRequest({ type: ODATA_MESSAGE })).toBe(false);
    expect(isODataRequest(null)).toBe(false);
  });

  it('allows only https GETs below the OData base on the open-data host', () => {
    expect(isAllowedODataUrl(URL_OK)).toBe(true);
    expect(isAllowedODataUrl(URL_OK.replace('https:', 'http:'))).toBe(false);
    expect(isAllowedODataUrl('https://example.org/OData/v4/2.0/Document')).toBe(false);
    expect(isAllowedODataUrl('https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed')).toBe(
      false,
    );
    expect(isAllowedODataUrl('not a url')).toBe(false);
  });

  it('refuses without the permission and without fetching', async () => {
    let fetched = 0;
    const r = await handleODataRequest(msg(URL_OK), {
      hasPermission: async () => false,
      fetchImpl: (async () => (fetched++, new Response('{}'))) as typeof fetch,
    });
    expect(r).toEqual({ ok: false, error: 'no-permission', status: null });
    expect(fetched).toBe(0);
  });

  it('refuses other URLs before asking for the permission', async () => {
    const r = await handleODataRequest(msg('https://example.org/x'), {
      hasPermission: async () => true,
    });
    expect(r).toEqual({ ok: false, error: 'bad-url', status: null });
  });

  it('passes the body through, and maps HTTP errors and network failures', async () => {
    const answer = (body: string, status: number) =>
      (async () => new Response(body, { status })) as unknown as typeof fetch;
    const deps = { hasPermission: async () => true };
    expect(
      await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: answer('{"value":[]}', 200) }),
    ).toEqual({
      ok: true,
      status: 200,
      text: '{"value":[]}',
    });
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: answer('x', 500) })).toEqual(
      {
        ok: false,
        error: 'server',
        status: 500,
      },
    );
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: answer('x', 404) })).toEqual(
      {
        ok: false,
        error: 'not-found',
        status: 404,
      },
    );
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: answer('x', 403) })).toEqual(
      {
        ok: false,
        error: 'http',
        status: 403,
      },
    );
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: failing })).toEqual({
      ok: false,
      error: 'network',
      status: null,
    });
  });

  it('gives up on a request that hangs', async () => {
    const hanging = (() => new Promise<Response>(() => {})) as unknown as typeof fetch;
    const r = await handleODataRequest(msg(URL_OK), {
      hasPermission: async () => true,
      fetchImpl: hanging,
      timeoutMs: 20,
    });
    expect(r).toEqual({ ok: false, error: 'timeout', status: null });
  });

  it('allows only the query shapes we build', () => {
    expect(
      isAllowedODataUrl(motionVoteUrl({ dossier: 30821, toevoeging: null, volgnummer: 90 })),
    ).toBe(true);
    expect(isAllowedODataUrl(zaakDocumentsUrl('2022Z04510'))).toBe(true);
    const host = 'gegevensmagazijn.tweedekamer.nl';
    for (const bad of [
      `https://user:pw@${host}/OData/v4/2.0/Document?$filter=x`,
      `https://${host}:8443/OData/v4/2.0/Document?$filter=x`,
      `https://${host}/OData/v4/2.0/Document?$filter=x#frag`,
      `https://${host}/OData/v4/2.0/Persoon?$filter=x`,
      `https://${host}/OData/v4/2.0/Document/extra?$filter=x`,
      `https://${host}/OData/v4/2.0/Document`,
      `https://${host}/OData/v4/2.0/Document?$select=Id`,
      `https://${host}/OData/v4/2.0/Document?$filter=x&$filter=y`,
      `https://${host}/OData/v4/2.0/Document?$filter=x&$top=100000`,
      `https://${host}/OData/v4/2.0/Document?$filter=x&callback=y`,
      `https://${host}/OData/v4/2.0/Document?$filter=${'x'.repeat(3000)}`,
    ])
      expect(isAllowedODataUrl(bad), bad).toBe(false);
  });

  it('does not follow redirects, and refuses an answer from elsewhere', async () => {
    let init: RequestInit | undefined;
    const deps = { hasPermission: async () => true };
    const recording = (async (_url: string, i: RequestInit) => {
      init = i;
      return new Response('{}');
    }) as unknown as typeof fetch;
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: recording })).toMatchObject({
      ok: true,
    });
    expect(init?.redirect).toBe('error');
    expect(init?.credentials).toBe('omit');
    // A fetch that followed anyway: the final URL is checked.
    const moved = (async () => {
      const r = new Response('{}');
      Object.defineProperty(r, 'url', { value: 'https://elsewhere.invalid/x' });
      Object.defineProperty(r, 'redirected', { value: true });
      return r;
    }) as unknown as typeof fetch;
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: moved })).toEqual({
      ok: false,
      error: 'bad-url',
      status: null,
    });
  });

  it('bounds the body: by its declared length and as it streams', async () => {
    const deps = { hasPermission: async () => true, maxBytes: 100 };
    const declared = (async () =>
      new Response('{}', { headers: { 'content-length': '5000000' } })) as unknown as typeof fetch;
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: declared })).toEqual({
      ok: false,
      error: 'too-large',
      status: 200,
    });
    let pulled = 0;
    const endless = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(new TextEncoder().encode('x'.repeat(40)));
          },
        }),
      )) as unknown as typeof fetch;
    expect(await handleODataRequest(msg(URL_OK), { ...deps, fetchImpl: endless })).toEqual({
      ok: false,
      error: 'too-large',
      status: 200,
    });
    expect(pulled).toBeLessThan(10);
    expect(ODATA_MAX_BYTES).toBeGreaterThan(100_000);
  });

  it('takes requests only from our own content script on an https page of the site', () => {
    const page = 'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-3019.html';
    const tab = { url: page };
    expect(isTrustedSender({ id: 'us', url: page, tab }, 'us')).toBe(true);
    expect(isTrustedSender({ id: 'other', url: page, tab }, 'us')).toBe(false);
    expect(isTrustedSender({ id: 'us', url: page }, 'us')).toBe(false); // not from a tab
    expect(isTrustedSender({ id: 'us', url: page.replace('https:', 'http:'), tab }, 'us')).toBe(
      false,
    );
    expect(isTrustedSender({ id: 'us', url: 'https://example.invalid/x', tab }, 'us')).toBe(false);
    expect(isTrustedSender({ id: 'us', tab }, 'us')).toBe(true);
    expect(isTrustedSender({ id: 'us', url: 'nonsense', tab }, 'us')).toBe(false);
    expect(isTrustedSender(undefined, 'us')).toBe(false);
  });
});
