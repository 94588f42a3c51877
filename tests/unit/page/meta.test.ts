import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { metaContents, metaElements, readMetaTags } from '@/lib/page/meta';
import { identifyPage } from '@/lib/page/identify';
import { SITE, fixtureIds, loadPage } from '../helpers/fixture-page';

describe('metaContents', () => {
  it('reads every named tag of the head, trimmed, in order, and skips empty ones', () => {
    const { document } = new JSDOM(
      `<html><head><meta name="OVERHEIDop.aanhangsel" content=" ah-tk-20212022-3019 ">
       <meta name="DC.title" content="Vragen"><meta name="OVERHEIDop.aanhangsel" content="">
       <meta name="OVERHEIDop.aanhangsel" content="ah-tk-20212022-3020"></head><body></body></html>`,
    ).window;
    expect(metaContents(document, 'OVERHEIDop.aanhangsel')).toEqual([
      'ah-tk-20212022-3019',
      'ah-tk-20212022-3020',
    ]);
    expect(metaContents(document, 'DC.identifier')).toEqual([]);
  });

  it('reads the head only, when the head has tags', () => {
    const { document } = new JSDOM(
      `<html><head><meta name="DC.identifier" content="kv-tk-2022Z04510"></head>
       <body><p>tekst</p></body></html>`,
    ).window;
    // A tag in the body (a quoted or injected one) is not the page's own metadata.
    const quoted = document.createElement('meta');
    quoted.setAttribute('name', 'DC.identifier');
    quoted.setAttribute('content', 'kst-30821-90');
    document.body.append(quoted);
    expect(metaContents(document, 'DC.identifier')).toEqual(['kv-tk-2022Z04510']);
  });

  it('reads the whole document when the head has no tags', () => {
    const { document } = new JSDOM('<html><head></head><body><p>tekst</p></body></html>').window;
    const tag = document.createElement('meta');
    tag.setAttribute('name', 'DC.identifier');
    tag.setAttribute('content', 'kst-30821-90');
    document.body.append(tag);
    expect(metaElements(document)).toEqual([tag]);
    expect(metaContents(document, 'DC.identifier')).toEqual(['kst-30821-90']);
  });
});

describe('readMetaTags', () => {
  it('gives for every name what metaContents gives, on every fixture page', () => {
    let names = 0;
    for (const id of fixtureIds()) {
      const { document } = loadPage(id);
      const tags = readMetaTags(document);
      const named = new Set(metaElements(document).map((el) => el.getAttribute('name') ?? ''));
      for (const name of [...named, 'niet.aanwezig']) {
        expect(tags.all(name)).toEqual(metaContents(document, name));
        expect(tags.first(name)).toBe(metaContents(document, name)[0] ?? null);
        names++;
      }
    }
    expect(names).toBeGreaterThan(100);
  });

  it('page identification reads each tag once, for all the names it asks for', () => {
    const { document } = loadPage('ah-tk-20212022-3019');
    const reads: string[] = [];
    const proto = document.defaultView!.Element.prototype;
    const read = proto.getAttribute;
    proto.getAttribute = function (this: Element, name: string) {
      if (this.localName === 'meta') reads.push(name);
      return read.call(this, name);
    };
    try {
      expect(identifyPage(SITE + 'ah-tk-20212022-3019.html', document)?.issued).toBe('2022-06-08');
    } finally {
      proto.getAttribute = read;
    }
    const metas = metaElements(document).length;
    expect(metas).toBeGreaterThan(5);
    expect(reads.filter((n) => n === 'name')).toHaveLength(metas);
  });

  it("gives a copy: a reader that changes its list changes no other reader's", () => {
    const { document } = loadPage('kv-tk-2022Z04510');
    const tags = readMetaTags(document);
    tags.all('DC.identifier').push('kst-1-1');
    expect(tags.all('DC.identifier')).toEqual(metaContents(document, 'DC.identifier'));
  });
});
