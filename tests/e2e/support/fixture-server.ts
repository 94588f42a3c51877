import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The host the extension matches; browsers are pointed at loopback for it. */
export const SITE_HOST = 'zoek.officielebekendmakingen.nl';
export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** A per-path answer a test can force: an error status, a slow or hanging reply, a custom body. */
export interface Override {
  status?: number;
  body?: string;
  contentType?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer (the socket is closed when the server closes). */
  hang?: boolean;
}

export interface FixtureServer {
  port: number;
  /** `https://zoek.officielebekendmakingen.nl/<path>`: the address a browser should open. */
  siteUrl(path: string): string;
  override(path: string, answer: Override): void;
  clearOverrides(): void;
  /** How many requests reached `path` (overridden or not) since start or the last reset. */
  requestCount(path: string): number;
  resetCounts(): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/**
 * The default routes: every page fixture at `/<id>.html`; the raw samples too (an unrelated page
 * such as `/stb-2014-296.html`, XML manifestations at `/<id>.xml`, `<id>.metadata.xml` at
 * `/<id>/metadata.xml`, as the site publishes them).
 */
export function defaultRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  const pages = join(FIXTURES, 'pages');
  for (const name of readdirSync(pages)) {
    if (name.endsWith('.html')) routes.set(`/${name}`, join(pages, name));
  }
  const raw = join(FIXTURES, 'raw');
  for (const name of readdirSync(raw)) {
    const file = join(raw, name);
    if (name.endsWith('.metadata.xml'))
      routes.set(`/${name.replace(/\.metadata\.xml$/, '')}/metadata.xml`, file);
    else if (name.endsWith('.html') || name.endsWith('.xml')) routes.set(`/${name}`, file);
  }
  return routes;
}

/**
 * A throwaway self-signed certificate for the site host, made once per test process with openssl:
 * the production build matches https pages only, so the fixtures are served over https too, and the
 * browsers are told to accept this certificate (never a real one is involved; nothing leaves loopback).
 */
let certificate: { key: Buffer; cert: Buffer } | null = null;
export function siteCertificate(): { key: Buffer; cert: Buffer } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '2',
      '-subj',
      `/CN=${SITE_HOST}`,
      '-addext',
      `subjectAltName=DNS:${SITE_HOST}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  if (!existsSync(cert)) throw new Error('openssl made no certificate for the fixture server');
  certificate = { key: readFileSync(key), cert: readFileSync(cert) };
  return certificate;
}

/** The path of a request; Firefox sends absolute URLs because it reaches us as an HTTP proxy. */
function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', `https://${SITE_HOST}`).pathname;
  } catch {
    return '/';
  }
}

function typeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  return TYPES[ext] ?? 'application/octet-stream';
}

/**
 * Serves the fixtures on 127.0.0.1 at a free port, over https (Chromium maps the site host to the
 * port) and as an HTTP proxy that tunnels CONNECT into the same https server (Firefox). One port
 * takes both: a connection that opens with a TLS handshake goes to https, anything else to plain
 * HTTP. Only loopback: nothing leaves the machine.
 */
export async function startFixtureServer(
  extraRoutes: Record<string, string> = {},
): Promise<FixtureServer> {
  const routes = defaultRoutes();
  for (const [path, file] of Object.entries(extraRoutes)) routes.set(path, file);
  const overrides = new Map<string, Override>();
  const counts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = pathOf(req);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const forced = overrides.get(path);
    const send = () => {
      if (forced?.hang) {
        hanging.add(res);
        return;
      }
      if (forced && (forced.body !== undefined || forced.status !== undefined)) {
        res.writeHead(forced.status ?? 200, { 'content-type': forced.contentType ?? typeOf(path) });
        res.end(forced.body ?? '');
        return;
      }
      const file = routes.get(path);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`not found: ${path}`);
        return;
      }
      res.writeHead(200, { 'content-type': typeOf(path), 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    };
    if (forced?.delayMs) setTimeout(send, forced.delayMs);
    else send();
  };

  const tls = createTlsServer(siteCertificate(), handle);
  const plain = createServer(handle);
  const sockets = new Set<Socket>();
  // Firefox asks its proxy for a tunnel to the site; the tunnel ends in our own https server.
  plain.on('connect', (_req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    tls.emit('connection', socket);
  });
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      // 0x16: a TLS handshake record.
      (first[0] === 0x16 ? tls : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    siteUrl: (path) => `https://${SITE_HOST}/${path.replace(/^\//, '')}`,
    override: (path, answer) => void overrides.set(path, answer),
    clearOverrides: () => overrides.clear(),
    requestCount: (path) => counts.get(path) ?? 0,
    resetCounts: () => counts.clear(),
    close: async () => {
      for (const res of hanging) res.destroy();
      for (const socket of sockets) socket.destroy();
      tls.closeAllConnections();
      plain.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
