import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SEPARATOR,
  batchesOf,
  recognizeBatch,
  wellFormedMatches,
} from '../../../lib/references/batch';
import { textWalker } from '../../../lib/dom/annotate-walk';
import { recognizeAll } from '../../../lib/references/index';
import type { Match } from '../../../lib/references/types';
import { loadPage } from '../dom/annotate-support';

const key = (m: Match) => `${m.start}:${m.end}:${m.kind}:${m.target}`;

describe('recognizeBatch', () => {
  it('gives what per-node recognition gives, on every fixture page', () => {
    const ctx = { documentDate: '2022-06-08', pairNumbers: ['1', '2', '3', '4'] };
    const recognize = (t: string) => recognizeAll(t, ctx);
    const pages = readdirSync('tests/fixtures/pages').filter(
      (f) => f.endsWith('.html') && !f.includes('large'),
    );
    let nodes = 0;
    let matches = 0;
    for (const page of pages) {
      const doc = loadPage(page);
      const texts: string[] = [];
      const walker = textWalker(doc.body);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
      const batched = recognizeBatch(texts, recognize);
      texts.forEach((t, i) => expect(batched[i]!.map(key)).toEqual(recognize(t).map(key)));
      nodes += texts.length;
      matches += batched.flat().length;
    }
    expect(nodes).toBeGreaterThan(500);
    expect(matches).toBeGreaterThan(50);
  });

  it('re-recognizes alone the texts that a match crosses into', () => {
    // A recognizer that sees "A" + separator + "B" as one thing, and "A" and "B" alone as others.
    const recognize = (t: string): Match[] =>
      t.includes(SEPARATOR)
        ? [{ kind: 'date', start: 0, end: t.length, text: t, target: null, date: null }]
        : [{ kind: 'zaak', start: 0, end: 1, text: t[0]!, target: t, date: null }];
    const out = recognizeBatch(['A', 'B'], recognize);
    expect(out.map((ms) => ms.map((m) => m.target))).toEqual([['A'], ['B']]);
  });

  it('maps offsets back into each text and drops malformed matches', () => {
    const texts = ['Stb. 2019, 123', 'niets', 'Trb. 2008, 175'];
    const recognize = (t: string): Match[] => {
      const found: Match[] = [
        { kind: 'date', start: -1, end: 3, text: '', target: null, date: null },
      ];
      for (const m of t.matchAll(/(Stb|Trb)\. \d{4}, \d+/g)) {
        found.push({
          kind: 'staatsblad',
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          target: m[0],
          date: null,
        });
      }
      return found;
    };
    const out = recognizeBatch(texts, recognize);
    expect(out.map((ms) => ms.map((m) => [m.start, m.end, m.target]))).toEqual([
      [[0, 14, 'Stb. 2019, 123']],
      [],
      [[0, 14, 'Trb. 2008, 175']],
    ]);
  });

  it('falls back to one text at a time when the batch call fails', () => {
    const recognize = (t: string): Match[] => {
      if (t.includes('boom')) throw new Error('boom');
      return t === 'ok'
        ? [{ kind: 'zaak', start: 0, end: 2, text: 'ok', target: 'x', date: null }]
        : [];
    };
    expect(recognizeBatch(['ok', 'boom', 'ok'], recognize).map((ms) => ms.length)).toEqual([
      1, 0, 1,
    ]);
  });
});

describe('batchesOf', () => {
  it('keeps each context apart, in order, and cuts a batch before it passes the size', () => {
    // Questions (q) and answers (a) alternate, as on a Q&A page.
    const texts = ['q1', 'a1', 'q22', 'a22', 'q3', 'a333333', 'a4'];
    const contextOf = (t: string) => t[0];
    expect(batchesOf(texts, contextOf, 6)).toEqual([
      ['q1', 'q22'],
      ['q3'],
      ['a1', 'a22'],
      ['a333333'],
      ['a4'],
    ]);
    expect(batchesOf(texts, undefined, 1000)).toEqual([texts]);
    expect(batchesOf([], contextOf, 6)).toEqual([]);
  });
});

describe('wellFormedMatches', () => {
  const good: Match = {
    kind: 'staatsblad',
    start: 0,
    end: 14,
    text: 'x',
    target: 'stb-2019-123',
    date: null,
  };

  it('keeps a match that fits its text, with or without the URL the background adds', () => {
    const withUrl = { ...good, href: 'https://zoek.officielebekendmakingen.nl/stb-2019-123.html' };
    expect(wellFormedMatches([good, withUrl, { ...good, href: null }], 14)).toEqual([
      good,
      withUrl,
      { ...good, href: null },
    ]);
  });

  it.each([
    ['past the end of the text', { ...good, end: 15 }],
    ['ending before it starts', { ...good, start: 5, end: 5 }],
    ['at a fraction', { ...good, start: 0.5 }],
    ['without a kind', { ...good, kind: undefined }],
    ['with a number for target', { ...good, target: 12 }],
    ['without target', { ...good, target: undefined }],
    ['with a number for URL', { ...good, href: 5 }],
    ['not an object', 'Stb. 2019, 123'],
  ])('drops a match %s', (_, bad) => {
    expect(wellFormedMatches([bad, good], 14)).toEqual([good]);
  });

  it('gives none for what is not a list', () => {
    expect(wellFormedMatches({ 0: good, length: 1 }, 14)).toEqual([]);
    expect(wellFormedMatches(null, 14)).toEqual([]);
  });
});
