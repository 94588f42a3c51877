import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { detectPage } from '@/lib/page/detect';
import { parseDocument } from '@/lib/model/parse';
import { parseXmlManifestation, qaDocumentFromXml } from '@/lib/model/xml';
import { groupPairs } from '@/lib/model/groups';
import { mountSideBySide } from '@/lib/dom/side-by-side';
import { loadPage } from '../helpers/fixture-page';

const XML = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/xml/ah-tk-20212022-3019.xml'),
  'utf8',
);
const { window } = new JSDOM('');
const parser = new window.DOMParser();
const makeDocument = () => window.document.implementation.createHTMLDocument('');

/** The answer page with its body reduced to prose: no classes, no headings we could read. */
function pageWithoutMarkup() {
  const { url, html } = loadPage('ah-tk-20212022-3019');
  const stripped = html.replace(
    /<div id="broodtekst"[\s\S]*<div id="noten">/,
    '<div id="broodtekst" class="stuk"><p>Tekst niet als vragen opgemaakt.</p>\n<div id="noten">',
  );
  const { document } = loadPage('ah-tk-20212022-3019', stripped);
  return { url, document, page: detectPage(url, document)! };
}

describe('XML manifestation (last resort)', () => {
  it('gives the same pairs as the page itself, with strategy "xml"', () => {
    const { page } = pageWithoutMarkup();
    expect(parseDocument(page, pageWithoutMarkup().document).strategy).toBe('none');
    const fromXml = parseXmlManifestation(page, XML, parser, makeDocument)!;
    const real = loadPage('ah-tk-20212022-3019');
    const fromPage = parseDocument(detectPage(real.url, real.document)!, real.document);
    expect(fromXml.strategy).toBe('xml');
    expect(fromXml.pairs.map((p) => [p.number, p.questionText, p.answerText])).toEqual(
      fromPage.pairs.map((p) => [p.number, p.questionText, p.answerText]),
    );
    expect(fromXml.intro[1]).toMatch(/^Antwoord van Minister Yeşilgöz-Zegerius/);
  });

  it('builds blocks with text only: markup in the XML text stays text', () => {
    const hostile = XML.replace(
      'Ja, de Nederlandse overheid',
      '&lt;img src=x onerror=alert(1)&gt; Ja, de Nederlandse overheid',
    );
    const doc = qaDocumentFromXml(hostile, parser, makeDocument)!;
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('div.antwoord p:not(.nummer)')!.textContent).toMatch(
      /^<img src=x onerror=alert\(1\)> Ja/,
    );
  });

  it('malformed or empty XML gives null', () => {
    const { page } = pageWithoutMarkup();
    expect(parseXmlManifestation(page, '<kamervragen><vraag>', parser, makeDocument)).toBeNull();
    expect(parseXmlManifestation(page, '<officiele-publicatie/>', parser, makeDocument)).toBeNull();
    expect(parseXmlManifestation(page, 'not xml at all', parser, makeDocument)).toBeNull();
  });

  it('the grid is built from imported copies at the end of the body, and undo restores the page', () => {
    const { document, page } = pageWithoutMarkup();
    const before = document.documentElement.outerHTML;
    const model = parseXmlManifestation(page, XML, parser, makeDocument)!;
    const root = document.querySelector('#broodtekst')!;
    const handle = mountSideBySide(document, groupPairs(model.pairs), { container: root })!;
    expect(handle.grid.parentElement).toBe(root);
    expect(handle.grid.nextElementSibling?.id).toBe('noten');
    expect(
      document.querySelectorAll('[data-kamerlens="question"] [data-kamerlens="imported"]'),
    ).toHaveLength(15);
    expect(document.querySelectorAll('[data-kamerlens="answer"]')).toHaveLength(14);
    handle.undo();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
