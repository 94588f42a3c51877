import { describe, expect, it } from 'vitest';
import { recognizeGazettes } from '../../../lib/references/gazette';
import { ctx, triples } from './helpers';

describe('recognizeGazettes', () => {
  it.each([
    ['Stb. 2019, 123', 'staatsblad', 'stb-2019-123'],
    ['Stcrt. 2020, 12345', 'staatscourant', 'stcrt-2020-12345'],
    ['Trb. 2008, 175', 'tractatenblad', 'trb-2008-175'],
    ['Staatsblad 2016, 478', 'staatsblad', 'stb-2016-478'],
    ['Stb. 2019, nr. 147', 'staatsblad', 'stb-2019-147'],
  ])('%s → %s', (text, kind, target) => {
    expect(triples(recognizeGazettes(text, ctx()))).toEqual([[kind, text, target]]);
  });

  it('finds two treaties in one title', () => {
    const text = 'met bijlage (Trb. 2018, 125 en Trb. 2019, 102)';
    expect(recognizeGazettes(text, ctx()).map((m) => m.target)).toEqual([
      'trb-2018-125',
      'trb-2019-102',
    ]);
  });

  it('takes the year of "wet van 7 juni 2006, Stb. 330" from the date before it', () => {
    const text = 'De Wet OM-afdoening (wet van 7 juni 2006, Stb. 330) wordt geleidelijk ingevoerd';
    expect(triples(recognizeGazettes(text, ctx()))).toEqual([
      ['staatsblad', 'Stb. 330', 'stb-2006-330'],
    ]);
  });

  it.each(['NJ 1999, 386', 'Comptabiliteitswet 2016', 'Stb. 330'])(
    'leaves "%s" unmarked',
    (text) => {
      expect(recognizeGazettes(text, ctx())).toEqual([]);
    },
  );

  it.each([
    [
      'gepubliceerd in deStaatscourant 2019, 12345Vaststelling',
      'Staatscourant 2019, 12345',
      'stcrt-2019-12345',
    ],
    ['(Staatscourant2019, nr. 12345)', 'Staatscourant2019, nr. 12345', 'stcrt-2019-12345'],
    ['in het Staatsblad van 2019, nr. 123', 'Staatsblad van 2019, nr. 123', 'stb-2019-123'],
    ['zie stcrt-2024-12345 voor de regeling', 'stcrt-2024-12345', 'stcrt-2024-12345'],
  ])('reads a glued or spelled-out citation: %s', (text, span, target) => {
    expect(triples(recognizeGazettes(text, ctx()))).toEqual([[expect.any(String), span, target]]);
  });

  it('does not read a gazette id inside a URL or a glued abbreviation', () => {
    expect(
      recognizeGazettes('https://zoek.officielebekendmakingen.nl/stcrt-2024-12345.html', ctx()),
    ).toEqual([]);
    expect(recognizeGazettes('xStb. 2019, 123', ctx())).toEqual([]);
  });
});
