/**
 * Handelingen: "Handelingen II 2021/22, nr. 45, item 7" → h-tk-20212022-45-7. Without an item number
 * (older page-numbered Handelingen: "nr. 45, blz. 3814") there is no publication id: target null.
 */
import { guarded, matchesOf } from './guard';
import type { Match, RecognizeContext } from './types';
import { SPACE_CLASS, printSession } from './normalize';
import {
  BREAK_SPACE,
  GLUED_SESSION,
  SESSION_SOURCE,
  chamberLabel,
  chamberOf,
  sessionYears,
} from './session';

/**
 * "Handelingen II 2021/22, nr. 45, item 7"; an item title may stand between the number and the item
 * ("nr. 45, Debat over de Voorjaarsnota, item 7"), read lazily and at most 160 characters far.
 */
const HANDELINGEN = guarded(
  new RegExp(
    `\\bHandelingen(?:[${SPACE_CLASS}]der[${SPACE_CLASS}]Kamer)?${SESSION_SOURCE},?${BREAK_SPACE}(?:nr\\.|nummer)[${SPACE_CLASS}]?(\\d{1,3})` +
      `(?:(?:,[${SPACE_CLASS}][^().?!\\n;:]{1,160}?)?,?[${SPACE_CLASS}]item[${SPACE_CLASS}]?(\\d{1,3}))?(?![0-9])`,
    'g',
  ),
  ['Handelingen'],
);

/**
 * The Eerste Kamer's own heading of a report: "Verslag van de vergadering van 23 mei 2023 (2022/2023
 * nr. 33)". It names the meeting, not an item: target null.
 */
const EK_REPORT = guarded(
  new RegExp(`\\((\\d{4})\\/(\\d{4})[${SPACE_CLASS}]nr\\.[${SPACE_CLASS}]?(\\d{1,3})\\)`, 'g'),
  ['nr.'],
);

/** After the metadata row's year: "nr. 14, item 10" (an item) or "nr. 41, pagina 3369-3373" (none). */
const ROW_NUMBER = new RegExp(
  `nr\\.[${SPACE_CLASS}]?(\\d{1,3})(?:,[${SPACE_CLASS}]item[${SPACE_CLASS}]?(\\d{1,3}))?(?![0-9])`,
  'y',
);

/** Literal ids in running text: "h-tk-20192020-31-8" (not inside a URL). */
const H_ID = guarded(/(?<![/\w-])h-(tk|ek)-(\d{8})-(\d{1,3})-(\d{1,3})(?:-n\d)?(?![\w-])/g, [
  'h-tk-',
  'h-ek-',
]);

export function recognizeHandelingen(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  for (const m of matchesOf(HANDELINGEN, text)) {
    const [all, chamberGroup, y1 = '', y2 = '', nr = '', item] = m;
    const years = sessionYears(y1, y2);
    if (!years) continue;
    const chamber = chamberOf(chamberGroup);
    out.push({
      kind: 'handelingen',
      start: m.index,
      end: m.index + all.length,
      text: all,
      target: item ? `h-${chamber}-${years}-${nr}-${item}` : null,
      date: null,
      label: `Handelingen ${chamberLabel(chamber)} ${printSession(years)}, nr. ${nr}${item ? `, item ${item}` : ''}`,
    });
  }
  // The metadata row of a Handelingen page: "Eerste Kamer der Staten-Generaal2011-2012nr. 14, item 10"
  // (an item, so a publication id).
  for (const m of matchesOf(GLUED_SESSION, text)) {
    const [all, chamberWord = '', y1 = '', y2 = ''] = m;
    const years = sessionYears(y1, y2);
    ROW_NUMBER.lastIndex = m.index + all.length;
    const row = ROW_NUMBER.exec(text);
    // Without an item the row names a page range of an old volume, not a publication: left alone.
    if (!years || !row || !row[2]) continue;
    const [rowText, nr = '', item = ''] = row;
    const chamber = chamberWord === 'Eerste' ? 'ek' : 'tk';
    const start = m.index + all.indexOf(y1);
    const end = m.index + all.length + rowText.length;
    out.push({
      kind: 'handelingen',
      start,
      end,
      text: text.slice(start, end),
      target: `h-${chamber}-${years}-${nr}-${item}`,
      date: null,
      label: `Handelingen ${chamberLabel(chamber)} ${printSession(years)}, nr. ${nr}, item ${item}`,
    });
  }
  for (const m of matchesOf(EK_REPORT, text)) {
    const [all, y1 = '', y2 = '', nr = ''] = m;
    const years = sessionYears(y1, y2);
    if (!years) continue;
    out.push({
      kind: 'handelingen',
      start: m.index + 1,
      end: m.index + all.length - 1,
      text: all.slice(1, -1),
      target: null,
      date: null,
      label: `Handelingen I ${printSession(years)}, nr. ${nr}`,
    });
  }
  for (const m of matchesOf(H_ID, text)) {
    out.push({
      kind: 'handelingen',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      target: m[0],
      date: null,
      label: `Handelingen ${m[0]}`,
    });
  }
  return out;
}

/*
 * Real examples (published texts):
 *   "(Handelingen II 2019/20, nr. 31, item 8)"            → h-tk-20192020-31-8
 *   "Handelingen II 2021/22, nr. 45, item 7"              → h-tk-20212022-45-7
 *   "Handelingen II 2008/09, nr. 45, blz. 3814"           → null (page-numbered, no item)
 */
