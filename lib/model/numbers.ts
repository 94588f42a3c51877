/** A question/answer heading: "Vraag 3", "Antwoord op de vragen 4, 5 en 6", a bare "1a". */
export interface HeadingLabel {
  role: 'question' | 'answer' | null;
  numbers: string[];
}

const ROLE_WORDS = /^(vra(?:ag|gen)|antwoord(?:en)?)\b\s*/i;
// "Antwoord op vraag 3", "Antwoord op de vragen 2 en 3", "Antwoord vraag 3".
const ANSWER_TO = /^(?:op\s+)?(?:de\s+)?vra(?:ag|gen)\b\s*/i;
const NUMBER = /^(\d{1,3})([a-z]?)\b/i;
const SEPARATOR = /^(?:,|&|en\b|tot\s+en\s+met\b|t\/m\b|[-–])\s*/i;

/** Longest heading text we treat as a label; longer text is prose that happens to start with "Vraag". */
const MAX_LABEL_LENGTH = 60;

/**
 * Reads a heading's role and numbers. Ranges ("2 t/m 4", "2–4") expand to each number.
 * Returns null when the text is not a label (prose, no number, trailing words).
 */
export function parseHeading(raw: string): HeadingLabel | null {
  let text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || text.length > MAX_LABEL_LENGTH) return null;
  let role: HeadingLabel['role'] = null;
  const roleMatch = ROLE_WORDS.exec(text);
  if (roleMatch) {
    role = roleMatch[1]!.toLowerCase().startsWith('vra') ? 'question' : 'answer';
    text = text.slice(roleMatch[0].length);
    if (role === 'answer') text = text.replace(ANSWER_TO, '');
  }
  const numbers: string[] = [];
  let rangeFrom: number | null = null;
  while (text.length) {
    const n = NUMBER.exec(text);
    if (!n) break;
    const value = Number(n[1]);
    if (rangeFrom !== null && !n[2] && value > rangeFrom && value - rangeFrom <= 50) {
      for (let i = rangeFrom + 1; i <= value; i++) numbers.push(String(i));
    } else {
      numbers.push(`${value}${n[2]!.toLowerCase()}`);
    }
    rangeFrom = null;
    text = text.slice(n[0].length).trimStart();
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    if (/^(?:tot|t\/m|[-–])/i.test(sep[0])) rangeFrom = value;
    text = text.slice(sep[0].length);
  }
  // Only a trailing colon or full stop may follow the numbers.
  if (!numbers.length || !/^[:.)]?$/.test(text.trim())) return null;
  return { role, numbers };
}

/** Compare question numbers the way a reader does: 2 < 10, 1 < 1a < 1b < 2. */
export function compareNumbers(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  return na !== nb ? na - nb : a.localeCompare(b);
}
