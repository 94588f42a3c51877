import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { metaContents, metaElements } from '@/lib/page/meta';

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
