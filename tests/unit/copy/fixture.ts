import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { detectPage } from '../../../lib/page/detect';
import { parseDocument } from '../../../lib/model/parse';
import type { DocumentModel } from '../../../lib/model/types';

/** Parse a fixture page the way the content script does: detect, then parse, at its official URL. */
export function loadFixture(id: string): { model: DocumentModel; document: Document } {
  const html = readFileSync(resolve(__dirname, '../../fixtures/pages', `${id}.html`), 'utf8');
  const url = `https://zoek.officielebekendmakingen.nl/${id}.html`;
  const { window } = new JSDOM(html, { url });
  const page = detectPage(url, window.document);
  if (!page) throw new Error(`fixture ${id} was not detected`);
  return { model: parseDocument(page, window.document), document: window.document };
}
