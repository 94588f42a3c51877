import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContext, recognizeAll, resolveOverlaps } from '../../../lib/references';
import { KINDS } from '../../../lib/references/kinds';
import type { Match } from '../../../lib/references/types';
import { triples } from './helpers';

const BRIEF = readFileSync(join(__dirname, '../../fixtures/brief-example-2022Z04510.txt'), 'utf8');

describe('recognizeAll', () => {
  it('gives one motion for "motie … (30821–90)", not also a Kamerstuk', () => {
    const text = 'Bent u bekend met de motie Buitenweg en Verhoeven (30821–90) uit 2019?';
    expect(triples(recognizeAll(text, emptyContext()))).toEqual([
      ['motion', 'motie Buitenweg en Verhoeven (30821–90)', 'kst-30821-90'],
    ]);
  });

  it('gives one Aanhangsel for "Aanhangsel Handelingen …", not also Handelingen', () => {
    const text = 'Zie ook Aanhangsel Handelingen II 2021/22, nr. 3019.';
    expect(triples(recognizeAll(text, emptyContext()))).toEqual([
      ['aanhangsel', 'Aanhangsel Handelingen II 2021/22, nr. 3019', 'ah-tk-20212022-3019'],
    ]);
  });

  it('finds the brief example’s references in document order, without overlaps', () => {
    const pairs = Array.from({ length: 15 }, (_, i) => String(i + 1));
    const found = recognizeAll(BRIEF, { documentDate: '2022-06-08', pairNumbers: pairs }).filter(
      (m) => m.kind !== 'date',
    );
    const plain = triples(found).map(([k, t, g]) => [k, t.replace(/\u00a0/g, ' '), g]);
    expect(plain).toEqual([
      ['kamervraag', 'Kamervraag 2022Z04510', 'kv-tk-2022Z04510'],
      ['crossref', 'antwoord op vraag 3', 'vraag-3'],
      ['crossref', 'antwoord op vraag 2', 'vraag-2'],
      ['motion', 'motie Buitenweg en Verhoeven (30821–90)', 'kst-30821-90'],
      ['motion', 'motie van Buitenweg en Verhoeven', null],
      ['kamerstuk', 'Kamerstuk 32 761 en 30 821, Nr. 152', 'kst-32761-152'],
      ['crossref', 'antwoord op vraag 4', 'vraag-4'],
      ['crossref', 'antwoord op vraag 3', 'vraag-3'],
      ['crossref', 'vraag 2', 'vraag-2'],
      ['crossref', 'vraag 2', 'vraag-2'],
      ['crossref', 'antwoord op vraag 4', 'vraag-4'],
      ['crossref', 'antwoord op vraag 3', 'vraag-3'],
      ['crossref', 'vraag 11', 'vraag-11'],
      ['kamervraag', 'kv-tk-2022Z04510', 'kv-tk-2022Z04510'],
      ['aanhangsel', 'ah-tk-20212022-3019', 'ah-tk-20212022-3019'],
    ]);
    const all = recognizeAll(BRIEF, { documentDate: '2022-06-08', pairNumbers: pairs });
    for (let i = 1; i < all.length; i++)
      expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    for (const m of all) expect(BRIEF.slice(m.start, m.end)).toBe(m.text);
  });

  it('resolves overlaps: longer span first, then the more specific kind', () => {
    const m = (kind: Match['kind'], start: number, end: number): Match => ({
      kind,
      start,
      end,
      text: '',
      target: null,
      date: null,
    });
    expect(resolveOverlaps([m('kamerstuk', 5, 10), m('motion', 0, 12), m('date', 20, 25)])).toEqual(
      [m('motion', 0, 12), m('date', 20, 25)],
    );
    expect(resolveOverlaps([m('zaak', 0, 10), m('kamervraag', 0, 10)])).toEqual([
      m('kamervraag', 0, 10),
    ]);
  });

  it('keeps what a per-character table of taken positions keeps, on any candidates', () => {
    /** The obvious version: the same order, a position is taken once a kept match covers it. */
    const byTable = (candidates: Match[], textLength: number): Match[] => {
      const order = [...candidates].sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) ||
          KINDS[b.kind].priority - KINDS[a.kind].priority ||
          a.start - b.start,
      );
      const taken = new Uint8Array(textLength);
      const kept: Match[] = [];
      for (const m of order) {
        let free = m.end > m.start;
        for (let i = m.start; free && i < m.end; i++) if (taken[i]) free = false;
        if (!free) continue;
        taken.fill(1, m.start, m.end);
        kept.push(m);
      }
      return kept.sort((a, b) => a.start - b.start);
    };
    const kinds = Object.keys(KINDS) as Match['kind'][];
    const candidate = fc
      .record({
        kind: fc.constantFrom(...kinds),
        start: fc.integer({ min: 0, max: 60 }),
        length: fc.integer({ min: 0, max: 25 }),
      })
      .map(({ kind, start, length }): Match => ({
        kind,
        start,
        end: start + length,
        text: '',
        target: null,
        date: null,
      }));
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (candidates) => {
        expect(resolveOverlaps(candidates)).toEqual(byTable(candidates, 100));
      }),
      { numRuns: 3000 },
    );
  });
});
