/**
 * The prefilter: one cheap scan that decides whether a text can hold a reference at all, so the
 * recognizers run only where one may be. On the 1.5 MB Handelingen page it passes 8,750 of 22,257
 * candidate texts; on a Q&A page about half.
 *
 * It must be conservative: every match recognizeAll can return contains a trigger in its own span
 * (tests/unit/references/prefilter.test.ts checks this on every fixture page, every labeled line and
 * generated citation text, so a recognizer change that breaks it fails a test). The triggers:
 * - an ASCII digit: every numbered form (Kamerstukken, Handelingen, gazettes, ECLI, zaken, dates
 *   with a day, cross-references, motions with a citation);
 * - "moti" (any case): a motion named without its number ("de motie-Van Aalst");
 * - a full weekday or month name (any case): "dinsdag a.s.", "aanstaande vrijdag", and written-out
 *   dates;
 * - "C" and a second Roman-numeral capital: an Eerste Kamer dossier, whose document is a letter
 *   ("CLVI, L", "CLVI, letter E"): no digit in it at all. Capitals only, in a regex of its own,
 *   since case-insensitive it would pass every "ci" and "cl" in running text.
 * No lookarounds, so a trigger inside a span is a trigger inside any text that holds the span.
 */
const TRIGGER =
  /[0-9]|moti|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/i;

const ROMAN_DOSSIER = /C[CLXVI]/;

/** False only when no recognizer can find anything in `text`. */
export function mayHoldReference(text: string): boolean {
  return TRIGGER.test(text) || ROMAN_DOSSIER.test(text);
}
