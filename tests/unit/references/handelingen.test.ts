import { describe, expect, it } from 'vitest';
import { recognizeHandelingen } from '../../../lib/references/handelingen';
import { ctx, triples } from './helpers';

describe('recognizeHandelingen', () => {
  it.each([
    ['Handelingen II 2021/22, nr. 45, item 7', 'h-tk-20212022-45-7'],
    ['(Handelingen II 2019/20, nr. 31, item 8)', 'h-tk-20192020-31-8'],
    ['Handelingen I 2019/20, nr. 5, item 3', 'h-ek-20192020-5-3'],
    ['Handelingen II, vergaderjaar 2021–2022, nr. 45, item 7', 'h-tk-20212022-45-7'],
  ])('%s → %s', (text, target) => {
    expect(recognizeHandelingen(text, ctx()).map((m) => m.target)).toEqual([target]);
  });

  it('marks a page-numbered citation without an item, target null', () => {
    const text = '(Handelingen der Kamer II, vergaderjaar 2005–2006, nr. 95, blz. 5892–5831)';
    expect(triples(recognizeHandelingen(text, ctx()))).toEqual([
      ['handelingen', 'Handelingen der Kamer II, vergaderjaar 2005–2006, nr. 95', null],
    ]);
  });

  it('rejects a year pair that does not follow on', () => {
    expect(recognizeHandelingen('Handelingen II 2021/23, nr. 45, item 7', ctx())).toEqual([]);
  });

  it.each([
    [
      'Handelingen II 2021/22, nr. 45, Debat over de Voorjaarsnota 2022, item 7',
      'h-tk-20212022-45-7',
    ],
    ['Handelingen I 2022/23, nr. 26, item 8', 'h-ek-20222023-26-8'],
    ['Handelingen Eerste Kamer 2022/2023, nr. 26, item 8', 'h-ek-20222023-26-8'],
    ['Handelingen\nI 2022/23,\nnr. 26, item 8', 'h-ek-20222023-26-8'],
  ])('reads an item title and a line break: %s → %s', (text, target) => {
    expect(recognizeHandelingen(text, ctx()).map((m) => m.target)).toEqual([target]);
  });

  it('does not read an item across a sentence end', () => {
    expect(
      triples(
        recognizeHandelingen('Handelingen II 2019/20, nr. 31, Vragenuur. Daarna item 8', ctx()),
      ),
    ).toEqual([['handelingen', 'Handelingen II 2019/20, nr. 31', null]]);
  });

  it('reads the Eerste Kamer report heading "(2022/2023 nr. 33)", target null', () => {
    const text = 'Verslag van de vergadering van 23 mei 2023 (2022/2023 nr. 33)';
    expect(triples(recognizeHandelingen(text, ctx()))).toEqual([
      ['handelingen', '2022/2023 nr. 33', null],
    ]);
    expect(recognizeHandelingen('(2022/2024 nr. 33)', ctx())).toEqual([]);
  });
});
