/**
 * Tweede Kamer numbers: zaak "2022Z04510" and document "2022D12345".
 */
import type { Match, RecognizeContext } from './types';
import { insideUrl } from './normalize';

const NUMBER = /(?<![0-9A-Za-z])((?:19|20)\d{2})([ZD])(\d{5})(?![0-9A-Za-z])/g;

export function recognizeZaken(text: string, _ctx: RecognizeContext): Match[] {
  const out: Match[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    if (insideUrl(text, m.index)) continue;
    const isZaak = m[2] === 'Z';
    out.push({
      kind: isZaak ? 'zaak' : 'document',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      target: m[0],
      date: null,
      label: `${isZaak ? 'Zaak' : 'Document'} ${m[0]}`,
    });
  }
  return out;
}

/*
 * Real examples (published texts):
 *   "Onderdeel van zaak 2024Z13681:"               → 2024Z13681 (zaak)
 *   "Nummer: 2024D33435, datum: 2024-09-17"        → 2024D33435 (document)
 */
