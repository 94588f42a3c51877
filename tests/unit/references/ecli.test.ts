import { describe, expect, it } from 'vitest';
import { recognizeEcli } from '../../../lib/references/ecli';
import { ctx, triples } from './helpers';

describe('recognizeEcli', () => {
  it('reads identifiers and drops a sentence-final dot', () => {
    const text =
      'niet onbegrijpelijk (vgl. ECLI:NL:HR:2006:AU9130). Conclusie: ECLI:NL:PHR:2017:1538.';
    expect(triples(recognizeEcli(text, ctx()))).toEqual([
      ['ecli', 'ECLI:NL:HR:2006:AU9130', 'ECLI:NL:HR:2006:AU9130'],
      ['ecli', 'ECLI:NL:PHR:2017:1538', 'ECLI:NL:PHR:2017:1538'],
    ]);
  });

  it('tolerates a space after "ECLI:" and normalizes it away', () => {
    expect(recognizeEcli('HR 31 januari 2012, ECLI: NL:HR:2012:BU6064;', ctx())[0]?.target).toBe(
      'ECLI:NL:HR:2012:BU6064',
    );
  });

  it('reads ECLI:NL:HR:2019:2007', () => {
    expect(recognizeEcli('ECLI:NL:HR:2019:2007', ctx())[0]?.label).toBe(
      'Uitspraak ECLI:NL:HR:2019:2007',
    );
  });
});
