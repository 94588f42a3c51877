/**
 * Adversarial input for the linearity check in the benchmark: the characters and fragments the
 * recognizers react to ("Kamerstuk", digits, "nr.", dashes, no-break spaces, parentheses, "motie",
 * "vraag", "Handelingen", ECLI pieces), repeated in combinations that start many candidate matches
 * and break them off late. Deterministic (a fixed linear congruential generator), so 1 MB and 2 MB
 * runs are comparable.
 */

/** Fragments the recognizers react to; exported for property tests that build inputs from them. */
export const ADVERSARIAL_FRAGMENTS: readonly string[] = [
  'Kamerstuk ',
  'Kamerstukken II 2019/20, ',
  '35 300',
  '35300',
  '21501-08-',
  '-',
  '\u2013',
  '\u2011',
  ' ',
  '\u00a0',
  ', nr. ',
  ', nrs. 1 \u2013 ',
  ' en ',
  '(',
  ')',
  '(R2114)',
  'VII ',
  'motie-Van der ',
  'de motie van het lid ',
  'Zij krijgt nr. ',
  'vraag ',
  'vragen 5, 6, ',
  'antwoord op ',
  'Aanhangsel Handelingen II ',
  'Handelingen II 2021/22, nr. ',
  'Stb. 2019, ',
  'ECLI:NL:HR:',
  '2022Z0451',
  '123456789',
  '0',
  '9',
  '. ',
  'c.s. ',
  'kv-tk-',
  'https://',
  // Forms added for issue 11: Eerste Kamer letters, dotted and combined dossiers, amendments,
  // Handelingen titles and headings, glued gazette names, numeric and ordinal dates.
  ', L',
  ', letter ',
  'EK ',
  '35.347',
  ' / ',
  ' -',
  ' B',
  'amendement ',
  ', Debat over ',
  ', item ',
  '(2022/2023 nr. ',
  'deStaatscourant ',
  'Uitgegeven de negende ',
  'april ',
  '06-04-',
  '2024-06-',
  '\n',
  'CLVI',
  'motie van het lid Otten ',
  'Staten-Generaal2016-2017',
  ' Voorstel van wet',
  '(R 2034)',
  '22e ',
];

/** A string of about `bytes` UTF-16 code units built from the fragments above. */
export function adversarialText(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  let seed = 0x2545f491;
  while (length < bytes) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const fragment = ADVERSARIAL_FRAGMENTS[(seed >>> 8) % ADVERSARIAL_FRAGMENTS.length] ?? ' ';
    parts.push(fragment);
    length += fragment.length;
  }
  return parts.join('').slice(0, bytes);
}
