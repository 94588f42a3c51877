/**
 * European Case Law Identifiers: "ECLI:NL:HR:2019:2007". A stray space after "ECLI:" (seen in
 * published footnotes: "ECLI: NL:HR:2012:BU6064") is tolerated and dropped from the target.
 */
import { guarded, matchesOf } from './guard';
import type { Match, RecognizeContext } from './types';

const ECLI = guarded(/\bECLI: ?([A-Z]{2}):([A-Z0-9]{1,7}):(\d{4}):([A-Z0-9.]{1,25})/g, ['ECLI:']);

export function recognizeEcli(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  for (const m of matchesOf(ECLI, text)) {
    // A sentence-final dot is not part of the identifier.
    let all = m[0];
    let ordinal = m[4] ?? '';
    while (ordinal.endsWith('.')) {
      ordinal = ordinal.slice(0, -1);
      all = all.slice(0, -1);
    }
    if (!ordinal) continue;
    const target = `ECLI:${m[1]}:${m[2]}:${m[3]}:${ordinal}`;
    out.push({
      kind: 'ecli',
      start: m.index,
      end: m.index + all.length,
      text: all,
      target,
      date: null,
      label: `Uitspraak ${target}`,
    });
  }
  return out;
}

/*
 * Real examples (published texts):
 *   "HR 17 april 2001, ECLI:NL:HR:2001:AB1458 (rov. 4.2)"   → ECLI:NL:HR:2001:AB1458
 *   "Conclusie: ECLI:NL:PHR:2017:1538"                      → ECLI:NL:PHR:2017:1538
 */
