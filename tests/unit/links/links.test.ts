import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Match, ReferenceKind } from '../../../lib/references/types';
import {
  OFFICIAL_HOSTS,
  describeMatch,
  isAllowedHref,
  isOfficialUrl,
  motionSearchWords,
  urlForMatch,
} from '../../../lib/links';
import { trimEdgeMarks } from '../../../lib/links/search';

function m(
  kind: ReferenceKind,
  target: string | null,
  text = '',
  extra: Partial<Match> = {},
): Match {
  return {
    kind,
    start: 0,
    end: text.length,
    text,
    target,
    date: kind === 'date' ? target : null,
    ...extra,
  };
}

const SITE = 'https://zoek.officielebekendmakingen.nl';

describe('urlForMatch: publications of the official site', () => {
  it.each([
    ['motion', 'kst-30821-90'],
    ['kamerstuk', 'kst-35300-VII-8'],
    ['kamerstuk', 'kst-21501-08-719'],
    ['kamerstuk', 'kst-35010-C'],
    ['kamerstuk', 'kst-32761-152'],
    ['handelingen', 'h-tk-20212022-45-7'],
    ['aanhangsel', 'ah-tk-20212022-3019'],
    ['kamervraag', 'kv-tk-2022Z04510'],
    ['staatsblad', 'stb-2019-123'],
    ['staatscourant', 'stcrt-2020-12345'],
    ['tractatenblad', 'trb-2008-175'],
  ] as const)('%s %s → <id>.html', (kind, target) => {
    expect(urlForMatch(m(kind, target))).toBe(`${SITE}/${target}.html`);
  });

  it('links an Eerste Kamer Roman-numeral dossier in lower case, a letter document of a numbered one as it is', () => {
    expect(urlForMatch(m('kamerstuk', 'kst-CXXIV-G'))).toBe(`${SITE}/kst-cxxiv-g.html`);
    expect(urlForMatch(m('motion', 'kst-CLVI-E'))).toBe(`${SITE}/kst-clvi-e.html`);
    // Lower case exactly where /^kst-C[CLXVI]*-/ says the dossier is a Roman numeral.
    const part = (chars: string, max: number) =>
      fc
        .array(fc.constantFrom(...chars.split('')), { minLength: 1, maxLength: max })
        .map((cs) => cs.join(''));
    fc.assert(
      fc.property(part('CLXVIA30', 5), part('A1G', 3), (dossier, doc) => {
        const id = `kst-${dossier}-${doc}`;
        const path = /^kst-C[CLXVI]*-/.test(id) ? id.toLowerCase() : id;
        expect(urlForMatch(m('kamerstuk', id))).toBe(`${SITE}/${path}.html`);
      }),
      { numRuns: 2000 },
    );
    expect(urlForMatch(m('kamerstuk', 'kst-35979-H'))).toBe(`${SITE}/kst-35979-H.html`);
    expect(urlForMatch(m('kamerstuk', 'kst-35300-VII-8'))).toBe(`${SITE}/kst-35300-VII-8.html`);
  });

  it('links a target only by its own kind’s rule', () => {
    expect(urlForMatch(m('kamerstuk', 'stb-2019-123'))).toBeNull();
    expect(urlForMatch(m('staatsblad', 'kst-30821-90'))).toBeNull();
    expect(urlForMatch(m('zaak', '2019-11-20'))).toBeNull();
    expect(urlForMatch(m('date', '2022Z04510'))).toBeNull();
    expect(urlForMatch(m('handelingen', 'dossier-35165'))).toBeNull();
  });

  it('links a dossier without a number to its dossier page', () => {
    expect(urlForMatch(m('kamerstuk', 'dossier-35165'))).toBe(`${SITE}/dossier/35165`);
    expect(urlForMatch(m('kamerstuk', 'dossier-35300-VII'))).toBe(`${SITE}/dossier/35300-VII`);
  });

  it('links a Dutch ECLI to rechtspraak.nl and gives foreign ones no link', () => {
    expect(urlForMatch(m('ecli', 'ECLI:NL:HR:2019:2007'))).toBe(
      'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2019:2007',
    );
    expect(urlForMatch(m('ecli', 'ECLI:EU:C:2019:1'))).toBeNull();
  });

  it('links zaak and document numbers to tweedekamer.nl', () => {
    expect(urlForMatch(m('zaak', '2022Z04510'))).toBe(
      'https://www.tweedekamer.nl/kamerstukken/detail?id=2022Z04510',
    );
    expect(urlForMatch(m('document', '2022D12345'))).toBe(
      'https://www.tweedekamer.nl/kamerstukken/detail?id=2022D12345&did=2022D12345',
    );
  });

  it('links a date to the search for parliamentary publications of that day', () => {
    const url = urlForMatch(m('date', '2019-11-20', '20 november 2019'));
    expect(url).toBe(
      `${SITE}/resultaten?q=` +
        encodeURIComponent(
          '(c.product-area=="officielepublicaties")and((w.publicatienaam=="Kamerstuk")or(w.publicatienaam=="Handelingen")' +
            'or(w.publicatienaam=="Agenda")or(w.publicatienaam=="Kamervragen (Aanhangsel)")' +
            'or(w.publicatienaam=="Kamervragen zonder antwoord"))and(dt.available>="2019-11-20")and(dt.available<="2019-11-20")',
        ),
    );
    expect(urlForMatch(m('date', '2019-02-30'))).toBeNull();
  });

  it('links a motion without a number to a motion search for its names', () => {
    const url = urlForMatch(m('motion', null, 'de motie van het lid Boswijk c.s.'));
    expect(url).not.toBeNull();
    const q = new URL(url!).searchParams;
    expect(q.get('q')).toBe(
      '(c.product-area=="officielepublicaties")and(w.subrubriek=="motie")and(cql.textAndIndexes="Boswijk")',
    );
    expect(q.get('zv')).toBe('Boswijk');
    expect(motionSearchWords('de motie-Van Aalst/Remco Dijkstra')).toEqual([
      'Aalst',
      'Remco',
      'Dijkstra',
    ]);
    expect(motionSearchWords('de motie-Lodders/Geurts')).toEqual(['Lodders', 'Geurts']);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('.', "'", '’', 'a', 'K', ' ', '-'), { maxLength: 8 }),
        (cs) => {
          const word = cs.join('');
          expect(trimEdgeMarks(word)).toBe(word.replace(/^[.'’]+|[.'’]+$/g, ''));
        },
      ),
      { numRuns: 2000 },
    );
    // Accented names, in composed and decomposed form, and "’t" inside a name.
    expect(motionSearchWords('de motie van het lid Yeşilgöz-Zegerius c.s.')).toEqual([
      'Yeşilgöz',
      'Zegerius',
    ]);
    expect(motionSearchWords('de motie-Neppe\u0301rus')).toEqual(['Neppérus']);
    expect(motionSearchWords('de motie Van ’t Wout en Kröger')).toEqual(['Wout', 'Kröger']);
    expect(urlForMatch(m('motion', null, 'de motie'))).toBeNull();
  });

  it('links a cross-reference to the anchor the caller supplies, else not at all', () => {
    const crossrefAnchor = (n: string) => (n === '4' ? 'd16e99' : null);
    expect(urlForMatch(m('crossref', 'vraag-4'), { crossrefAnchor })).toBe('#d16e99');
    expect(urlForMatch(m('crossref', 'vraag-7'), { crossrefAnchor })).toBeNull();
    expect(urlForMatch(m('crossref', 'vraag-4'))).toBeNull();
  });

  it('gives no URL for targets it does not know', () => {
    for (const t of [
      '',
      'javascript:alert(1)',
      'kst-',
      'foo-1-2',
      '2022X04510',
      'kst-1 2-3',
      '../kst-1-2',
    ]) {
      expect(urlForMatch(m('kamerstuk', t))).toBeNull();
    }
  });
});

describe('allowlist', () => {
  it('accepts https on the official hosts only', () => {
    expect(OFFICIAL_HOSTS).toContain('zoek.officielebekendmakingen.nl');
    expect(isOfficialUrl('https://zoek.officielebekendmakingen.nl/kst-1-2.html')).toBe(true);
    expect(isOfficialUrl('http://zoek.officielebekendmakingen.nl/kst-1-2.html')).toBe(false);
    expect(isOfficialUrl('https://zoek.officielebekendmakingen.nl.evil.example/')).toBe(false);
    expect(isOfficialUrl('https://user@www.tweedekamer.nl/')).toBe(false);
    expect(isOfficialUrl('https://www.tweedekamer.nl:8443/')).toBe(false);
    expect(isOfficialUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedHref('#d16e45')).toBe(true);
    expect(isAllowedHref('#')).toBe(false);
    expect(isAllowedHref('# x')).toBe(false);
  });

  it('tells an in-page anchor as /^#[^\\s#]+$/ does', () => {
    const ch = fc.constantFrom(
      '#',
      'a',
      '-',
      '1',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u200b',
      '\u0001',
    );
    const href = fc.array(ch, { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(href, (h) => {
        const anchor = /^#[^\s#]+$/.test(h);
        expect(isAllowedHref(h)).toBe(anchor);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('describeMatch', () => {
  const ctx = { documentDate: '2022-06-08', submitted: '2022-03-10' };

  it('names the kind and the cited document', () => {
    expect(describeMatch(m('motion', 'kst-30821-90'), ctx)).toBe('Motie, Kamerstuk 30 821 nr. 90');
    expect(describeMatch(m('kamerstuk', 'kst-35300-VII-8'), ctx)).toBe(
      'Kamerstuk 35 300 VII nr. 8',
    );
    expect(describeMatch(m('kamerstuk', 'kst-21501-08-719'), ctx)).toBe(
      'Kamerstuk 21 501-08 nr. 719',
    );
    expect(describeMatch(m('kamerstuk', 'kst-35010-C'), ctx)).toBe('Kamerstuk 35 010 C');
    expect(describeMatch(m('kamerstuk', 'dossier-35165'), ctx)).toBe('Dossier 35 165');
    expect(describeMatch(m('handelingen', 'h-tk-20212022-45-7'), ctx)).toBe(
      'Handelingen II 2021/22, nr. 45, item 7',
    );
    expect(describeMatch(m('handelingen', 'h-tk-19961997-3369-3373'), ctx)).toBe(
      'Handelingen II 1996/97, 3369-3373',
    );
    expect(describeMatch(m('aanhangsel', 'ah-tk-20212022-3019'), ctx)).toBe(
      'Aanhangsel Handelingen II 2021/22, nr. 3019',
    );
    expect(describeMatch(m('kamervraag', 'kv-tk-2022Z04510'), ctx)).toBe(
      'Kamervragen 2022Z04510 (Tweede Kamer)',
    );
    expect(describeMatch(m('staatsblad', 'stb-2019-123'), ctx)).toBe('Staatsblad 2019, 123');
    expect(describeMatch(m('staatscourant', 'stcrt-2020-12345'), ctx)).toBe(
      'Staatscourant 2020, 12345',
    );
    expect(describeMatch(m('tractatenblad', 'trb-2008-175'), ctx)).toBe('Tractatenblad 2008, 175');
    expect(describeMatch(m('ecli', 'ECLI:NL:HR:2019:2007'), ctx)).toBe(
      'Uitspraak ECLI:NL:HR:2019:2007',
    );
    expect(describeMatch(m('zaak', '2022Z04510'), ctx)).toBe('Zaak 2022Z04510 bij de Tweede Kamer');
    expect(describeMatch(m('document', '2022D12345'), ctx)).toBe(
      'Document 2022D12345 bij de Tweede Kamer',
    );
    expect(describeMatch(m('crossref', 'vraag-4'), ctx)).toBe('Vraag 4 in dit document');
    expect(
      describeMatch(
        m('kamerstuk', 'kst-36062-1', '', {
          alsoTargets: ['kst-36062-1', 'kst-36062-2', 'kst-36062-3'],
        }),
        ctx,
      ),
    ).toBe('Kamerstuk 36 062 nr. 1 (en 2 andere stukken)');
  });

  it('gives the weekday and the distance to the submission of the question', () => {
    expect(
      describeMatch(m('date', '2019-06-25'), { documentDate: null, submitted: '2019-07-09' }),
    ).toBe('dinsdag 25 juni 2019 — 14 dagen vóór indiening');
    expect(describeMatch(m('date', '2022-03-11'), ctx)).toBe(
      'vrijdag 11 maart 2022 — 1 dag na indiening',
    );
    expect(describeMatch(m('date', '2022-03-10'), ctx)).toBe(
      'donderdag 10 maart 2022 — dag van indiening',
    );
  });

  it('falls back to the document date, then to the date alone', () => {
    expect(
      describeMatch(m('date', '2019-11-20'), { documentDate: '2019-11-27', submitted: null }),
    ).toBe('woensdag 20 november 2019 — 7 dagen vóór de datum van dit document');
    expect(describeMatch(m('date', '2019-11-20'), { documentDate: null, submitted: null })).toBe(
      'woensdag 20 november 2019',
    );
  });

  it('says a motion without a number is a search', () => {
    expect(describeMatch(m('motion', null, 'de motie van het lid Boswijk c.s.'), ctx)).toBe(
      'Motie zonder nummer — zoeken op officielebekendmakingen.nl',
    );
  });
});
