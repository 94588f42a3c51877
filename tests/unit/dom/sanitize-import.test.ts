import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { parseDocument } from '@/lib/model/parse';
import { mountSideBySide } from '@/lib/dom/side-by-side';
import { allowedImportHref, importPolicyFor, sanitizeImport } from '@/lib/dom/sanitize-import';
import { answerGroups } from '@/lib/sources/answer-groups';
import type { LoadedDocument } from '@/lib/sources/load-answers';
import { SITE, loadPage } from '../helpers/fixture-page';

const ORIGIN = 'https://zoek.officielebekendmakingen.nl';
const POLICY = { origin: ORIGIN, baseUrl: `${ORIGIN}/` };
const HOSTILE = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/hostile/ah-tk-20212022-3019.html'),
  'utf8',
);

/** The hostile answer page, parsed as the extension parses a fetched page (scripts never run). */
function hostileAnswer() {
  const url = `${SITE}ah-tk-20212022-3019.html`;
  const doc = new JSDOM(HOSTILE, { url }).window.document;
  const page = detectPage(url, doc)!;
  return { url, doc, page, model: parseDocument(page, doc) };
}

const FORBIDDEN =
  'script, style, iframe, frame, object, embed, form, input, button, svg, math, template, ' +
  'video, source, details, link, meta, base, [srcdoc]';
/** The grid's own cells carry a style (their grid row); imported content never does. */
const OWN = '[data-kamerlens]:not([data-kamerlens="imported"])';

/** Everything a hostile page could use to run or load something, found under `root`. */
function dangers(root: Element): string[] {
  const found: string[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.matches(FORBIDDEN)) found.push(`<${el.localName}>`);
    if (el.hasAttribute('style') && !el.matches(OWN)) found.push(`${el.localName}@style`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}@${attr.name}`);
      if (/^\s*(javascript|data|vbscript):/i.test(attr.value))
        found.push(`${el.localName}@${attr.name}=${attr.value.slice(0, 20)}`);
    }
    const href = el.getAttribute('href');
    if (href !== null && !href.startsWith('#') && !href.startsWith(`${ORIGIN}/`))
      found.push(`href ${href}`);
    const src = el.getAttribute('src');
    if (src !== null && !src.startsWith(`${ORIGIN}/`)) found.push(`src ${src}`);
  }
  return found;
}

describe('sanitizeImport: answers from another document are rebuilt from an allowlist', () => {
  it('the hostile answer page loses every handler, frame, form, script, svg and bad link', () => {
    const { doc, model } = hostileAnswer();
    const target = loadPage('kv-tk-2022Z04510').document;
    expect(model.answers.length).toBe(14);
    const rebuilt = model.answers.flatMap((a) =>
      a.nodes.map((n) => sanitizeImport(n, target, POLICY)),
    );
    // The hostile page really carries all of it: the check below is not vacuous.
    const original = Array.from(doc.querySelectorAll('div.antwoord'));
    expect(original.flatMap(dangers).length).toBeGreaterThan(20);
    for (const el of rebuilt) {
      expect(el).not.toBeNull();
      expect(el!.ownerDocument).toBe(target);
      expect(dangers(el!)).toEqual([]);
    }
  });

  it('keeps the text, the site links (absolute, https) and the site image', () => {
    const { model } = hostileAnswer();
    const target = loadPage('kv-tk-2022Z04510').document;
    const [first, second] = model.answers.map((a) => sanitizeImport(a.nodes[0]!, target, POLICY)!);
    expect(first!.textContent).toContain('Ja, bevestigd.');
    expect(first!.textContent).toContain('Zie deze link, deze, die en data.');
    expect(first!.querySelector('a')).toBeNull();
    const links = Array.from(second!.querySelectorAll('a')).map(
      (a) => `${a.textContent} → ${a.getAttribute('href')}`,
    );
    expect(links).toEqual([`de motie op de site → ${ORIGIN}/kst-30821-90.html`]);
    expect(second!.textContent).toContain('buiten de site, over http, met gebruiker');
    expect(second!.textContent).toContain('Verborgen tekst');
    expect(Array.from(second!.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual([
      `${ORIGIN}/kl-probe/img-allowed.png`,
    ]);
  });

  it('a real answer page comes out with the same elements and text', () => {
    const answer = loadPage('ah-tk-20212022-3019');
    const target = loadPage('kv-tk-2022Z04510').document;
    const shape = (el: Element) =>
      [el, ...el.querySelectorAll('*')].map((e) => `${e.localName}.${e.className}`).join(' ');
    for (const block of answer.document.querySelectorAll('div.antwoord, #noten div.voet')) {
      const copy = sanitizeImport(block, target, POLICY)!;
      expect(copy.textContent).toBe(block.textContent);
      expect(shape(copy)).toBe(shape(block));
      // Footnote anchors keep their id and name so the note links still lead somewhere.
      for (const a of block.querySelectorAll('a[id]')) {
        if (target.getElementById(a.id)) continue; // the page's own note: its id stays the page's
        expect(copy.querySelector(`a[id="${a.id}"]`)?.getAttribute('name')).toBe(
          a.getAttribute('name'),
        );
      }
    }
  });

  it('never takes an id the page already has', () => {
    const foreign = new JSDOM(
      '<div class="antwoord" id="noten"><p id="content">x</p><p id="eigen-id">y</p></div>',
    ).window.document;
    const target = loadPage('kv-tk-2022Z04510').document;
    expect(target.getElementById('noten')).not.toBeNull();
    const copy = sanitizeImport(foreign.querySelector('div')!, target, POLICY)!;
    expect(copy.hasAttribute('id')).toBe(false);
    expect(copy.querySelector('p')!.hasAttribute('id')).toBe(false);
    expect(copy.querySelectorAll('p')[1]!.id).toBe('eigen-id');
  });

  it('never adopts or clones the foreign nodes', () => {
    const { model } = hostileAnswer();
    const target = loadPage('kv-tk-2022Z04510').document;
    const node = model.answers[0]!.nodes[0]!;
    const copy = sanitizeImport(node, target, POLICY)!;
    expect(node.ownerDocument).not.toBe(target);
    const foreign = new Set<Node>([node, ...node.querySelectorAll('*')]);
    for (const el of [copy, ...copy.querySelectorAll('*')]) expect(foreign.has(el)).toBe(false);
  });

  it('a disallowed top element gives null; an unknown one a div with its content', () => {
    const foreign = new JSDOM('<form><p>x</p></form><custom-el><p>tekst</p></custom-el>').window
      .document;
    const target = loadPage('kv-tk-2022Z04510').document;
    expect(sanitizeImport(foreign.querySelector('form')!, target, POLICY)).toBeNull();
    const custom = sanitizeImport(foreign.querySelector('custom-el')!, target, POLICY)!;
    expect(custom.outerHTML).toBe('<div><p>tekst</p></div>');
  });

  it('very deep nesting is kept as text, not as 500 nested elements', () => {
    const depth = 500;
    const foreign = new JSDOM('<div id="r"></div>').window.document;
    let parent = foreign.getElementById('r')!;
    for (let i = 0; i < depth; i++) {
      const child = foreign.createElement('div');
      parent.appendChild(child);
      parent = child;
    }
    parent.textContent = 'onderaan';
    const target = loadPage('kv-tk-2022Z04510').document;
    const copy = sanitizeImport(foreign.getElementById('r')!, target, POLICY)!;
    expect(copy.textContent).toBe('onderaan');
    expect(copy.querySelectorAll('*').length).toBeLessThan(100);
  });

  it('links: fragments and https same-origin only, never userinfo, other schemes or hosts', () => {
    expect(allowedImportHref('#n2', POLICY)).toBe('#n2');
    expect(allowedImportHref('/kst-30821-90.html', POLICY)).toBe(`${ORIGIN}/kst-30821-90.html`);
    expect(allowedImportHref('kst-30821-90.html', POLICY)).toBe(`${ORIGIN}/kst-30821-90.html`);
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'http://zoek.officielebekendmakingen.nl/x.html',
      'https://user:pw@zoek.officielebekendmakingen.nl/x.html',
      'https://zoek.officielebekendmakingen.nl.evil.invalid/x.html',
      '//evil.invalid/x',
      '#',
      '',
    ])
      expect(allowedImportHref(bad, POLICY), bad).toBeNull();
    // A page that is not https (a test over http, a local file) gets no links at all.
    expect(allowedImportHref('/x.html', { origin: 'http://zoek.officielebekendmakingen.nl' })).toBe(
      null,
    );
  });

  it('the policy of a page is its own origin', () => {
    const { document } = loadPage('kv-tk-2022Z04510');
    expect(importPolicyFor(document)).toEqual(POLICY);
  });
});

describe('side by side with a hostile answer document', () => {
  it('the grid and the imported notes hold no handler, frame, form, script or bad link', () => {
    const question = loadPage('kv-tk-2022Z04510');
    const page = detectPage(question.url, question.document)!;
    const model = parseDocument(page, question.document);
    const answer = hostileAnswer();
    const loaded: LoadedDocument = {
      id: 'ah-tk-20212022-3019',
      role: 'answer',
      fromCache: false,
      ...answer,
    };
    const handle = mountSideBySide(question.document, answerGroups(model, [loaded]))!;
    expect(handle).not.toBeNull();
    const imported = Array.from(question.document.querySelectorAll('[data-kamerlens="imported"]'));
    expect(imported.length).toBeGreaterThan(14);
    expect(dangers(handle.grid)).toEqual([]);
    for (const el of imported) expect(dangers(el)).toEqual([]);
    // The hostile note (n2) came along, rebuilt: its text, not its image handler or link.
    const note = question.document.querySelector('[data-kamerlens="imported"]#supernote-note-n2')!;
    expect(note.textContent).toContain('noot-link');
    expect(note.querySelector('a[href^="javascript"], iframe, [onerror]')).toBeNull();
    handle.undo();
    expect(question.document.querySelectorAll('[data-kamerlens]')).toHaveLength(0);
  });
});
