import { describe, expect, it } from 'vitest';
import { recognizeZaken } from '../../../lib/references/zaak';
import { ctx, triples } from './helpers';

describe('recognizeZaken', () => {
  it('tells zaak numbers from document numbers', () => {
    expect(
      triples(recognizeZaken('Onderdeel van zaak 2024Z13681: Nummer: 2024D33435, datum', ctx())),
    ).toEqual([
      ['zaak', '2024Z13681', '2024Z13681'],
      ['document', '2024D33435', '2024D33435'],
    ]);
  });

  it.each(['2022Z0451', '2022Z045100', 'x2022Z04510', '1850Z12345'])(
    'leaves "%s" unmarked',
    (text) => {
      expect(recognizeZaken(text, ctx())).toEqual([]);
    },
  );
});
