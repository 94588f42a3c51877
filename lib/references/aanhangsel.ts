/**
 * Aanhangsel van de Handelingen (answers to Kamervragen): "Aanhangsel Handelingen II 2021/22, nr.
 * 3019" → ah-tk-20212022-3019, "Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3019", the plural
 * "nrs. 1016 en 1044"; and Kamervraag ids: "kv-tk-2022Z04510", "Kamervraag 2022Z04510".
 */
import { guarded, matchesOf } from './guard';
import type { Match, RecognizeContext } from './types';
import { SPACE_CLASS, printSession } from './normalize';
import { BREAK_SPACE, SESSION_SOURCE, chamberLabel, chamberOf, sessionYears } from './session';

const AANHANGSEL = guarded(
  new RegExp(
    `\\bAanhangsel(?:${BREAK_SPACE}van${BREAK_SPACE}de|${BREAK_SPACE}der)?${BREAK_SPACE}[Hh]andelingen${SESSION_SOURCE}` +
      `,?${BREAK_SPACE}(?:nrs?\\.|nummers?)[${SPACE_CLASS}]?(\\d{1,5})(?![0-9])`,
    'g',
  ),
  ['Aanhangsel'],
);
/** More numbers after the first: ", 1017" or " en 1044". Applied in a bounded loop. */
const MORE_NUMBERS = new RegExp(
  `(?:,[${SPACE_CLASS}]?|[${SPACE_CLASS}]en[${SPACE_CLASS}])(\\d{1,5})(?![0-9])`,
  'y',
);

/** Literal ids in running text (not inside a URL). */
const AH_ID = guarded(/(?<![/\w-])ah-(tk|ek)-(\d{8})-(\d{1,5})(?:-n\d)?(?![\w-])/g, [
  'ah-tk-',
  'ah-ek-',
]);
const KV_ID = guarded(/(?<![/\w-])kv-(tk|ek)-(\d{4}Z\d{5})(?![\w-])/g, ['kv-tk-', 'kv-ek-']);
/** "Kamervraag 2022Z04510", "Kamervragen (nr. 2022Z04510)". */
const KV_KEYWORD = guarded(
  new RegExp(
    `\\b[Kk]amervra(?:ag|gen)[${SPACE_CLASS}](?:\\(?(?:nr\\.|nummer|kenmerk)[${SPACE_CLASS}]?)?((?:19|20)\\d{2}Z\\d{5})(?![0-9A-Za-z])`,
    'g',
  ),
  ['amervra'],
);

export function recognizeAanhangsel(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  for (const m of matchesOf(AANHANGSEL, text)) {
    const [all, chamberGroup, y1 = '', y2 = '', first = ''] = m;
    const years = sessionYears(y1, y2);
    if (!years) continue;
    const chamber = chamberOf(chamberGroup);
    const numbers = [first];
    let end = m.index + all.length;
    for (let k = 0; k < 12; k++) {
      MORE_NUMBERS.lastIndex = end;
      const more = MORE_NUMBERS.exec(text);
      if (!more || !more[1]) break;
      numbers.push(more[1]);
      end += more[0].length;
    }
    const targets = numbers.map((n) => `ah-${chamber}-${years}-${n}`);
    out.push({
      kind: 'aanhangsel',
      start: m.index,
      end,
      text: text.slice(m.index, end),
      target: targets[0] ?? null,
      date: null,
      ...(targets.length > 1 ? { alsoTargets: targets.slice(1) } : {}),
      label: `Aanhangsel Handelingen ${chamberLabel(chamber)} ${printSession(years)}, ${numbers.length > 1 ? 'nrs.' : 'nr.'} ${numbers.join(', ')}`,
    });
    AANHANGSEL.re.lastIndex = Math.max(AANHANGSEL.re.lastIndex, end);
  }
  for (const m of matchesOf(AH_ID, text)) {
    out.push({
      kind: 'aanhangsel',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      target: m[0],
      date: null,
      label: `Aanhangsel Handelingen ${m[0]}`,
    });
  }
  for (const pattern of [KV_ID, KV_KEYWORD]) {
    for (const m of matchesOf(pattern, text)) {
      const zaak = pattern === KV_ID ? m[2] : m[1];
      const chamber = pattern === KV_ID ? m[1] : 'tk';
      out.push({
        kind: 'kamervraag',
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        target: `kv-${chamber}-${zaak}`,
        date: null,
        label: `Kamervraag ${zaak}`,
      });
    }
  }
  return out;
}

/*
 * Real examples (published texts):
 *   "Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3019"  → ah-tk-20212022-3019
 *   "Aanhangsel Handelingen II 2021/22, nr. 3019"                       → ah-tk-20212022-3019
 *   "Kamervraag document nummer: kv-tk-2022Z04510"                      → kv-tk-2022Z04510
 *   "Kamerantwoord document nummer: ah-tk-20212022-3019"                → ah-tk-20212022-3019
 */
