/**
 * Official gazettes: "Stb. 2019, 123" → stb-2019-123, "Stcrt. 2020, 12345" → stcrt-2020-12345,
 * "Trb. 2008, 175" → trb-2008-175; the written-out names and "nr." are accepted too.
 */
import { guarded, matchesOf } from './guard';
import type { Match, ReferenceKind, RecognizeContext } from './types';
import { SPACE_CLASS } from './normalize';
import { lookupMonth } from './date-lexicon';

/**
 * The written-out names may be glued to the word before them ("deStaatscourant", text copied from a
 * PDF), so only the abbreviations need a word boundary; "van" may stand before the year.
 */
const GAZETTE = guarded(
  new RegExp(
    `(?:\\b|(?<=[a-z])(?=Staats|Tractaten))(Stb|Stcrt|Trb|Staatsblad|Staatscourant|Tractatenblad)(?:\\.|(?<=d|t|b))` +
      `[${SPACE_CLASS}]?(?:van[${SPACE_CLASS}])?((?:1[89]|20)\\d{2})(?:,|\\/)?[${SPACE_CLASS}]?(?:nr\\.[${SPACE_CLASS}]?)?(\\d{1,6})(?![0-9])`,
    'g',
  ),
  ['Stb', 'Stcrt', 'Trb', 'Staatsblad', 'Staatscourant', 'Tractatenblad'],
);

/**
 * Before 2009 the Staatscourant was cited by its issue: "Staatscourant van 16 juni 2005, nr. 114" →
 * stcrt-2005-114 (the year from the date).
 */
const BY_ISSUE_DATE = guarded(
  new RegExp(
    `\\b(?:Staatscourant|Stcrt\\.)[${SPACE_CLASS}]van[${SPACE_CLASS}]\\d{1,2}[${SPACE_CLASS}]([a-z]{3,9})[${SPACE_CLASS}]((?:1[89]|20)\\d{2}),?[${SPACE_CLASS}](?:nr\\.|nummer)[${SPACE_CLASS}]?(\\d{1,6})(?![0-9])`,
    'g',
  ),
  ['Staatscourant', 'Stcrt.'],
);

/** Publication ids in running text: "stcrt-2019-12345", "stb-2024-123" (not inside a URL). */
const GAZETTE_ID = guarded(/(?<![/\w-])(stb|stcrt|trb)-((?:1[89]|20)\d{2})-(\d{1,6})(?![\w-])/g, [
  'stb-',
  'stcrt-',
  'trb-',
]);

/** "wet van 7 juni 2006, Stb. 330": the number alone, its year given by the act's date just before. */
const NUMBER_ONLY = guarded(
  new RegExp(`\\b(Stb|Stcrt|Trb)\\.[${SPACE_CLASS}]?(\\d{1,6})(?![0-9])`, 'g'),
  ['Stb.', 'Stcrt.', 'Trb.'],
);
const YEAR_BEFORE = new RegExp(`((?:1[89]|20)\\d{2}),?[${SPACE_CLASS}]$`);

const KINDS: Record<string, { kind: ReferenceKind; prefix: string; name: string }> = {
  stb: { kind: 'staatsblad', prefix: 'stb', name: 'Staatsblad' },
  staatsblad: { kind: 'staatsblad', prefix: 'stb', name: 'Staatsblad' },
  stcrt: { kind: 'staatscourant', prefix: 'stcrt', name: 'Staatscourant' },
  staatscourant: { kind: 'staatscourant', prefix: 'stcrt', name: 'Staatscourant' },
  trb: { kind: 'tractatenblad', prefix: 'trb', name: 'Tractatenblad' },
  tractatenblad: { kind: 'tractatenblad', prefix: 'trb', name: 'Tractatenblad' },
};

type Gazette = (typeof KINDS)[string];

function gazetteMatch(info: Gazette, start: number, text: string, year: string, nr: string): Match {
  return {
    kind: info.kind,
    start,
    end: start + text.length,
    text,
    target: `${info.prefix}-${year}-${nr}`,
    date: null,
    label: `${info.name} ${year}, ${nr}`,
  };
}

export function recognizeGazettes(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  for (const m of matchesOf(GAZETTE, text)) {
    const [all, name = '', year = '', nr = ''] = m;
    const info = KINDS[name.toLowerCase()];
    if (!info) continue;
    out.push(gazetteMatch(info, m.index, all, year, nr));
  }
  for (const m of matchesOf(BY_ISSUE_DATE, text)) {
    const [all, month = '', year = '', nr = ''] = m;
    if (lookupMonth(month) && KINDS.staatscourant)
      out.push(gazetteMatch(KINDS.staatscourant, m.index, all, year, nr));
  }
  for (const m of matchesOf(GAZETTE_ID, text)) {
    const [all, name = '', year = '', nr = ''] = m;
    const info = KINDS[name];
    if (info) out.push(gazetteMatch(info, m.index, all, year, nr));
  }
  for (const m of matchesOf(NUMBER_ONLY, text)) {
    const [all, name = '', nr = ''] = m;
    const year = YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1];
    const info = KINDS[name.toLowerCase()];
    // "Stb. 2019, 123" is read above; a four-digit "number" here is that form's year.
    if (!year || !info || (nr.length === 4 && /^(1[89]|20)/.test(nr))) continue;
    out.push(gazetteMatch(info, m.index, all, year, nr));
  }
  return out;
}

/*
 * Real examples (published texts):
 *   "(Stb. 2014, 296)"                     → stb-2014-296
 *   "Stcrt. 2013, 10981"                   → stcrt-2013-10981
 *   "Trb. 2008, 175"                       → trb-2008-175
 *   "gepubliceerd in deStaatscourant 2019, 12345"  → stcrt-2019-12345
 *   "De Wet OM-afdoening (wet van 7 juni 2006, Stb. 330)"  → stb-2006-330
 */
