import { describe, expect, it } from 'vitest';
import { recognizeAanhangsel } from '../../../lib/references/aanhangsel';
import { ctx, triples } from './helpers';

describe('recognizeAanhangsel', () => {
  it.each([
    ['Aanhangsel Handelingen II 2021/22, nr. 3019', 'ah-tk-20212022-3019'],
    ['Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3019.', 'ah-tk-20212022-3019'],
    ['(Aanhangsel der Handelingen, vergaderjaar 2006–2007, nr. 520)', 'ah-tk-20062007-520'],
    ['Aanhangsel van de Handelingen I 2014/15, nr. 12', 'ah-ek-20142015-12'],
  ])('%s → %s', (text, target) => {
    expect(recognizeAanhangsel(text, ctx()).map((m) => m.target)).toEqual([target]);
  });

  it('reads the plural "nrs. 1016 en 1044" as one span with alsoTargets', () => {
    const [m] = recognizeAanhangsel('Aanhangsel Handelingen II 2019/20, nrs. 1016 en 1044', ctx());
    expect(m?.text).toBe('Aanhangsel Handelingen II 2019/20, nrs. 1016 en 1044');
    expect(m?.target).toBe('ah-tk-20192020-1016');
    expect(m?.alsoTargets).toEqual(['ah-tk-20192020-1044']);
  });

  it('recognizes Kamervraag ids and numbers named as a Kamervraag', () => {
    expect(
      triples(recognizeAanhangsel('Kamervraag document nummer: kv-tk-2022Z04510', ctx())),
    ).toEqual([['kamervraag', 'kv-tk-2022Z04510', 'kv-tk-2022Z04510']]);
    expect(triples(recognizeAanhangsel('Kamervraag 2022Z04510', ctx()))).toEqual([
      ['kamervraag', 'Kamervraag 2022Z04510', 'kv-tk-2022Z04510'],
    ]);
    expect(
      triples(recognizeAanhangsel('Kamerantwoord document nummer: ah-tk-20212022-3019', ctx())),
    ).toEqual([['aanhangsel', 'ah-tk-20212022-3019', 'ah-tk-20212022-3019']]);
  });

  it('ignores ids inside a URL', () => {
    expect(
      recognizeAanhangsel(
        'Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510.html',
        ctx(),
      ),
    ).toEqual([]);
  });

  it.each([
    'Zie Aanhangsel\nHandelingen II 2021/22, nr. 3019.',
    'Zie Aanhangsel Handelingen II\n2021/22, nr. 3019.',
    'Zie Aanhangsel Handelingen II 2021/22,\r\nnr. 3019.',
  ])('reads a citation split over a line break: %j', (text) => {
    expect(recognizeAanhangsel(text, ctx()).map((m) => m.target)).toEqual(['ah-tk-20212022-3019']);
  });
});
