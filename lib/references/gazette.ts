/**
 * Official gazettes: "Stb. 2019, 123" → stb-2019-123, "Stcrt. 2020, 12345" → stcrt-2020-12345,
 * "Trb. 2008, 175" → trb-2008-175; the written-out names and "nr." are accepted too.
 */
import type { Match, ReferenceKind, RecognizeContext } from './types';
import { SPACE_CLASS } from './normalize';

const GAZETTE = new RegExp(
  `\\b(Stb|Stcrt|Trb|Staatsblad|Staatscourant|Tractatenblad)(?:\\.|(?<=d|t|b))` +
    `[${SPACE_CLASS}]?((?:1[89]|20)\\d{2})(?:,|\\/)?[${SPACE_CLASS}]?(?:nr\\.[${SPACE_CLASS}]?)?(\\d{1,6})(?![0-9])`,
  'g',
);

const KINDS: Record<string, { kind: ReferenceKind; prefix: string; name: string }> = {
  stb: { kind: 'staatsblad', prefix: 'stb', name: 'Staatsblad' },
  staatsblad: { kind: 'staatsblad', prefix: 'stb', name: 'Staatsblad' },
  stcrt: { kind: 'staatscourant', prefix: 'stcrt', name: 'Staatscourant' },
  staatscourant: { kind: 'staatscourant', prefix: 'stcrt', name: 'Staatscourant' },
  trb: { kind: 'tractatenblad', prefix: 'trb', name: 'Tractatenblad' },
  tractatenblad: { kind: 'tractatenblad', prefix: 'trb', name: 'Tractatenblad' },
};

export function recognizeGazettes(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  GAZETTE.lastIndex = 0;
  for (let m = GAZETTE.exec(text); m; m = GAZETTE.exec(text)) {
    const [all, name = '', year = '', nr = ''] = m;
    const info = KINDS[name.toLowerCase()];
    if (!info) continue;
    out.push({
      kind: info.kind,
      start: m.index,
      end: m.index + all.length,
      text: all,
      target: `${info.prefix}-${year}-${nr}`,
      date: null,
      label: `${info.name} ${year}, ${nr}`,
    });
  }
  return out;
}

/*
 * Real examples (published texts):
 *   "(Stb. 2014, 296)"                     → stb-2014-296
 *   "Stcrt. 2013, 10981"                   → stcrt-2013-10981
 *   "Trb. 2008, 175"                       → trb-2008-175
 */
