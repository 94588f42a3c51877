import { describe, expect, it } from 'vitest';
import { compareNumbers, parseHeading } from '@/lib/model/numbers';

describe('parseHeading', () => {
  it.each([
    ['Vraag 3', 'question', ['3']],
    ['Vraag 1a', 'question', ['1a']],
    ['Vragen 2 en 3', 'question', ['2', '3']],
    ['Vragen 2, 3 en 4', 'question', ['2', '3', '4']],
    ['Antwoord 3', 'answer', ['3']],
    ['Antwoord 2 en 3', 'answer', ['2', '3']],
    ['Antwoord 2, 3 en 4', 'answer', ['2', '3', '4']],
    ['Antwoord op vraag 3', 'answer', ['3']],
    ['Antwoord op de vragen 4, 5 en 6', 'answer', ['4', '5', '6']],
    ['Antwoord vraag 7', 'answer', ['7']],
    ['Antwoorden 8 t/m 10', 'answer', ['8', '9', '10']],
    ['Antwoord 11 tot en met 13', 'answer', ['11', '12', '13']],
    ['Vraag\u00a012:', 'question', ['12']],
    ['1', null, ['1']],
    ['1.', null, ['1']],
  ])('%s', (text, role, numbers) => {
    expect(parseHeading(text)).toEqual({ role, numbers });
  });

  it.each([
    'Vraag',
    'Toelichting',
    'Vraag 3 gaat over de inzet van camera’s door de politie',
    'Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid)',
    '',
  ])('%s is not a label', (text) => {
    expect(parseHeading(text)).toBeNull();
  });
});

describe('compareNumbers', () => {
  it('orders numbers as a reader does', () => {
    expect(['10', '2', '1b', '1', '1a'].sort(compareNumbers)).toEqual(['1', '1a', '1b', '2', '10']);
  });
});
