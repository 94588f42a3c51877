/**
 * Dutch abbreviations that end in a full stop without ending a sentence, as they occur in
 * parliamentary papers ("nr. 719", "26 maart jl.", "d.d. 2 mei", "(Trb. 2018, 41)", "c.s.").
 * Lower case, without the final full stop; inner full stops kept ("c.s", "m.b.t").
 * Both sentence splitters use this one list, so they are compared on equal knowledge.
 */
export const DUTCH_ABBREVIATIONS: readonly string[] = [
  // numbers and publications
  'nr',
  'nrs',
  'no',
  'blz',
  'art',
  'stb',
  'stcrt',
  'trb',
  'vgl',
  // dates
  'jl',
  'a.s',
  'd.d',
  'm.i.v',
  // people and offices
  'dhr',
  'mevr',
  'mw',
  'drs',
  'mr',
  'prof',
  'ir',
  'dr',
  'ing',
  'plv',
  'c.s',
  // amounts
  'mld',
  'mln',
  'ca',
  // connectives
  'o.a',
  'e.d',
  'e.a',
  'etc',
  'resp',
  'bijv',
  'z.g',
  'zgn',
  'z.s.m',
  't.v.v',
  't.a.v',
  'i.v.m',
  'm.b.t',
  'n.a.v',
  'i.p.v',
  'd.w.z',
  'm.n',
  'incl',
  'excl',
  'evt',
];

/**
 * Abbreviations that often close a sentence ("… van € 700 mln. Het kabinet …", "motie-X c.s."):
 * the plain splitter ends the sentence after them when a capital follows. compromise has no way
 * to say this, so for it they stay plain abbreviations.
 */
export const MAY_END_A_SENTENCE: readonly string[] = [
  'mln',
  'mld',
  'etc',
  'c.s',
  'e.a',
  'e.d',
  'jl',
  'a.s',
];
