import { describe, expect, it } from 'vitest';
import { recognizeKamerstukken } from '../../../lib/references/kamerstuk';
import { ctx, triples } from './helpers';

const targets = (text: string) => recognizeKamerstukken(text, ctx()).map((m) => m.target);

describe('recognizeKamerstukken', () => {
  it.each([
    ['Kamerstuk 35 165, nr. 2', 'kst-35165-2'],
    ['(kamerstuk 26488, nr. 68)', 'kst-26488-68'],
    ['Kamerstukken II 2019/20, 35 300 VII, nr. 8', 'kst-35300-VII-8'],
    ['Kamerstukken I 2014/15, 33802, C', 'kst-33802-C'],
    ['(Kamerstuk 36100-3)', 'kst-36100-3'],
    ['21501-32-1188', 'kst-21501-32-1188'],
    ['(35300-A, nr. 15)', 'kst-35300-A-15'],
    ['35570-XIV-46', 'kst-35570-XIV-46'],
    ['33400-IIA', 'dossier-33400-IIA'],
    ['35 099 (R2114)', 'dossier-35099'],
    ['23908-(R1519)-131', 'kst-23908-131'],
    ['Kamerstuk 32 761 en 30 821, nr. 152', 'kst-32761-152'],
    ['dossier 35 165', 'dossier-35165'],
    ['(29 435, nr. 256)', 'kst-29435-256'],
    ['(21501-08, nr. 719)', 'kst-21501-08-719'],
    ['(Kamerstuk 32 500 XII, nr. 68)', 'kst-32500-XII-68'],
  ])('%s → %s', (text, target) => {
    expect(targets(text)).toEqual([target]);
  });

  it('accepts no-break spaces, en dashes, no-break hyphens and minus signs', () => {
    expect(targets('Kamerstuk 32\u00a0761 en 30\u00a0821, Nr.\u00a0152')).toEqual([
      'kst-32761-152',
    ]);
    expect(targets('(30821\u201390)')).toEqual(['kst-30821-90']);
    expect(targets('35300\u2011A, nr. 15')).toEqual(['kst-35300-A-15']);
    expect(targets('21501\u221208\u2212692')).toEqual(['kst-21501-08-692']);
  });

  it('expands a range "nrs. 1 – 3" into alsoTargets', () => {
    const [m] = recognizeKamerstukken('Kamerstuk 36 062, nrs. 1 – 3', ctx());
    expect(m?.target).toBe('kst-36062-1');
    expect(m?.alsoTargets).toEqual(['kst-36062-2', 'kst-36062-3']);
    expect(m?.label).toBe('Kamerstuk 36 062 nrs. 1, 2, 3');
  });

  it('covers the whole citation span and labels it', () => {
    const text =
      'Ik heb daarop gereageerd bij brief van 18 april jl. (Kamerstuk 35 165, nr. 2) Op dezelfde dag';
    expect(triples(recognizeKamerstukken(text, ctx()))).toEqual([
      ['kamerstuk', 'Kamerstuk 35 165, nr. 2', 'kst-35165-2'],
    ]);
    expect(recognizeKamerstukken(text, ctx())[0]?.label).toBe('Kamerstuk 35 165 nr. 2');
  });

  it('reads a list of compact references from a Handelingen item', () => {
    expect(targets('34722-1; 33997-95; 23908-(R1519)-131.')).toEqual([
      'kst-34722-1',
      'kst-33997-95',
      'kst-23908-131',
    ]);
  });

  it.each([
    'een bedrag van € 35 165 per jaar',
    'artikel 3 Politiewet',
    'om 14:00 uur',
    'telefoon 070 - 348 6060/5108',
    'POSTBUS 20061, 2500 EB DEN HAAG',
    'het Meerjarig Financieel Kader (2021–2027)',
    'vergaderjaar 2019-2020',
    'in 2019 waren er 12 345 deelnemers',
    'een stijging van 35 165 naar 40 000',
    'nummer 22/003643-14',
    'Zaaknummer: C/09/663973 / HA ZA 24-301',
  ])('leaves "%s" unmarked', (text) => {
    expect(recognizeKamerstukken(text, ctx())).toEqual([]);
  });
});
