import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ODATA_BASE,
  classifyBesluit,
  motionVoteUrl,
  parseKamerstukTarget,
  readMotionVote,
  type KamerstukRef,
} from '../../../lib/sources/odata';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve('tests/fixtures/odata', name), 'utf8')) as Record<
    string,
    unknown
  >;

/** Deep copy, so a test can change a fixture without touching the others. */
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

type Doc = {
  Kamerstukdossier: { Nummer: number; Toevoeging: string | null }[];
  Zaak: { Kabinetsappreciatie: string | null; Besluit: Record<string, unknown>[] }[];
  Volgnummer: number;
  Verwijderd: boolean;
};
const docsOf = (json: Record<string, unknown>): Doc[] => json.value as Doc[];

const M90: KamerstukRef = { dossier: 30821, toevoeging: null, volgnummer: 90 };
const M721: KamerstukRef = { dossier: 21501, toevoeging: '08', volgnummer: 721 };

describe('parseKamerstukTarget', () => {
  it('splits dossier, toevoeging and volgnummer', () => {
    expect(parseKamerstukTarget('kst-30821-90')).toEqual(M90);
    expect(parseKamerstukTarget('kst-21501-08-721')).toEqual(M721);
    expect(parseKamerstukTarget('kst-35300-VII-8')).toEqual({
      dossier: 35300,
      toevoeging: 'VII',
      volgnummer: 8,
    });
  });
  it('refuses targets without a document number', () => {
    expect(parseKamerstukTarget('kst-35010-C')).toBeNull();
    expect(parseKamerstukTarget('dossier-35165')).toBeNull();
    expect(parseKamerstukTarget('ah-tk-20212022-3019')).toBeNull();
  });
});

describe('motionVoteUrl', () => {
  const filterOf = (url: string): string => new URL(url).searchParams.get('$filter') ?? '';

  it('asks the Document set on the open-data host', () => {
    const url = motionVoteUrl(M90);
    expect(url.startsWith(`${ODATA_BASE}Document?`)).toBe(true);
    expect(url).not.toContain('+'); // spaces as %20, never '+'
  });

  it('filters on the dossier AND its toevoeging, not on the Volgnummer alone', () => {
    expect(filterOf(motionVoteUrl(M90))).toBe(
      'Verwijderd eq false and Volgnummer eq 90 and Kamerstukdossier/any(d: d/Nummer eq 30821 and d/Toevoeging eq null)',
    );
    expect(filterOf(motionVoteUrl(M721))).toContain("d/Nummer eq 21501 and d/Toevoeging eq '08'");
  });

  it('quotes a toevoeging as an OData literal', () => {
    expect(filterOf(motionVoteUrl({ dossier: 1, toevoeging: "O'X", volgnummer: 2 }))).toContain(
      "d/Toevoeging eq 'O''X'",
    );
  });

  it('expands Zaak → Besluit → Stemming and the meeting date, skipping deleted rows server-side', () => {
    const expand = new URL(motionVoteUrl(M90)).searchParams.get('$expand') ?? '';
    expect(expand).toContain('Zaak($filter=Verwijderd eq false');
    expect(expand).toContain('Besluit($filter=Verwijderd eq false');
    expect(expand).toContain('Stemming($filter=Verwijderd eq false)');
    expect(expand).toContain('Agendapunt($expand=Activiteit');
  });
});

describe('classifyBesluit', () => {
  it('reads the decision kinds', () => {
    expect(classifyBesluit('Stemmen - aangenomen', 'Aangenomen.')).toBe('aangenomen');
    expect(classifyBesluit('Stemmen - zonder stemming aannemen', null)).toBe('aangenomen');
    expect(classifyBesluit('Stemmen - verworpen', 'Verworpen.')).toBe('verworpen');
    expect(classifyBesluit('Stemmen - niet aangenomen', null)).toBe('verworpen');
    expect(classifyBesluit('Stemmen - aangehouden', null)).toBe('aangehouden');
    expect(classifyBesluit('Stemmen - ingetrokken', null)).toBe('ingetrokken');
    expect(classifyBesluit(null, 'Aangehouden.')).toBe('aangehouden');
  });
  it('treats the "ingediend" step and agenda steps as no decision', () => {
    expect(classifyBesluit('Ingediend', 'Ingediend.')).toBeNull();
    expect(classifyBesluit(null, 'Ingediend.')).toBeNull();
    expect(classifyBesluit('Behandelen', 'Behandeld.')).toBeNull();
    expect(classifyBesluit('Stemmen - uitstellen', 'Uitgesteld.')).toBeNull();
  });
});

describe('readMotionVote on motion 30821-90 (held at the votes of 2 July 2019)', () => {
  it('skips the "ingediend" Besluit and reports the motion as aangehouden on 2 July 2019', () => {
    const r = readMotionVote(fixture('motion-30821-90.json'), M90);
    expect(r).toEqual({
      ok: true,
      vote: {
        status: 'aangehouden',
        date: '2019-07-02',
        text: 'Aangehouden.',
        rollCall: false,
        voor: [],
        tegen: [],
        seatsFor: 0,
        seatsAgainst: 0,
        kabinetsappreciatie: null,
      },
    });
  });

  it('says no-decision when only the "ingediend" Besluit is there', () => {
    const json = clone(fixture('motion-30821-90.json'));
    const zaak = docsOf(json)[0]!.Zaak[0]!;
    zaak.Besluit = zaak.Besluit.slice(0, 1);
    expect(readMotionVote(json, M90)).toEqual({ ok: false, reason: 'no-decision' });
  });

  it('takes the later decision when a held motion is voted on afterwards', () => {
    const json = clone(fixture('motion-30821-90.json'));
    const zaak = docsOf(json)[0]!.Zaak[0]!;
    zaak.Besluit.push({
      ...zaak.Besluit[1],
      Id: 'later',
      BesluitSoort: 'Stemmen - verworpen',
      BesluitTekst: 'Verworpen.',
      Agendapunt: [{ Activiteit: { Datum: '2019-09-10T00:00:00+02:00' } }],
    });
    const r = readMotionVote(json, M90);
    expect(r.ok && r.vote.status).toBe('verworpen');
    expect(r.ok && r.vote.date).toBe('2019-09-10');
  });
});

describe('readMotionVote dates', () => {
  it("falls back to the agenda item's own start time, and to no date at all", () => {
    const json = clone(fixture('motion-30821-90.json'));
    const besluit = docsOf(json)[0]!.Zaak[0]!.Besluit[1]!;
    besluit.Agendapunt = [{ Aanvangstijd: '2019-07-02T15:00:00+02:00' }];
    let r = readMotionVote(json, M90);
    expect(r.ok && r.vote.date).toBe('2019-07-02');
    besluit.Agendapunt = [];
    r = readMotionVote(json, M90);
    expect(r.ok && r.vote.status).toBe('aangehouden');
    expect(r.ok && r.vote.date).toBeNull();
  });
});

describe('readMotionVote on motion 21501-08-721 (adopted, with duplicate and deleted vote rows)', () => {
  const r = readMotionVote(fixture('motion-21501-08-721.json'), M721);
  const vote = r.ok ? r.vote : null;

  it('reads the result and the cabinet appraisal', () => {
    expect(vote?.status).toBe('aangenomen');
    expect(vote?.date).toBe('2018-04-10');
    expect(vote?.kabinetsappreciatie).toBe('Oordeel Kamer');
    expect(vote?.rollCall).toBe(false);
  });

  it('counts each party once: duplicates and superseded rows dropped, deleted rows ignored', () => {
    // 11 parties for (128 seats), PVV and FvD against (22): the seats add up to the 150 of the Kamer.
    expect(vote?.voor.map((v) => v.party)).toEqual([
      'VVD',
      'CDA',
      'D66',
      'GroenLinks',
      'SP',
      'PvdA',
      'ChristenUnie',
      'PvdD',
      '50PLUS',
      'DENK',
      'SGP',
    ]);
    expect(vote?.tegen).toEqual([
      { party: 'PVV', seats: 20 },
      { party: 'FvD', seats: 2 },
    ]);
    expect(vote?.seatsFor).toBe(128);
    expect(vote?.seatsAgainst).toBe(22);
  });

  it('counts members, not seats, in a roll-call vote', () => {
    const json = clone(fixture('motion-21501-08-721.json'));
    const besluit = docsOf(json)[0]!.Zaak[0]!.Besluit[1]!;
    besluit.StemmingsSoort = 'Hoofdelijk';
    besluit.Stemming = [
      { Id: 'a', Soort: 'Voor', ActorFractie: 'VVD', Persoon_Id: 'p1', FractieGrootte: 33 },
      { Id: 'b', Soort: 'Voor', ActorFractie: 'VVD', Persoon_Id: 'p2', FractieGrootte: 33 },
      { Id: 'c', Soort: 'Tegen', ActorFractie: 'PVV', Persoon_Id: 'p3', FractieGrootte: 20 },
      { Id: 'c', Soort: 'Tegen', ActorFractie: 'PVV', Persoon_Id: 'p3', FractieGrootte: 20 },
    ];
    const rc = readMotionVote(json, M721);
    expect(rc.ok && rc.vote.rollCall).toBe(true);
    expect(rc.ok && rc.vote.voor).toEqual([{ party: 'VVD', seats: 2 }]);
    expect(rc.ok && rc.vote.seatsAgainst).toBe(1);
  });
});

describe('readMotionVote pitfalls', () => {
  it('refuses a document of another dossier with the same Volgnummer', () => {
    // The server was asked for 21501-08 nr. 721; a row for 21501-20 nr. 721 must not be read as it.
    const json = clone(fixture('motion-21501-08-721.json'));
    docsOf(json)[0]!.Kamerstukdossier = [{ Nummer: 21501, Toevoeging: '20' }];
    expect(readMotionVote(json, M721)).toEqual({ ok: false, reason: 'not-found' });
    // … and 30821 nr. 90 is not 30821-VII nr. 90.
    const other = clone(fixture('motion-30821-90.json'));
    docsOf(other)[0]!.Kamerstukdossier = [{ Nummer: 30821, Toevoeging: 'VII' }];
    expect(readMotionVote(other, M90)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('picks the right document when several share the Volgnummer', () => {
    const json = clone(fixture('motion-21501-08-721.json'));
    const wrong = clone(docsOf(json)[0]!);
    wrong.Kamerstukdossier = [{ Nummer: 21501, Toevoeging: '20' }];
    wrong.Zaak[0]!.Besluit[1]!.BesluitSoort = 'Stemmen - verworpen';
    (json.value as Doc[]).unshift(wrong);
    const r = readMotionVote(json, M721);
    expect(r.ok && r.vote.status).toBe('aangenomen');
  });

  it('ignores deleted documents and deleted Besluiten', () => {
    const json = clone(fixture('motion-30821-90.json'));
    docsOf(json)[0]!.Verwijderd = true;
    expect(readMotionVote(json, M90)).toEqual({ ok: false, reason: 'not-found' });

    const json2 = clone(fixture('motion-30821-90.json'));
    docsOf(json2)[0]!.Zaak[0]!.Besluit[1]!.Verwijderd = true;
    expect(readMotionVote(json2, M90)).toEqual({ ok: false, reason: 'no-decision' });
  });

  it('reads an empty result as not found', () => {
    expect(readMotionVote(fixture('empty.json'), M90)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('reads anything not in the documented shape as malformed, without throwing', () => {
    for (const bad of [null, 42, 'x', [], {}, { value: 'nope' }, { error: { code: '500' } }]) {
      expect(readMotionVote(bad, M90)).toEqual({ ok: false, reason: 'malformed' });
    }
    // Rows of the wrong type inside value are skipped, not trusted.
    expect(readMotionVote({ value: [1, 'x', null] }, M90)).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('leaves out a "Niet van toepassing" appraisal', () => {
    const json = clone(fixture('motion-21501-08-721.json'));
    docsOf(json)[0]!.Zaak[0]!.Kabinetsappreciatie = 'Niet van toepassing';
    const r = readMotionVote(json, M721);
    expect(r.ok && r.vote.kabinetsappreciatie).toBeNull();
  });
});
