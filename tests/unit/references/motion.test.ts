import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeMotions } from '../../../lib/references/motion';
import { wordAndSpacesBefore } from '../../../lib/references/normalize';
import { ctx, textAroundWord, triples } from './helpers';

describe('recognizeMotions', () => {
  it.each([
    [
      'Bent u bekend met de motie Buitenweg en Verhoeven (30821–90) uit 2019?',
      'motie Buitenweg en Verhoeven (30821–90)',
      'kst-30821-90',
    ],
    [
      '-de aangehouden motie-Lodders/Geurts (33576, nr. 105);',
      'motie-Lodders/Geurts (33576, nr. 105)',
      'kst-33576-105',
    ],
    [
      '-de motie-Van Aalst/Remco Dijkstra over een zo spoedig mogelijke besluitvorming over de aanpak van de N35 (35300-A, nr. 15);',
      'motie-Van Aalst/Remco Dijkstra over een zo spoedig mogelijke besluitvorming over de aanpak van de N35 (35300-A, nr. 15)',
      'kst-35300-A-15',
    ],
    ['Zij krijgt nr. 537 (33529).', 'Zij krijgt nr. 537 (33529)', 'kst-33529-537'],
    [
      'Zij krijgt nr. 726, was nr. 719 (21501-08).',
      'Zij krijgt nr. 726, was nr. 719 (21501-08)',
      'kst-21501-08-726',
    ],
    [
      'In stemming komt de gewijzigde motie-Wassenberg (21501-08, nr. 726, was nr. 719).',
      'motie-Wassenberg (21501-08, nr. 726, was nr. 719)',
      'kst-21501-08-726',
    ],
    [
      'De motie Mastwijk/Neppérus (Kamerstuknummer 29 435, nr. 256) is als volgt afgedaan.',
      'motie Mastwijk/Neppérus (Kamerstuknummer 29 435, nr. 256)',
      'kst-29435-256',
    ],
    ['(t.v.v. 31497-297)', 't.v.v. 31497-297', 'kst-31497-297'],
  ])('%s', (text, span, target) => {
    expect(triples(recognizeMotions(text, ctx()))).toEqual([['motion', span, target]]);
  });

  it('marks a motion named without a number, with target null', () => {
    expect(
      triples(recognizeMotions('de motie van het lid Boswijk c.s. waarin de regering', ctx())),
    ).toEqual([['motion', 'motie van het lid Boswijk c.s.', null]]);
    expect(
      triples(
        recognizeMotions('De ingediende motie van Buitenweg en Verhoeven bij het VAO', ctx()),
      ),
    ).toEqual([['motion', 'motie van Buitenweg en Verhoeven', null]]);
    expect(
      triples(recognizeMotions('de motie van de leden Ziengs en Van der Molen', ctx())),
    ).toEqual([['motion', 'motie van de leden Ziengs en Van der Molen', null]]);
  });

  it('labels a numbered motion for the tooltip', () => {
    const [m] = recognizeMotions('de motie Buitenweg en Verhoeven (30821–90)', ctx());
    expect(m?.label).toBe('Motie, Kamerstuk 30 821 nr. 90');
  });

  it.each([
    'Nu deze motie is aangenomen — zij was niet helemaal omarmd door de regering',
    'liggen er zes aangenomen moties van de PVV.',
    'inzake de stand van zaken van openstaande moties en toezeggingen (Kamerstuk 32 500 XII, nr. 68).',
    'Via een motie willen meerdere Kamerleden de minister oproepen',
    'Aan de orde zijn de stemmingen over moties, ingediend bij het debat',
  ])('leaves "%s" without a motion', (text) => {
    expect(recognizeMotions(text, ctx())).toEqual([]);
  });

  it('does not reach past the end of the sentence for a citation', () => {
    const text = 'Er is een motie aangenomen. Zie de brief (Kamerstuk 35 165, nr. 2).';
    expect(recognizeMotions(text, ctx())).toEqual([]);
  });

  it('reads motions listed after a colon in Handelingen', () => {
    const text =
      'Op verzoek van een aantal leden stel ik voor de volgende door hen ingediende moties opnieuw aan te houden: 35925-32; 35570-XIV-46; 21501-32-1188.';
    expect(triples(recognizeMotions(text, ctx()))).toEqual([
      ['motion', '35925-32', 'kst-35925-32'],
      ['motion', '35570-XIV-46', 'kst-35570-XIV-46'],
      ['motion', '21501-32-1188', 'kst-21501-32-1188'],
    ]);
    const one =
      'stel ik voor de volgende door hem ingediende motie opnieuw aan te houden: 29544, nr. 959.';
    expect(triples(recognizeMotions(one, ctx()))).toEqual([
      ['motion', '29544, nr. 959', 'kst-29544-959'],
    ]);
  });

  it('reads a letter suffix after a space before "nr."', () => {
    const text =
      '- de motie-Vendrik/Van der Ham over het opnemen van referentiesituaties (31700 A, nr. 66).';
    expect(recognizeMotions(text, ctx()).map((m) => m.target)).toEqual(['kst-31700-A-66']);
  });
});

describe('wordAndSpacesBefore', () => {
  it.each([
    ['stemming', 10],
    ['stemmingen', 12],
  ])('answers for %s as its regex, on the %i characters before the position', (word, window) => {
    const re = new RegExp(`${word}[\\s\\u00a0]+$`, 'i');
    fc.assert(
      fc.property(textAroundWord(word), (text) => {
        const byRegex = re.test(text.slice(Math.max(0, text.length - window)));
        expect(wordAndSpacesBefore(text, text.length, word, window)).toBe(byRegex);
      }),
      { numRuns: 4000 },
    );
  });

  it('reads spaces of any kind, within the window only', () => {
    expect(wordAndSpacesBefore('Stemming\u00a0 ', 10, 'stemming', 10)).toBe(true);
    expect(wordAndSpacesBefore('Stemming   ', 11, 'stemming', 10)).toBe(false);
  });
});
