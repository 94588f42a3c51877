import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const SITE = 'https://zoek.officielebekendmakingen.nl/';
export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

/** A fixture page parsed as the live page at its real address would be. */
export function loadPage(
  id: string,
  html = readFileSync(resolve(PAGES_DIR, `${id}.html`), 'utf8'),
) {
  const url = `${SITE}${id}.html`;
  const dom = new JSDOM(html, { url });
  return { url, document: dom.window.document, window: dom.window, html };
}

/** Ids of every fixture page (the benchmark page excluded: it is only big). */
export function fixtureIds(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html') && !f.includes('benchmark'))
    .map((f) => f.replace(/\.html$/, ''));
}
