import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { request as tlsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/** One GET to the server, as Chromium (origin-form path) or as Firefox's proxy client (absolute URL). */
function get(
  port: number,
  path: string,
  timeoutMs = 2000,
): Promise<{ status: number; body: string } | 'timeout'> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { host: 'zoek.officielebekendmakingen.nl' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      done('timeout');
    });
    req.on('error', (e) => (e.message === 'socket hang up' ? undefined : fail(e)));
    req.end();
  });
}

/** One https GET: straight to the port (Chromium) or through a CONNECT tunnel (Firefox). */
function getTls(
  port: number,
  path: string,
  tunnel: boolean,
): Promise<{ status: number; body: string }> {
  const host = 'zoek.officielebekendmakingen.nl';
  return new Promise((done, fail) => {
    const send = (socket?: import('node:net').Socket) => {
      const req = tlsRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          servername: host,
          headers: { host },
          // The certificate is the server's own throwaway one; this checks the name it is made for.
          checkServerIdentity: () => undefined,
          rejectUnauthorized: false,
          ...(socket
            ? {
                createConnection: () =>
                  tlsConnect({ socket, servername: host, rejectUnauthorized: false }),
              }
            : {}),
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => done({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', fail);
      req.end();
    };
    if (!tunnel) return send();
    const connect = request({ host: '127.0.0.1', port, method: 'CONNECT', path: `${host}:443` });
    connect.on('connect', (res, socket) =>
      res.statusCode === 200 ? send(socket) : fail(new Error(`CONNECT ${res.statusCode}`)),
    );
    connect.on('error', fail);
    connect.end();
  });
}

describe('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('serves page fixtures by id, the raw Staatsblad, and 404 for the rest', async () => {
    const page = await get(server.port, '/ah-tk-20212022-3019.html');
    expect(page).toMatchObject({ status: 200 });
    expect((page as { body: string }).body).toContain('motie Buitenweg en Verhoeven (30821–90)');
    expect(await get(server.port, '/stb-2014-296.html')).toMatchObject({ status: 200 });
    expect(await get(server.port, '/nope.html')).toMatchObject({ status: 404 });
    expect(server.siteUrl('kst-35165-9.html')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-35165-9.html',
    );
  });

  it('answers proxy-style absolute URLs the way Firefox sends them', async () => {
    const res = await get(
      server.port,
      'https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510.html',
    );
    expect(res).toMatchObject({ status: 200 });
    expect((res as { body: string }).body).toContain('2022Z04510');
  });

  it('serves https on the same port, directly and through a CONNECT tunnel', async () => {
    for (const tunnel of [false, true]) {
      const res = await getTls(server.port, '/kv-tk-2022Z04510.html', tunnel);
      expect(res.status).toBe(200);
      expect(res.body).toContain('2022Z04510');
    }
  });

  it('applies per-path overrides and counts requests', async () => {
    server.resetCounts();
    server.override('/ah-tk-20212022-3019.html', { status: 500, body: 'boom' });
    server.override('/kv-tk-2022Z04510.html', { hang: true });
    server.override('/x/metadata.xml', { body: '<metadata/>' });
    expect(await get(server.port, '/ah-tk-20212022-3019.html')).toEqual({
      status: 500,
      body: 'boom',
    });
    expect(await get(server.port, '/kv-tk-2022Z04510.html', 300)).toBe('timeout');
    expect(await get(server.port, '/x/metadata.xml')).toEqual({ status: 200, body: '<metadata/>' });
    expect(server.requestCount('/ah-tk-20212022-3019.html')).toBe(1);
    expect(server.requestCount('/kv-tk-2022Z04510.html')).toBe(1);
    server.clearOverrides();
    expect(await get(server.port, '/ah-tk-20212022-3019.html')).toMatchObject({ status: 200 });
    expect(server.requestCount('/ah-tk-20212022-3019.html')).toBe(2);
  });
});
