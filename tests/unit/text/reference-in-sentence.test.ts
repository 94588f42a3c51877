/**
 * A reference link's paragraph (read from a real, annotated fixture page) and the excerpt the popup
 * shows of its sentence.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/dom/annotate';
import { selectorFor, ROLE } from '../../../lib/dom/markers';
import { excerptAround, referenceInSentence } from '../../../lib/text/excerpt';
import { clipAround, paragraphContext } from '../../../lib/text/paragraph';
import { plainSentences, sentenceAround } from '../../../lib/text/sentences';
import { groupReferences } from '../../../lib/summary';
import { loadPage, realOptions } from '../dom/annotate-support';

/** Link text with the page's non-breaking spaces read as spaces. */
const plain = (el: Element) => (el.textContent ?? '').replace(/\u00a0/g, ' ');

async function annotatedLinks(name: string, documentDate: string): Promise<HTMLElement[]> {
  const doc = loadPage(name);
  await annotate(doc.body, {
    ...realOptions({ documentDate, submitted: null, pairNumbers: [] }),
    tooltip: false,
    sliceMs: Number.POSITIVE_INFINITY,
  });
  return Array.from(doc.querySelectorAll<HTMLElement>(selectorFor(ROLE.ref)));
}

describe('paragraphContext on ah-tk-20212022-3019 (answer 11)', () => {
  it('gives the paragraph text and the link offsets; the popup finds its sentence', async () => {
    const links = await annotatedLinks('ah-tk-20212022-3019.html', '2022-06-08');
    const link = links.find((a) => plain(a) === 'Kamerstuk 32 761 en 30 821, Nr. 152')!;
    const context = paragraphContext(link)!;
    expect(context.text.slice(context.start, context.end)).toBe(link.textContent);
    expect(context.text).toBe(link.closest('p')!.textContent);
    expect(context).toMatchObject({ clippedBefore: false, clippedAfter: false });
    expect(referenceInSentence(context)).toEqual({
      before: 'Met de brief van 20 november 2019 (',
      match: 'Kamerstuk 32 761 en 30 821, Nr. 152',
      after: ') is aan die eerdere toezegging gestand gedaan.',
    });
  });

  it('a date link inside the same paragraph gets the same sentence', async () => {
    const links = await annotatedLinks('ah-tk-20212022-3019.html', '2022-06-08');
    const date = links.find((a) => plain(a) === '20 november 2019')!;
    const { before, match, after } = referenceInSentence(paragraphContext(date)!);
    expect(`${before}[${match}]${after}`).toBe(
      'Met de brief van [20 november 2019] (Kamerstuk 32 761 en 30 821, Nr. 152) is aan die eerdere toezegging gestand gedaan.',
    );
  });
});

describe('paragraphContext on kst-35165-9 (a letter with "jl." and a missing full stop)', () => {
  it('"26 maart jl." stays inside its sentence', async () => {
    const links = await annotatedLinks('kst-35165-9.html', '2019-06-14');
    const date = links.find((a) => plain(a).startsWith('26 maart'))!;
    const { before, match, after } = referenceInSentence(paragraphContext(date)!);
    expect(before).toBe('De vaste commissie voor Binnenlandse Zaken heeft mij bij brief van ');
    expect(match).toBe(date.textContent);
    expect(after).toMatch(
      /^ gevraagd ruim voor het zomerreces .* aan de Kamer te doen toekomen\.$/,
    );
  });
});

describe('excerpts', () => {
  const long =
    'Tijdens het Algemeen Overleg (AO) over geweld tegen werknemers met een publieke taak op 15 januari jl. (Kamerstuk 28 684, nr. 129) en het AO Veiligheid begint bij Voorkomen op 31 januari jl. is de toepassing van snelrecht door het lid Teeven (VVD) aan de orde gesteld. Op 14 februari jl. is vervolgens de motie-Teeven/Heerts 28 684, nr. 125 aangenomen.';
  const ref = 'Kamerstuk 28 684, nr. 129';
  const start = long.indexOf(ref);

  it('a long sentence is shortened around the reference, at word boundaries, with ellipses', () => {
    const sentence = sentenceAround(long, start, start + ref.length);
    expect(sentence.text.endsWith('aan de orde gesteld.')).toBe(true);
    const { before, match, after } = excerptAround(sentence, start, start + ref.length, {
      chars: 120,
    });
    expect(match).toBe(ref);
    expect(before).toBe('…met een publieke taak op 15 januari jl. (');
    expect(after).toBe(') en het AO Veiligheid begint bij Voorkomen op…');
    expect(before.length + match.length + after.length).toBeLessThanOrEqual(122);
  });

  it('a short sentence is shown whole, white space collapsed', () => {
    const text = 'Zij krijgt nr. 726,\n  was nr.\u00a0719 (21501-08).';
    const at = text.indexOf('nr.\u00a0719');
    const sentence = sentenceAround(text, at, at + 7);
    expect(excerptAround(sentence, at, at + 7)).toEqual({
      before: 'Zij krijgt nr. 726, was ',
      match: 'nr. 719',
      after: ' (21501-08).',
    });
  });

  it('a clipped paragraph keeps the reference and marks the cut', () => {
    const paragraph = `${'Dit is een zin zonder einde en '.repeat(60)}${long}`;
    const at = paragraph.indexOf(ref);
    const clipped = clipAround(paragraph, at, at + ref.length, 200);
    expect(clipped.clippedBefore).toBe(true);
    expect(clipped.clippedAfter).toBe(true);
    expect(clipped.text.slice(clipped.start, clipped.end)).toBe(ref);
    expect(clipped.text.length).toBeLessThanOrEqual(200 * 2 + ref.length);
    const { before, after } = referenceInSentence(clipped, plainSentences, 400);
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('aan de orde gesteld.')).toBe(true);
  });
});

describe('the summary asks for paragraph text only for the references it lists', () => {
  it('a page with 40 date references: context read for the 8 listed, none for the rest', () => {
    const found = Array.from({ length: 40 }, (_, i) => ({
      kind: 'date' as const,
      text: `${(i % 28) + 1} maart 2022`,
      target: `2022-03-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const asked: number[] = [];
    const groups = groupReferences(found, (index) => {
      asked.push(index);
      return clipAround(
        `Op ${found[index]!.text} is het besloten.`,
        3,
        3 + found[index]!.text.length,
      );
    });
    expect(asked).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(groups[0]!.items.map((item) => referenceInSentence(item.context!).match)).toEqual(
      found.slice(0, 8).map((f) => f.text),
    );
  });
});
