import { describe, expect, it } from 'vitest';
import { ODATA_BASE } from '../../../lib/sources/odata';
import {
  ODATA_MESSAGE,
  handleODataRequest,
  isAllowedODataUrl,
  isODataRequest,
} from '../../../lib/sources/odata-proxy';

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
});
