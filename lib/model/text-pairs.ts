import { parseHeading } from './numbers';

/**
 * Questions and answers from plain text, as text taken from a PDF reads: lines wrapped at the
 * column, the page footer ("Tweede Kamer, vergaderjaar 2023–2024, 36 410 XV, nr. 5 7") glued to
 * the line after it, a heading that fell away at a page break, "Vraag 4 en 5" holding two
 * questions. Pure and linear: one pass over the lines, then one over the blocks.
 */

interface TextPair {
  number: string;
  question: string;
  answer: string | null;
}

interface TextPairing {
  pairs: TextPair[];
  /** What was repaired or could not be paired, in words. */
  diagnostics: string[];
}

interface Line {
  text: string;
  /** A page footer or header stood right before this line. */
  afterPageBreak: boolean;
}

interface Block {
  role: 'question' | 'answer';
  numbers: string[];
  lines: Line[];
}

/**
 * Page furniture of parliamentary prints: the footer "Tweede Kamer, vergaderjaar 2023–2024, 36 410
 * XV, nr. 5" (Kamerstuk) or "Aanhangsel Handelingen II 2021/22, nr. 3019" with the page number
 * after it, wherever the extraction put it in the line.
 */
const FOOTER =
  /(?:(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{4}[–-]\d{4},\s+[0-9A-Z ,]{1,40}?\bnr\.\s+\d{1,5}|Aanhangsel\s+Handelingen\s+I{1,2}\s+\d{4}\/\d{2},\s+nr\.\s+\d{1,5})(?:\s+\d{1,4}(?=\s|$))?/g;
/** A line that opens with a label and goes on with text: "Vraag 2: Kunt u …", "Antwoord op vraag 3: Ja." */
const INLINE_LABEL =
  /^((?:vra(?:ag|gen)|antwoord(?:en)?(?:\s+op\s+(?:de\s+)?vra(?:ag|gen))?)\s+\d{1,3}[a-z]?(?:\s*(?:,|en|t\/m|[-–])\s*\d{1,3}[a-z]?)*)\s*:\s*(\S.*)$/i;
const ENDS_QUESTION = /\?[\s»”’"')\d,]*$/;
const ENDS_SENTENCE = /[.!:;]["»”’')]*$/;

/** Lines without page furniture; a line after a footer is marked as starting a new page. */
function readLines(text: string): Line[] {
  const out: Line[] = [];
  let pageBreak = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    FOOTER.lastIndex = 0;
    const parts = line.split(FOOTER);
    parts.forEach((part, i) => {
      if (i > 0) pageBreak = true;
      const text = part.trim();
      if (!text) return;
      out.push({ text, afterPageBreak: pageBreak });
      pageBreak = false;
    });
  }
  return out;
}

function labelOf(line: string): { role: Block['role']; numbers: string[]; rest: string } | null {
  const whole = parseHeading(line);
  if (whole?.role) return { role: whole.role, numbers: whole.numbers, rest: '' };
  const inline = INLINE_LABEL.exec(line);
  const label = inline ? parseHeading(inline[1]!) : null;
  if (inline && label?.role) return { role: label.role, numbers: label.numbers, rest: inline[2]! };
  return null;
}

/** The lines as running text; a word broken with a hyphen at the line end is kept whole. */
function joined(lines: readonly Line[]): string {
  let out = '';
  for (const { text } of lines) {
    const broken = /\p{L}-$/u.test(out) && /^\p{L}/u.test(text) && !/^(?:en|of|tot)\b/.test(text);
    out += out && !broken ? ` ${text}` : text;
  }
  return out;
}

/**
 * The index after which a question ends when no "Antwoord" heading follows it: its first line
 * that ends in "?", or a later one when only wrapped question lines (no full stop) lie between.
 */
function questionEnd(lines: readonly Line[]): number {
  let end = lines.findIndex((l) => ENDS_QUESTION.test(l.text));
  if (end < 0) return 0;
  for (let j = end + 1; j < lines.length && j <= end + 3; j++) {
    if (ENDS_SENTENCE.test(lines[j]!.text)) break;
    if (ENDS_QUESTION.test(lines[j]!.text)) end = j;
  }
  return end;
}

/** A "Vraag 4 en 5" block: one text per number when its lines fall into that many questions. */
function splitQuestions(block: Block): string[] {
  const n = block.numbers.length;
  const whole = joined(block.lines);
  if (n < 2) return [whole];
  const groups: Line[][] = [[]];
  for (const line of block.lines) {
    groups[groups.length - 1]!.push(line);
    if (ENDS_QUESTION.test(line.text)) groups.push([]);
  }
  const questions = groups.filter((g) => g.length > 0);
  if (questions.length === n) return questions.map(joined);
  // The questions share their lines: split at the question marks of the running text.
  const sentences = whole.match(/[^?]+\?[»”’"')]*/g)?.map((s) => s.trim()) ?? [];
  if (sentences.length === n && sentences.join(' ').length >= whole.length - 2) return sentences;
  return block.numbers.map(() => whole);
}

/** The lines after the last page break of `lines`, if a page break lies inside them. */
function afterLastBreak(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i > 0; i--) if (lines[i]!.afterPageBreak) return i;
  return -1;
}

/**
 * A heading lost at a page break: an answer to a question that never appeared (answer N after
 * answer N−1) takes, as question N, the lines after the page break inside answer N−1, when they ask.
 * And a question N+1 after question N with no answer between, in a text that heads its answers,
 * takes the lines after the break inside question N as answer N, when those lines do not ask.
 */
function repairLostHeadings(
  blocks: Block[],
  headsAnswers: boolean,
  diagnostics: string[],
): Block[] {
  const out: Block[] = [];
  const asked = new Set<string>();
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (
      block.role === 'answer' &&
      prev?.role === 'answer' &&
      !block.numbers.some((n) => asked.has(n))
    ) {
      const at = afterLastBreak(prev.lines);
      const moved = at > 0 ? prev.lines.slice(at) : [];
      if (moved.length && ENDS_QUESTION.test(moved[moved.length - 1]!.text)) {
        prev.lines = prev.lines.slice(0, at);
        out.push({ role: 'question', numbers: block.numbers, lines: moved });
        block.numbers.forEach((n) => asked.add(n));
        diagnostics.push(
          `Kop van vraag ${block.numbers.join(' en ')} verloren bij een paginagrens: hersteld.`,
        );
      }
    } else if (headsAnswers && block.role === 'question' && prev?.role === 'question') {
      const at = afterLastBreak(prev.lines);
      const moved = at > 0 ? prev.lines.slice(at) : [];
      const before = prev.lines.slice(0, at);
      if (
        moved.length &&
        !moved.some((l) => ENDS_QUESTION.test(l.text)) &&
        before.length &&
        ENDS_QUESTION.test(before[before.length - 1]!.text)
      ) {
        prev.lines = before;
        out.push({ role: 'answer', numbers: prev.numbers, lines: moved });
        diagnostics.push(
          `Kop van antwoord ${prev.numbers.join(' en ')} verloren bij een paginagrens: hersteld.`,
        );
      }
    }
    if (block.role === 'question') block.numbers.forEach((n) => asked.add(n));
    out.push(block);
  }
  return out;
}

/** Reads numbered questions and answers from plain text; none when the text has no "Vraag N". */
export function pairsFromText(text: string): TextPairing {
  const diagnostics: string[] = [];
  let blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of readLines(text)) {
    const label = labelOf(line.text);
    if (label) {
      current = { role: label.role, numbers: label.numbers, lines: [] };
      blocks.push(current);
      if (label.rest) current.lines.push({ text: label.rest, afterPageBreak: false });
    } else if (current) {
      current.lines.push(line);
    }
  }
  const headsAnswers = blocks.some((b) => b.role === 'answer');
  if (!headsAnswers) {
    // "Vraag 1" with only a paragraph break before the answer: split each block after its question.
    blocks = blocks.flatMap((b) => {
      const end = questionEnd(b.lines);
      if (end + 1 >= b.lines.length) return [b];
      return [
        { ...b, lines: b.lines.slice(0, end + 1) },
        { role: 'answer' as const, numbers: b.numbers, lines: b.lines.slice(end + 1) },
      ];
    });
  }
  blocks = repairLostHeadings(blocks, headsAnswers, diagnostics);

  const answerFor = new Map<string, string>();
  for (const b of blocks) {
    if (b.role !== 'answer') continue;
    const text = joined(b.lines);
    for (const n of b.numbers) if (!answerFor.has(n) && text) answerFor.set(n, text);
  }
  const pairs: TextPair[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    if (b.role !== 'question') continue;
    const texts = splitQuestions(b);
    b.numbers.forEach((number, i) => {
      if (seen.has(number)) return;
      seen.add(number);
      pairs.push({ number, question: texts[i]!, answer: answerFor.get(number) ?? null });
    });
  }
  for (const n of answerFor.keys())
    if (!seen.has(n)) diagnostics.push(`Antwoord ${n} hoort bij geen vraag in de tekst.`);
  return { pairs, diagnostics };
}
