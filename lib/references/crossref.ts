/**
 * Cross-references inside a Q&A document: "zie het antwoord op vraag 4", "zoals aangegeven in het
 * antwoord op vraag 2", "vragen 5 en 6", "bij vraag 2" → target "vraag-4" (alsoTargets for the rest).
 * When the document's pair numbers are known (ctx.pairNumbers non-empty) only those are linked.
 * A capitalized "Vraag 3" at the start of a block is a heading, not a reference, unless a word like
 * "op"/"bij"/"zie" leads into it.
 */
import { guarded, matchesOf } from './guard';
import type { Match, RecognizeContext } from './types';
import { SPACE_CLASS, isDigit, isLetter, isSpace, spellsAt, wordEndingAt } from './normalize';

/** "vraag 4", "vragen 5": the anchor; whole-word and prefix checks are done by hand (fast on 1.5 MB). */
const QUESTION = guarded(
  new RegExp(`([Vv]ra(?:ag|gen))[${SPACE_CLASS}](\\d{1,3}[a-z]?)(?![0-9A-Za-z])`, 'g'),
  ['raag', 'ragen'],
);

/** A letter or digit of ASCII. */
function isAsciiAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** What a regex's \w and \b count as a word character. */
const isRegexWordChar = (ch: string | undefined): boolean => ch === '_' || isAsciiAlnum(ch);

/**
 * A question number at `at` ("3", "12a"): one to three digits and at most one lower-case letter,
 * not followed by another letter or digit. Its end, or -1.
 */
function questionNumberEnd(text: string, at: number): number {
  let j = at;
  while (j < at + 3 && isDigit(text[j])) j++;
  if (j === at) return -1;
  // A fourth digit is a letter-or-digit after the number, which the last check turns away.
  const c = text[j];
  const next = c !== undefined && c >= 'a' && c <= 'z' ? j + 1 : j;
  return isAsciiAlnum(text[next]) ? -1 : next;
}

const CONNECTORS = ['en', 'tot en met', 't/m'];

/**
 * One more number of a list at `at`: ", 3", " en 4", " tot en met 6", " t/m 6" (any of the four
 * spaces). Its end, the connecting words (null after a comma) and the number; null when none.
 * Read by hand, as a sticky regex would; applied in a bounded loop after each "vraag N".
 */
export function moreNumberAt(
  text: string,
  at: number,
): { end: number; connector: string | null; number: string } | null {
  let from: number;
  let connector: string | null = null;
  if (text[at] === ',' && isSpace(text[at + 1])) from = at + 2;
  else if (isSpace(text[at])) {
    connector =
      CONNECTORS.find((w) => text.startsWith(w, at + 1) && isSpace(text[at + 1 + w.length])) ??
      null;
    if (connector === null) return null;
    from = at + 2 + connector.length;
  } else return null;
  const end = questionNumberEnd(text, from);
  return end < 0 ? null : { end, connector, number: text.slice(from, end) };
}

/** Who else's questions may follow a list: "van mevrouw …", "van het lid …". */
const OTHER_HOLDERS = ['mevrouw', 'de heer', 'het lid', 'de leden', 'het Kamerlid'];

/** " van mevrouw", " van de heer", … at `at`: the questions of another document. */
export function otherDocumentAt(text: string, at: number): boolean {
  if (!isSpace(text[at]) || !text.startsWith('van', at + 1) || !isSpace(text[at + 4])) return false;
  return OTHER_HOLDERS.some(
    (w) => text.startsWith(w, at + 5) && !isRegexWordChar(text[at + 5 + w.length]),
  );
}

/** Words that, right before a capitalized "Vraag", make it a reference rather than a heading. */
const LEAD_IN_WORDS = new Set(['op', 'bij', 'zie', 'in', 'en', 'van', 'naar']);

/** Whether `word` ends right at `end` in `text`. */
const endsAt = (text: string, end: number, word: string): boolean =>
  end >= word.length && text.startsWith(word, end - word.length);

/**
 * "antwoord op ", "Antwoorden op de " (any of the four spaces between the words) ending right at
 * `at`: where it starts and whether its "A" is a capital; null when there is none. Read backwards
 * by hand, as /([Aa])ntwoord(?:en)?[ ]op[ ](?:de[ ])?$/ would (one per "vraag" on a Q&A page).
 */
export function answerPrefixBefore(
  text: string,
  at: number,
): { start: number; capital: boolean } | null {
  if (!isSpace(text[at - 1])) return null;
  let i = at - 1;
  if (endsAt(text, i, 'de') && isSpace(text[i - 3])) i -= 3;
  if (!endsAt(text, i, 'op') || !isSpace(text[i - 3])) return null;
  i -= 3;
  if (endsAt(text, i, 'ntwoorden')) i -= 2;
  if (!endsAt(text, i, 'ntwoord')) return null;
  const a = text[i - 8];
  return a === 'A' || a === 'a' ? { start: i - 8, capital: a === 'A' } : null;
}

/** "schriftelijke " (one space or no-break space, any case) right before `at`. */
export function schriftelijkeBefore(text: string, at: number): boolean {
  const space = text[at - 1];
  return (space === ' ' || space === '\u00a0') && spellsAt(text, at - 14, 'schriftelijke');
}

/** "zie Vraag 3": a lead-in word and a space (or no-break space) right before `at`. */
function ledIn(text: string, at: number): boolean {
  const space = text[at - 1];
  return (space === ' ' || space === '\u00a0') && LEAD_IN_WORDS.has(wordEndingAt(text, at - 1, 4));
}

function expand(from: string, to: string): string[] {
  const a = Number(from);
  const b = Number(to);
  if (!Number.isInteger(a) || !Number.isInteger(b) || b <= a || b - a > 30) return [to];
  const out: string[] = [];
  for (let n = a + 1; n <= b; n++) out.push(String(n));
  return out;
}

export function recognizeCrossrefs(text: string, ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  const known = new Set(ctx.pairNumbers);
  for (const m of matchesOf(QUESTION, text)) {
    const [all, word = '', first = ''] = m;
    if (isLetter(text[m.index - 1])) continue;
    // "schriftelijke vragen 17": Kamervragen as a kind of document (a page number follows), not a question here.
    if (schriftelijkeBefore(text, m.index)) continue;
    const prefix = answerPrefixBefore(text, m.index);
    const start = prefix ? prefix.start : m.index;
    if (prefix) {
      // "Antwoord op vraag 3" opening a block is a heading.
      if (prefix.capital && (start === 0 || text[start - 1] === '\n')) continue;
    } else if (word[0] === 'V' && !ledIn(text, m.index)) continue;
    const numbers = [first];
    let end = m.index + all.length;
    for (let k = 0; k < 12; k++) {
      const more = moreNumberAt(text, end);
      if (!more) break;
      const last = numbers[numbers.length - 1] ?? '';
      if (more.connector === 'tot en met' || more.connector === 't/m')
        numbers.push(...expand(last, more.number));
      else numbers.push(more.number);
      end = more.end;
    }
    // "de vragen 7 en 8 van mevrouw Lambrechts": questions of another document.
    if (otherDocumentAt(text, end)) continue;
    const linked = known.size > 0 ? numbers.filter((n) => known.has(n)) : numbers;
    if (linked.length === 0) continue;
    const targets = linked.map((n) => `vraag-${n}`);
    out.push({
      kind: 'crossref',
      start,
      end,
      text: text.slice(start, end),
      target: targets[0] ?? null,
      date: null,
      ...(targets.length > 1 ? { alsoTargets: targets.slice(1) } : {}),
      label: `${linked.length > 1 ? 'Vragen' : 'Vraag'} ${linked.join(', ')} in dit document`,
    });
    QUESTION.re.lastIndex = Math.max(QUESTION.re.lastIndex, end);
  }
  return out;
}

/*
 * Real examples (ah-tk-20212022-3019, the answers to Kamervraag 2022Z04510):
 *   "De relevante kaders en beleid zijn in het antwoord op vraag 3 geschetst."      → vraag-3
 *   "zoals aangegeven in het antwoord op vraag 2, het Ministerie van BZK"           → vraag-2
 *   "op basis van de overwegingen als aangegeven bij vraag 2."                      → vraag-2
 *   "De politie zal, zoals vermeld in vraag 11, camera’s van Dahua blijven gebruiken." → vraag-11
 */
