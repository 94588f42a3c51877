import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { recognizeDates } from '../../../lib/references/date';
import { parseIso } from '../../../lib/calendar';
import type { Match } from '../../../lib/references/types';

const BRIEF = readFileSync('tests/fixtures/brief-example-2022Z04510.txt', 'utf8');

function dates(text: string, documentDate: string | null = null): Array<[string, string | null]> {
  return recognizeDates(text, { documentDate, pairNumbers: [] }).map((m) => [m.text, m.target]);
}

function only(text: string, documentDate: string | null = null): Match {
  const found = recognizeDates(text, { documentDate, pairNumbers: [] });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('recognizeDates: full dates', () => {
  it('reads "10 maart 2022" with span, target, date and a Dutch label', () => {
    const text =
      'over het gebruik van omstreden Chinese bewakingscamera’s (ingezonden 10 maart 2022).';
    const m = only(text);
    expect(m).toMatchObject({
      kind: 'date',
      text: '10 maart 2022',
      target: '2022-03-10',
      date: '2022-03-10',
    });
    expect(text.slice(m.start, m.end)).toBe('10 maart 2022');
    expect(m.label).toBe('donderdag 10 maart 2022');
  });

  it('accepts no-break spaces between the parts', () => {
    expect(dates('ontvangen 8\u00a0juni\u00a02022')).toEqual([
      ['8\u00a0juni\u00a02022', '2022-06-08'],
    ]);
  });

  it('reads the date line of a letter', () => {
    expect(dates('Den Haag, 21 februari 2022')).toEqual([['21 februari 2022', '2022-02-21']]);
  });

  it('reads "d.d." dates without taking "d.d." into the span', () => {
    expect(dates('zoals door de commissie per brief d.d. 13 april 2011 is verzocht')).toEqual([
      ['13 april 2011', '2011-04-13'],
    ]);
    expect(dates('d.d. 3 april 2018')).toEqual([['3 april 2018', '2018-04-03']]);
  });

  it('takes a weekday before the date into the span', () => {
    const m = only('een wetgevingsoverleg op woensdag 29 mei 2019 van 12.00 uur tot 16.00 uur');
    expect(m.text).toBe('woensdag 29 mei 2019');
    expect(m.target).toBe('2019-05-29');
    expect(dates('op dinsdag 22 maart 2022')).toEqual([['dinsdag 22 maart 2022', '2022-03-22']]);
  });

  it('reads abbreviated months with their full stop', () => {
    expect(dates('brief van 3 apr. 2018')).toEqual([['3 apr. 2018', '2018-04-03']]);
    expect(dates('op 14 jan. 2019 en 2 febr. 2019')).toEqual([
      ['14 jan. 2019', '2019-01-14'],
      ['2 febr. 2019', '2019-02-02'],
    ]);
    expect(dates('5 mrt. 2020, 1 sept. 2021, 9 okt. 2021, 30 dec. 2021')).toEqual([
      ['5 mrt. 2020', '2020-03-05'],
      ['1 sept. 2021', '2021-09-01'],
      ['9 okt. 2021', '2021-10-09'],
      ['30 dec. 2021', '2021-12-30'],
    ]);
  });

  it('accepts an abbreviation without full stop only before a year ("Jan" is a name)', () => {
    expect(dates('5 jan 2019')).toEqual([['5 jan 2019', '2019-01-05']]);
    expect(dates('ook 3 Jan Peters was er', '2019-05-01')).toEqual([]);
  });

  it('finds every date in a real answer, in order', () => {
    const found = dates(BRIEF, '2022-06-08').map(([, target]) => target);
    expect(found).toEqual([
      '2022-03-10', // Ingediend 10 maart 2022
      '2022-06-08', // Beantwoord 8 juni 2022
      '2022-03-22',
      '2022-04-05',
      '2019-06-25',
      '2019-07-02',
      '2019-06-20',
      '2019-11-20',
      '2018-03-16',
      '2022-02-28', // 28 februari jl.
      '2022-04-01', // Mededeling - 1 april 2022
      '2022-03-10', // (ingezonden 10 maart 2022)
    ]);
  });
});

describe('recognizeDates: lists and ranges (one match per day)', () => {
  it('splits "14, 15 en 16 maart 2019" into three matches', () => {
    expect(dates('de verkiezingen op 14, 15 en 16 maart 2019')).toEqual([
      ['14', '2019-03-14'],
      ['15', '2019-03-15'],
      ['16 maart 2019', '2019-03-16'],
    ]);
  });

  it('reads a real list with "aanstaande" against the letter date', () => {
    const text =
      'De meeste daarvan hebben betrekking op de gemeenteraadsverkiezingen van 14, 15 en 16 maart aanstaande.';
    expect(dates(text, '2022-02-21')).toEqual([
      ['14', '2022-03-14'],
      ['15', '2022-03-15'],
      ['16 maart aanstaande', '2022-03-16'],
    ]);
  });

  it('reads a range "10-11 april 2018" as its two days', () => {
    expect(dates('Stemmingen moties Informele Milieuraad d.d. 10-11 april 2018')).toEqual([
      ['10', '2018-04-10'],
      ['11 april 2018', '2018-04-11'],
    ]);
    expect(dates('van 4 t/m 6 juni 2019')).toEqual([
      ['4', '2019-06-04'],
      ['6 juni 2019', '2019-06-06'],
    ]);
    expect(dates('van 4 tot en met 6 juni 2019')).toEqual([
      ['4', '2019-06-04'],
      ['6 juni 2019', '2019-06-06'],
    ]);
  });

  it('lets a day-month without year borrow the year of the date right after it', () => {
    expect(dates('op 30 april en 1 mei 2019')).toEqual([
      ['30 april', '2019-04-30'],
      ['1 mei 2019', '2019-05-01'],
    ]);
    expect(dates('van 28 december tot en met 2 januari 2020')).toEqual([
      ['28 december', '2019-12-28'],
      ['2 januari 2020', '2020-01-02'],
    ]);
  });

  it('keeps dates with different years apart', () => {
    expect(dates('gesprekken van 28 juni 2016, 10 april 2017 en 8 mei 2017')).toEqual([
      ['28 juni 2016', '2016-06-28'],
      ['10 april 2017', '2017-04-10'],
      ['8 mei 2017', '2017-05-08'],
    ]);
  });
});

describe('recognizeDates: relative to the document date', () => {
  it('"26 maart jl." is the most recent 26 March on or before the document date', () => {
    expect(dates('bij brief van 26 maart jl. gevraagd', '2019-06-14')).toEqual([
      ['26 maart jl.', '2019-03-26'],
    ]);
    expect(dates('op 26 maart jl.', '2019-03-26')).toEqual([['26 maart jl.', '2019-03-26']]);
  });

  it('"jl." crosses a year boundary', () => {
    expect(dates('op 20 december jl.', '2022-01-10')).toEqual([['20 december jl.', '2021-12-20']]);
    expect(dates('op 1 januari jl.', '2012-04-05')).toEqual([['1 januari jl.', '2012-01-01']]);
  });

  it('"jongstleden", "laatstleden", "j.l." mean the same', () => {
    expect(dates('van 18 april jongstleden', '2007-05-01')).toEqual([
      ['18 april jongstleden', '2007-04-18'],
    ]);
    expect(dates('van 18 april laatstleden', '2007-05-01')).toEqual([
      ['18 april laatstleden', '2007-04-18'],
    ]);
    expect(dates('van 18 april j.l. is', '2007-05-01')).toEqual([['18 april j.l.', '2007-04-18']]);
  });

  it('"29 februari jl." finds the last leap day', () => {
    expect(dates('op 29 februari jl.', '2023-03-01')).toEqual([['29 februari jl.', '2020-02-29']]);
    expect(dates('op 29 februari jl.', '2024-03-01')).toEqual([['29 februari jl.', '2024-02-29']]);
  });

  it('"17 mei a.s." is the first 17 May after the document date', () => {
    expect(dates('op 17 mei a.s. vindt', '2022-04-01')).toEqual([['17 mei a.s.', '2022-05-17']]);
    expect(dates('op 5 januari a.s.', '2021-12-10')).toEqual([['5 januari a.s.', '2022-01-05']]);
    expect(dates('op 29 februari a.s.', '2021-01-10')).toEqual([
      ['29 februari a.s.', '2024-02-29'],
    ]);
  });

  it('a weekday with a qualifier resolves against the document date', () => {
    // 2022-03-10 is a Thursday.
    expect(dates('dinsdag a.s. debatteren wij', '2022-03-10')).toEqual([
      ['dinsdag a.s.', '2022-03-15'],
    ]);
    expect(dates('vrijdag aanstaande', '2022-03-10')).toEqual([
      ['vrijdag aanstaande', '2022-03-11'],
    ]);
    expect(dates('aanstaande donderdag', '2022-03-10')).toEqual([
      ['aanstaande donderdag', '2022-03-17'],
    ]);
    expect(dates('komende maandag', '2022-03-10')).toEqual([['komende maandag', '2022-03-14']]);
    expect(dates('vrijdag jl.', '2022-03-10')).toEqual([['vrijdag jl.', '2022-03-04']]);
    expect(dates('donderdag jongstleden', '2022-03-10')).toEqual([
      ['donderdag jongstleden', '2022-03-03'],
    ]);
    expect(dates('de brief die afgelopen vrijdag is binnengekomen', '2012-10-30')).toEqual([
      ['afgelopen vrijdag', '2012-10-26'],
    ]);
  });

  it('weekday arithmetic crosses month and year boundaries', () => {
    // 2021-12-30 is a Thursday; the next Monday is in 2022.
    expect(dates('maandag a.s.', '2021-12-30')).toEqual([['maandag a.s.', '2022-01-03']]);
    // 2022-01-03 is a Monday; the previous Friday is in 2021.
    expect(dates('vrijdag jl.', '2022-01-03')).toEqual([['vrijdag jl.', '2021-12-31']]);
    // Leap year: 2024-02-28 is a Wednesday; the next Thursday is 29 February.
    expect(dates('donderdag a.s.', '2024-02-28')).toEqual([['donderdag a.s.', '2024-02-29']]);
    expect(dates('donderdag a.s.', '2023-02-28')).toEqual([['donderdag a.s.', '2023-03-02']]);
  });

  it('a weekday inside a full date is not read again as a relative weekday', () => {
    expect(dates('Op woensdag 17 mei jongstleden startte ik', '2017-05-29')).toEqual([
      ['woensdag 17 mei jongstleden', '2017-05-17'],
    ]);
  });

  it('without a document date, relative dates give nothing', () => {
    expect(dates('op 26 maart jl. en dinsdag a.s. en op 5 april')).toEqual([]);
  });

  it('a bare weekday is not a date', () => {
    expect(dates('de brief die wij vrijdag hebben gehad', '2012-10-30')).toEqual([]);
  });
});

describe('recognizeDates: day and month without a year', () => {
  it('resolves to the document year when that is the nearest occurrence', () => {
    expect(dates('Op 5 april is een motie aangenomen', '2022-06-08')).toEqual([
      ['5 april', '2022-04-05'],
    ]);
    expect(dates('Op 26 oktober is het Klimaatdag.', '2023-09-26')).toEqual([
      ['26 oktober', '2023-10-26'],
    ]);
    expect(dates('dat men op 21 september heeft gesproken', '2012-10-30')).toEqual([
      ['21 september', '2012-09-21'],
    ]);
  });

  it('crosses the year boundary only when the date is close to the document date', () => {
    expect(dates('op 5 januari', '2021-12-10')).toEqual([['5 januari', '2022-01-05']]);
    expect(dates('op 20 december', '2022-01-10')).toEqual([['20 december', '2021-12-20']]);
    // Nearest is September of the year before, far away: ambiguous, so nothing.
    expect(dates('op 30 september', '2022-02-15')).toEqual([]);
  });

  it('with a weekday, takes the one year around the document date where the weekday fits', () => {
    // Handelingen 2017/18: "op maandag 19 november" is 2018 (19 Nov 2017 was a Sunday).
    expect(dates('-op maandag 19 november van 11.00 uur tot 16.00 uur', '2018-07-03')).toEqual([
      ['maandag 19 november', '2018-11-19'],
    ]);
    // A weekday that fits none of the three years gives nothing.
    expect(dates('op zaterdag 19 november', '2018-07-03')).toEqual([]);
  });

  it('a leap day without year needs a leap year near the document date', () => {
    expect(dates('op 29 februari', '2024-01-15')).toEqual([['29 februari', '2024-02-29']]);
    expect(dates('op 29 februari', '2022-06-01')).toEqual([]);
  });
});

describe('recognizeDates: not dates', () => {
  const none = (text: string, documentDate: string | null = '2022-06-08') =>
    expect(recognizeDates(text, { documentDate, pairNumbers: [] })).toEqual([]);

  it('vague phrases', () => {
    none(
      'Dit inzetkader zal naar verwachting nog voor de zomer van 2022 definitief worden vastgesteld',
    );
    none('medio juni wordt de Kamer geïnformeerd');
    none('begin 2023 volgt een evaluatie');
    none('Uw Kamer wordt uiterlijk januari 2019 geïnformeerd');
    none('in het voorjaar 2019 beschikbaar');
    none('ontvangt VWS tweemaal per jaar (in februari en in juli) een update');
    none('de 21e Halfjaarsrapportage van afgelopen april2.');
  });

  it('years and periods', () => {
    none('De VS verwijderde de apparatuur al in 2019');
    none('vergaderjaar 2019-2020 en 2021–2022');
    none('Kamerstukken II 2019/20, 35 300 VII, nr. 8');
    none('het WK voetbal 2018/2022');
  });

  it('a period after a month is not a year', () => {
    none('1 januari 2019-2020');
    none('1 januari 2019/20');
  });

  it('times, amounts, articles, numbers', () => {
    none('van 12.00 uur tot 16.00 uur');
    none('Aanvang: 13.30 uur');
    none('€ 330 mln. in plaats van € 309 mln.');
    none('op grond van artikel 3 Politiewet');
    none('Klopt het dat 10 gemeenten hebben besloten');
    none('het tweeminutendebat (CD d.d. 25/09)');
    none('(30821–90)');
  });

  it('invalid days', () => {
    none('31 februari 2022');
    none('29 februari 2023');
    none('31 april 2019');
    none('0 mei 2019');
    none('32 mei 2019');
  });

  it('a number that belongs to something else', () => {
    none('zie nr. 5 mei 2019');
    none('artikel 3 mei 2019');
    none('dossier 35300-11 april 2019');
    none('om 12:30 mei');
    none('1.5 mei 2019');
  });
});

describe('recognizeDates: footnote digits in KOOP text', () => {
  it('a footnote digit glued to a word is never a day', () => {
    none2('in vitale infrastructuur2 maart 2022 werd');
    none2('omgaat4 april 2022');
  });

  it('a footnote digit glued to a year is not part of the year', () => {
    const text = 'In onze brief van 23 mei 20081 hebben wij de Kamer geïnformeerd';
    expect(dates(text)).toEqual([['23 mei 2008', '2008-05-23']]);
    expect(dates('brief van 16 maart 201812 over')).toEqual([['16 maart 2018', '2018-03-16']]);
  });

  it('a footnote digit after "jl." stays out of the span', () => {
    expect(dates('In mijn brief van 25 oktober jl.1 heb ik', '2021-12-10')).toEqual([
      ['25 oktober jl.', '2021-10-25'],
    ]);
  });

  function none2(text: string) {
    expect(recognizeDates(text, { documentDate: '2022-06-08', pairNumbers: [] })).toEqual([]);
  }
});

describe('recognizeDates: scale', () => {
  it('handles a long run of near-misses without slowing down quadratically (checked by count, not time)', () => {
    // 200,000 list-like fragments with no month: the scanner must not match anything.
    const text = '1, 2 en 3 '.repeat(200_000);
    expect(recognizeDates(text, { documentDate: '2022-01-01', pairNumbers: [] })).toEqual([]);
    const many = '14, 15 en 16 maart 2019; '.repeat(20_000);
    expect(recognizeDates(many, { documentDate: null, pairNumbers: [] })).toHaveLength(60_000);
  });
});

describe('recognizeDates: edge cases from real layouts', () => {
  it('reads both ends of "1 januari 2019–31 december 2019"', () => {
    expect(dates('over de periode 1 januari 2019–31 december 2019')).toEqual([
      ['1 januari 2019', '2019-01-01'],
      ['31 december 2019', '2019-12-31'],
    ]);
    expect(dates('van 1 januari t/m 31 maart 2020')).toEqual([
      ['1 januari', '2020-01-01'],
      ['31 maart 2020', '2020-03-31'],
    ]);
  });

  it('reads a yearless date whose month carries a glued footnote marker', () => {
    expect(dates('Op 5 april2 is een motie aangenomen', '2022-06-08')).toEqual([
      ['5 april', '2022-04-05'],
    ]);
  });

  it('accepts capitals and line breaks between the parts', () => {
    expect(dates('DEN HAAG, 10 MAART 2022')).toEqual([['10 MAART 2022', '2022-03-10']]);
    expect(dates('sinds 20 september\n2022 alle beslisnota’s')).toEqual([
      ['20 september\n2022', '2022-09-20'],
    ]);
  });
});

describe('recognizeDates: properties on random date-like text', () => {
  const pieces = [
    '1',
    '14',
    '29',
    '31',
    '2019',
    '20081',
    '2019-2020',
    ' ',
    '\u00a0',
    ', ',
    ' en ',
    '-',
    '–',
    ' t/m ',
    'maart',
    'februari',
    'apr.',
    'Jan',
    'jl.',
    'a.s.',
    'aanstaande',
    'jongstleden',
    'dinsdag',
    'afgelopen',
    'nr.',
    'artikel',
    'infrastructuur',
    '.',
    '\n',
    'é',
  ];
  const text = fc
    .array(fc.constantFrom(...pieces), { maxLength: 40 })
    .map((parts) => parts.join(''));
  const documentDate = fc.option(
    fc.constantFrom('2019-06-14', '2024-02-29', '2021-12-31', '2022-01-01'),
    {
      nil: null,
    },
  );

  it('spans quote the text, targets are real ISO dates, matches do not overlap', () => {
    fc.assert(
      fc.property(text, documentDate, (t, date) => {
        const found = recognizeDates(t, { documentDate: date, pairNumbers: [] });
        let previousEnd = 0;
        for (const m of found) {
          if (t.slice(m.start, m.end) !== m.text || m.start < previousEnd || m.end <= m.start)
            return false;
          if (m.kind !== 'date' || m.target !== m.date || parseIso(m.target) === null) return false;
          previousEnd = m.end;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
