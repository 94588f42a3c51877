/** Any letter or digit, in any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` holds a letter or a digit: what tells a text worth annotating from whitespace and
 * punctuation. The same as testing LETTER_OR_DIGIT, but ASCII is read first, char by char, and the
 * Unicode-property regex only runs on text with no ASCII letter or digit and something beyond ASCII.
 * Compiling that regex is the cost that counts on a page's first run (a large character table);
 * on a KOOP page nearly every text node settles it on ASCII or is plain whitespace.
 */
export function hasWord(text: string): boolean {
  let beyondAscii = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // 0-9, A-Z, a-z
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))
        return true;
    } else beyondAscii = true;
  }
  return beyondAscii && LETTER_OR_DIGIT.test(text);
}
