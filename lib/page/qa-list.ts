/**
 * Is this Kamerstuk a list of questions and answers ("Lijst van vragen en antwoorden", feitelijke
 * vragen over a jaarverslag, …)? Such a Kamerstuk gets the same side-by-side view as an answer to
 * Kamervragen; any other Kamerstuk (a letter, a motion, a memorie) is left alone.
 *
 * Signals, each named in `PageInfo.signals`:
 *   title:vragen-en-antwoorden   DC.title, the stuktitel or <title> says "(lijst van) vragen en antwoorden"
 *   body:afgedrukt               the committee's intro: "Vragen en antwoorden zijn hierna afgedrukt",
 *                                "Deze vragen, alsmede de daarop … gegeven antwoorden, zijn hieronder afgedrukt"
 *   body:div.vraag+div.antwoord  KOOP's own question and answer blocks
 *   body:antwoord-labels         at least two answers labelled "Antwoord 1", "Antwoord op vraag 2:", …
 * One is enough; the labels count only together with a question label for the same number, since
 * a letter may quote "antwoord 3" in passing but never in alternating blocks.
 */

const TITLE = /\bvragen\s+en\s+antwoorden\b/i;
/** The intro every committee list carries before the questions. */
export const PRINTED_BELOW =
  /\b(?:vragen\s+en\s+antwoorden|gegeven\s+antwoorden)\b[^.]{0,80}\b(?:hierna|hieronder)\s+afgedrukt\b/i;
const QUESTION_LABEL = /^\s*vra(?:ag|gen)\s+(\d{1,3})\b/i;
const ANSWER_LABEL = /^\s*antwoord(?:en)?\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?(\d{1,3})\b/i;

/** Paragraph-like elements read for labels; only their first characters matter. */
const LABEL_CANDIDATES = 'h2, h3, h4, h5, p, strong';
/** Elements read for the intro sentence: the first ones of the body suffice. */
export const INTRO_SCAN = 12;

function titleSignal(doc: Document, root: Element, metaTitle: string | null): boolean {
  const candidates = [
    metaTitle ?? '',
    root.querySelector('h1.stuktitel')?.textContent ?? '',
    doc.title,
  ];
  return candidates.some((text) => TITLE.test(text));
}

function introSignal(root: Element): boolean {
  // A live collection: reading its first items does not match every paragraph of a long page.
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < Math.min(paragraphs.length, INTRO_SCAN); i++)
    if (PRINTED_BELOW.test(paragraphs[i]!.textContent ?? '')) return true;
  return false;
}

function labelSignal(root: Element): boolean {
  const asked = new Set<string>();
  // A set: the label `<p><strong>Antwoord 1</strong></p>` is read from both elements.
  const answered = new Set<string>();
  for (const el of Array.from(root.querySelectorAll(LABEL_CANDIDATES))) {
    const head = (el.textContent ?? '').slice(0, 40);
    const q = QUESTION_LABEL.exec(head);
    if (q) asked.add(q[1]!);
    const a = ANSWER_LABEL.exec(head);
    if (a && asked.has(a[1]!)) answered.add(a[1]!);
    if (answered.size >= 2) return true;
  }
  return false;
}

/**
 * The signals that say `root` holds a list of questions and answers; empty when it does not.
 * `metaTitle` is the page's DC.title, which the caller has read with the other meta tags.
 */
export function qaListSignals(
  doc: Document,
  root: Element | null,
  metaTitle: string | null,
): string[] {
  if (!root) return [];
  const signals: string[] = [];
  if (titleSignal(doc, root, metaTitle)) signals.push('title:vragen-en-antwoorden');
  if (introSignal(root)) signals.push('body:afgedrukt');
  if (root.querySelector('div.vraag') && root.querySelector('div.antwoord'))
    signals.push('body:div.vraag+div.antwoord');
  // The one signal that reads the whole body, asked only when the others are silent.
  if (!signals.length && labelSignal(root)) signals.push('body:antwoord-labels');
  return signals;
}
