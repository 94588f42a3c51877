import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SITE = 'https://zoek.officielebekendmakingen.nl';
const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export const pageHtml = (id: string) =>
  readFileSync(resolve(FIXTURES, 'pages', `${id}.html`), 'utf8');
export const metadataXml = (id: string) =>
  readFileSync(resolve(FIXTURES, 'metadata', `${id}.metadata.xml`), 'utf8');
export const rawFile = (name: string) => readFileSync(resolve(FIXTURES, 'raw', name), 'utf8');

export const htmlDoc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A stand-in for the site: answers from the fixture files by path, counts requests, can fail or hang. */
export function fakeSite(
  routes: Record<string, string | { status: number; body?: string } | 'hang' | 'network'>,
) {
  const requests: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    requests.push(url.pathname);
    const route = routes[url.pathname];
    if (route === 'network') throw new TypeError('Failed to fetch');
    if (route === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    if (route === undefined) return new Response('not found', { status: 404 });
    if (typeof route === 'string')
      return new Response(route, { status: 200, headers: { 'content-type': 'text/html' } });
    return new Response(route.body ?? '', { status: route.status });
  }) as typeof fetch;
  return {
    fetchImpl,
    requests,
    count: (path: string) => requests.filter((p) => p === path).length,
  };
}
