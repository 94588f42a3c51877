import { describe, expect, it } from 'vitest';
import {
  ahIdFrom,
  readZaakDocuments,
  zaakDocumentsUrl,
  zaakTimelineDates,
} from '../../../lib/sources/zaak-documents';
import { buildTimeline } from '../../../lib/timeline/deadline';

/**
 * A response in the OData v4 shape (`value` array, expanded `Document`), built for this test: the
 * Soort names and date fields are those of the open data; the values are 2022Z04510's real dates.
 * Ids, document numbers and the Aanhangselnummer format (number in its last digits, as public client
 * code reads it) are stand-ins.
 */
const response = {
  value: [
    {
      Id: 'zaak-1',
      Nummer: '2022Z04510',
      Soort: 'Schriftelijke vragen',
      Document: [
        {
          Id: 'd3',
          Soort: 'Antwoord schriftelijke vragen',
          Datum: '2022-06-08T00:00:00+02:00',
          Vergaderjaar: '2021-2022',
          Aanhangselnummer: '202120223019',
          DocumentNummer: 'X-3',
        },
        {
          Id: 'd1',
          Soort: 'Schriftelijke vragen',
          Datum: '2022-03-10T00:00:00+01:00',
          Vergaderjaar: '2021-2022',
          DocumentNummer: 'X-1',
        },
        {
          Id: 'd2',
          Soort: 'Mededeling (uitstel antwoord)',
          Datum: '2022-04-01T00:00:00+02:00',
          Vergaderjaar: '2021-2022',
          Aanhangselnummer: null,
          DocumentNummer: 'X-2',
        },
        { Id: 'd9', Soort: 'Brief regering', Datum: '2022-05-01T00:00:00+02:00' },
      ],
    },
  ],
};

describe('zaak documents (open data fallback)', () => {
  it('builds one query for the zaak with its documents, spaces as %20', () => {
    const url = zaakDocumentsUrl('2022Z04510');
    expect(url.startsWith('https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?')).toBe(true);
    expect(url).not.toContain('+');
    const params = new URL(url).searchParams;
    expect(params.get('$filter')).toBe("Nummer eq '2022Z04510' and Verwijderd eq false");
    expect(params.get('$expand')).toMatch(/^Document\(\$filter=Verwijderd eq false;/);
  });

  it('reads the documents in date order with their roles', () => {
    const r = readZaakDocuments(response);
    expect(r.ok && r.documents.map((d) => [d.role, d.date, d.ahId])).toEqual([
      ['question', '2022-03-10', null],
      ['notice', '2022-04-01', null],
      ['answer', '2022-06-08', 'ah-tk-20212022-3019'],
    ]);
  });

  it('gives the timeline the same figures as the pages do', () => {
    const r = readZaakDocuments(response);
    if (!r.ok) throw new Error('expected documents');
    const t = buildTimeline({ ...zaakTimelineDates(r.documents), today: '2026-11-29' });
    expect(t.daysTaken).toBe(90);
    expect(t.statusText).toBe('te laat (48 dagen)');
  });

  it('maps an Aanhangselnummer to the official id', () => {
    expect(ahIdFrom('2016-2017', '201620170011')).toBe('ah-tk-20162017-11');
    expect(ahIdFrom('2021-2022', '3019')).toBe('ah-tk-20212022-3019');
    expect(ahIdFrom(null, '3019')).toBeNull();
    expect(ahIdFrom('2021-2022', '0000')).toBeNull();
  });

  it.each([
    ['not JSON object', 'oops', 'malformed'],
    ['no value array', { error: { message: 'x' } }, 'malformed'],
    ['no zaak', { value: [] }, 'not-found'],
  ])('reports %s without throwing', (_n, json, reason) => {
    expect(readZaakDocuments(json)).toEqual({ ok: false, reason });
  });
});
