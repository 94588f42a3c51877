import type { PageInfo } from '../page/types';
import type { DocumentModel } from './types';
import { parseDocument } from './parse';
import { collapseWhitespace } from './block-text';

/**
 * The last-resort strategy: KOOP's XML manifestation of the same document (`/<id>.xml`), where
 * questions and answers are `<vraag><nr>Vraag 1</nr><al>…</al></vraag>` and `<antwoord>…`. The
 * XML is rebuilt as plain HTML blocks (createElement + textContent only, never markup from the
 * source), which the ordinary parser then reads: one model code path for every strategy.
 */

/** Inline footnotes (`<noot>`) are not part of the running text. */
const SKIPPED = new Set(['noot', 'nootref']);

function textWithoutNotes(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 || node.nodeType === 4) out += (node as CharacterData).data;
    else if (node.nodeType === 1 && !SKIPPED.has((node as Element).localName)) {
      out += textWithoutNotes(node as Element);
    }
  }
  return out;
}

function childNamed(el: Element, name: string): Element | null {
  for (const child of Array.from(el.children)) if (child.localName === name) return child;
  return null;
}

/** Paragraphs of a block: its `<al>` elements, not those of a nested block. */
function paragraphsOf(block: Element): string[] {
  return Array.from(block.getElementsByTagName('al'))
    .filter((al) => al.parentElement?.closest('vraag, antwoord') === block)
    .map((al) => collapseWhitespace(textWithoutNotes(al)))
    .filter(Boolean);
}

/**
 * XML text → an HTML document in KOOP's page shape (`#broodtekst > div.vraag / div.antwoord`), or
 * null when the XML is malformed or holds no questions.
 */
export function qaDocumentFromXml(
  xml: string,
  parser: DOMParser,
  makeDocument: () => Document,
): Document | null {
  const source = parser.parseFromString(xml.replace(/^\uFEFF/, ''), 'application/xml');
  if (source.getElementsByTagName('parsererror').length) return null;
  const blocks = Array.from(source.querySelectorAll('vraag, antwoord')).filter(
    (el) => !el.parentElement?.closest('vraag, antwoord'),
  );
  if (!blocks.some((b) => b.localName === 'vraag')) return null;

  const doc = makeDocument();
  const root = doc.createElement('div');
  root.id = 'broodtekst';
  for (const intro of Array.from(source.getElementsByTagName('kamervraagomschrijving'))) {
    const p = doc.createElement('p');
    p.className = 'kamervraagomschrijving';
    p.textContent = collapseWhitespace(textWithoutNotes(intro));
    root.appendChild(p);
  }
  for (const block of blocks) {
    const div = doc.createElement('div');
    div.className = block.localName === 'vraag' ? 'vraag' : 'antwoord';
    const nr = childNamed(block, 'nr');
    if (nr) {
      const label = doc.createElement('p');
      label.className = 'nummer';
      label.textContent = collapseWhitespace(nr.textContent ?? '');
      div.appendChild(label);
    }
    for (const text of paragraphsOf(block)) {
      const p = doc.createElement('p');
      p.textContent = text;
      div.appendChild(p);
    }
    root.appendChild(div);
  }
  doc.body.appendChild(root);
  return doc;
}

/** The model of a page read from its XML manifestation; strategy 'xml'. */
export function parseXmlManifestation(
  page: PageInfo,
  xml: string,
  parser: DOMParser,
  makeDocument: () => Document,
): DocumentModel | null {
  const doc = qaDocumentFromXml(xml, parser, makeDocument);
  if (!doc) return null;
  const model = parseDocument(page, doc);
  if (!model.pairs.length) return null;
  return { ...model, strategy: 'xml' };
}
