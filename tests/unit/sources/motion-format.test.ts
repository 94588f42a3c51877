import { describe, expect, it } from 'vitest';
import {
  joinNames,
  kamerstukLabel,
  pageFailureLine,
  voteFailureLine,
  voteHeadline,
} from '../../../lib/sources/motion-format';

describe('motion-format', () => {
  it('formats Kamerstuk labels as the Kamer writes them', () => {
    expect(kamerstukLabel('kst-30821-90')).toBe('Kamerstuk 30 821, nr. 90');
    expect(kamerstukLabel('kst-35300-VII-8')).toBe('Kamerstuk 35 300 VII, nr. 8');
    expect(kamerstukLabel('kst-21501-08-721')).toBe('Kamerstuk 21 501 08, nr. 721');
  });

  it('joins names', () => {
    expect(joinNames(['Buitenweg', 'Verhoeven'])).toBe('Buitenweg en Verhoeven');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B en C');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames([])).toBe('');
  });

  it('says the vote and each failure in one line', () => {
    const vote = {
      status: 'aangehouden' as const,
      date: '2019-07-02',
      text: null,
      rollCall: false,
      voor: [],
      tegen: [],
      seatsFor: 0,
      seatsAgainst: 0,
      kabinetsappreciatie: null,
    };
    expect(voteHeadline(vote)).toBe('Aangehouden op 2 juli 2019');
    expect(voteHeadline({ ...vote, date: null })).toBe('Aangehouden');
    expect(voteHeadline({ ...vote, date: '2019-13-02' })).toBe('Aangehouden');
    expect(voteHeadline({ ...vote, date: '2019-07-02T00:00:00' })).toBe(
      'Aangehouden op 2 juli 2019',
    );
    for (const e of [
      'not-found',
      'server',
      'http',
      'timeout',
      'offline',
      'network',
      'aborted',
      'cross-origin',
      'malformed',
    ] as const) {
      expect(pageFailureLine(e)).not.toContain('\n');
    }
    expect(voteFailureLine('unavailable')).toBe('Stemuitslag niet beschikbaar.');
    expect(voteFailureLine('malformed')).toBe('Stemuitslag niet beschikbaar.');
    expect(voteFailureLine('not-a-motion')).toBeNull();
  });
});
