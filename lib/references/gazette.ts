/**
 * Official gazettes: "Stb. 2019, 123" → stb-2019-123, "Stcrt. 2020, 12345" → stcrt-2020-12345,
 * "Trb. 2008, 175" → trb-2008-175; the written-out names and "nr." are accepted too.
 */
import type { Match, ReferenceKind, RecognizeContext } from './types';
import { SPACE_CLASS } from './normalize';
import { lookupMonth } from './date-lexicon';

/**
 * The written-out names may be glued to the word before them ("deStaatscourant", text copied from a
 * PDF), so only the abbreviations need a word boundary; "van" may stand before the year.
 */
const GAZETTE = new RegExp(
  `(?:\\b|(?<=[a-z])(?=Staats|Tractaten))(Stb|Stcrt|Trb|Staatsblad|Staatscourant|Tractatenblad)(?:\\.|(?<=d|t|b))` +
    `[${SPACE_CLASS}]?(?:van[${SPACE_CLASS}])?((?:1[89]|20)\\d{2})(?:,|\\/)?[${SPACE_CLASS}]?(?:nr\\.[${SPACE_CLASS}]?)?(\\d{1,6})(?![0-9])`,
  'g',
);

/**
 * Before 2009 the Staatscourant was cited by its issue: "Staatscourant van 16 juni 2005, nr. 114" →
 * stcrt-2005-114 (the year from the date).
 */
const BY_ISSUE_DATE = new RegExp(
  `\\b(?:Staatscourant|Stcrt\\.)[${SPACE_CLASS}]van[${SPACE_CLASS}]\\d{1,2}[${SPACE_CLASS}]([a-z]{3,9})[${SPACE_CLASS}]((?:1[89]|20)\\d{2}),?[${SPACE_CLASS}](?:nr\\.|nummer)[${SPACE_CLASS}]?(\\d{1,6})(?![0-9])`,
  'g',
);

/** Publication ids in running text: "stcrt-2019-12345", "stb-2024-123" (not inside a URL). */
const GAZETTE_ID = /(?<![/\w-])(stb|stcrt|trb)-((?:1[89]|20)\d{2})-(\d{1,6})(?![\w-])/g;

/** "wet van 7 juni 2006, Stb. 330": the number alone, its year given by the act's date just before. */
const NUMBER_ONLY = new RegExp(`\\b(Stb|Stcrt|Trb)\\.[${SPACE_CLASS}]?(\\d{1,6})(?![0-9])`, 'g');
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
  GAZETTE.lastIndex = 0;
  for (let m = GAZETTE.exec(text); m; m = GAZETTE.exec(text)) {
    const [all, name = '', year = '', nr = ''] = m;
    const info = KINDS[name.toLowerCase()];
    if (!info) continue;
    out.push(gazetteMatch(info, m.index, all, year, nr));
  }
  BY_ISSUE_DATE.lastIndex = 0;
  for (let m = BY_ISSUE_DATE.exec(text); m; m = BY_ISSUE_DATE.exec(text)) {
    const [all, month = '', year = '', nr = ''] = m;
    if (lookupMonth(month) && KINDS.staatscourant)
      out.push(gazetteMatch(KINDS.staatscourant, m.index, all, year, nr));
  }
  GAZETTE_ID.lastIndex = 0;
  for (let m = GAZETTE_ID.exec(text); m; m = GAZETTE_ID.exec(text)) {
    const [all, name = '', year = '', nr = ''] = m;
    const info = KINDS[name];
    if (info) out.push(gazetteMatch(info, m.index, all, year, nr));
  }
  NUMBER_ONLY.lastIndex = 0;
  for (let m = NUMBER_ONLY.exec(text); m; m = NUMBER_ONLY.exec(text)) {
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
