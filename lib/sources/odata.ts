/**
 * Tweede Kamer open data (OData v4, "gegevensmagazijn"): the vote on a motion.
 *
 * One request per motion: the motion's `Document` (dossier number + toevoeging + Volgnummer) with its
 * `Zaak`, the Zaak's `Besluit`en, their `Stemming`en and the `Agendapunt` → `Activiteit` that dates
 * them. Entity and field names as the open data documentation and public clients use them.
 * Pure: URL in, JSON in, data out; the request itself goes through the background proxy.
 */

const ODATA_ORIGIN = 'https://gegevensmagazijn.tweedekamer.nl';
export const ODATA_BASE = `${ODATA_ORIGIN}/OData/v4/2.0/`;

/** A Kamerstuk as the open data names it: dossier `Nummer`, its `Toevoeging`, the document's `Volgnummer`. */
export interface KamerstukRef {
  dossier: number;
  /** `VII`, `08`, `A`; null for a dossier without one. */
  toevoeging: string | null;
  volgnummer: number;
}

export type MotionStatus = 'aangenomen' | 'verworpen' | 'aangehouden' | 'ingetrokken';

export interface PartyVote {
  /** Party abbreviation or name as the data gives it (`ActorFractie`). */
  party: string;
  /** Seats (FractieGrootte), or members for a roll-call vote. */
  seats: number;
}

export interface MotionVote {
  status: MotionStatus;
  /** ISO date of the meeting that took the decision, when known. */
  date: string | null;
  /** `BesluitTekst`, e.g. "Aangenomen.". */
  text: string | null;
  /** True for a roll-call vote (per member, not per party). */
  rollCall: boolean;
  voor: PartyVote[];
  tegen: PartyVote[];
  seatsFor: number;
  seatsAgainst: number;
  /** The cabinet's appraisal (`Kabinetsappreciatie`): "Ontraden", "Oordeel Kamer", …; null when absent. */
  kabinetsappreciatie: string | null;
}

type VoteReading =
  | { ok: true; vote: MotionVote }
  /** `not-found`: no such motion in the data; `no-decision`: found, not (yet) decided; `malformed`: not the documented shape. */
  | { ok: false; reason: 'not-found' | 'no-decision' | 'malformed' };

/**
 * `kst-30821-90` → {30821, null, 90}; `kst-35300-VII-8` → {35300, 'VII', 8}; `kst-21501-08-719` → {21501, '08', 719}.
 * Null for targets without a document number (`kst-35010-C`, `dossier-35165`).
 */
export function parseKamerstukTarget(target: string): KamerstukRef | null {
  const m = /^kst-(\d{4,6})(?:-([A-Za-z0-9]{1,8}))?-(\d{1,5})$/.exec(target.trim());
  if (!m) return null;
  return { dossier: Number(m[1]), toevoeging: m[2] ? m[2] : null, volgnummer: Number(m[3]) };
}

/** OData string literal: single quotes doubled. */
const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * The one query for a motion's vote. A Volgnummer alone is not unique (every dossier has a nr. 90), so
 * the filter names the dossier AND its toevoeging (`eq null` when it has none: 30821 is not 30821-VII).
 */
export function motionVoteUrl(ref: KamerstukRef): string {
  const dossier =
    `Kamerstukdossier/any(d: d/Nummer eq ${ref.dossier} and ` +
    `d/Toevoeging eq ${ref.toevoeging === null ? 'null' : literal(ref.toevoeging)})`;
  const filter = `Verwijderd eq false and Volgnummer eq ${ref.volgnummer} and ${dossier}`;
  const expand =
    'Kamerstukdossier($select=Nummer,Toevoeging),' +
    'Zaak($filter=Verwijderd eq false;$select=Id,Nummer,Soort,Titel,Volgnummer,Kabinetsappreciatie,Verwijderd;' +
    '$expand=Besluit($filter=Verwijderd eq false;' +
    '$expand=Stemming($filter=Verwijderd eq false),Agendapunt($expand=Activiteit($select=Datum,Aanvangstijd))))';
  const params = new URLSearchParams({
    $filter: filter,
    $select: 'Id,Soort,Titel,Volgnummer,Datum,Verwijderd',
    $expand: expand,
  });
  // URLSearchParams encodes spaces as '+', which OData servers read as a literal plus in $filter.
  return `${ODATA_BASE}Document?${params.toString().replace(/\+/g, '%20')}`;
}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
const num = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v);
  return null;
};
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : isRec(v) ? [v] : []);
const alive = (r: Rec): boolean => r.Verwijderd !== true;

/** Normalizes a Toevoeging: '' and whitespace mean none; case-insensitive (`vii` = `VII`). */
const toevoegingKey = (v: unknown): string => (str(v) ?? '').toUpperCase();

function matchesRef(doc: Rec, ref: KamerstukRef): boolean {
  if (num(doc.Volgnummer) !== ref.volgnummer) return false;
  const dossiers = list(doc.Kamerstukdossier);
  // A response without the expanded dossier cannot be checked; trust the server's filter then.
  if (dossiers.length === 0) return true;
  const want = toevoegingKey(ref.toevoeging);
  return dossiers.some(
    (d) => num(d.Nummer) === ref.dossier && toevoegingKey(d.Toevoeging) === want,
  );
}

/** What a Besluit decided, or null for a step that decides nothing (Ingediend, Behandelen, agenda). */
export function classifyBesluit(soort: string | null, tekst: string | null): MotionStatus | null {
  const s = (soort ?? '').toLowerCase();
  const t = (tekst ?? '').toLowerCase();
  // The motion's submission is recorded as a Besluit of its own, before the real one.
  if (/^ingediend/.test(s) || (!s && /^ingediend/.test(t))) return null;
  const read = (x: string): MotionStatus | null => {
    // "niet aangenomen" before "aangenomen".
    if (/verworpen|niet aangenomen/.test(x)) return 'verworpen';
    if (/zonder stemming aan|aangenomen/.test(x)) return 'aangenomen';
    if (/aangehouden|aanhouden/.test(x)) return 'aangehouden';
    if (/ingetrokken|intrekken/.test(x)) return 'ingetrokken';
    return null;
  };
  return read(s) ?? read(t);
}

/** ISO date of a Besluit's meeting (Agendapunt → Activiteit), or null. */
function besluitDate(b: Rec): string | null {
  const iso = (v: unknown): string | null => {
    const d = str(v);
    return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
  };
  for (const ap of list(b.Agendapunt)) {
    for (const act of list(ap.Activiteit)) {
      const d = iso(act.Aanvangstijd) ?? iso(act.Datum);
      if (d) return d;
    }
    // Some agenda items carry their own start time.
    const own = iso(ap.Aanvangstijd);
    if (own) return own;
  }
  return null;
}

/**
 * The vote rows of one Besluit, deduplicated: the same row can come twice (same Id), and a party can
 * have two rows after a correction; the later `GewijzigdOp` wins. Roll-call rows are per member.
 */
function dedupeVotes(rows: Rec[]): Rec[] {
  const byKey = new Map<string, Rec>();
  for (const row of rows) {
    if (!alive(row)) continue;
    const who =
      str(row.Persoon_Id) ??
      str(row.Fractie_Id) ??
      str(row.ActorFractie) ??
      str(row.ActorNaam) ??
      str(row.Id) ??
      JSON.stringify(row);
    const prev = byKey.get(who);
    if (!prev || (str(row.GewijzigdOp) ?? '') > (str(prev.GewijzigdOp) ?? '')) byKey.set(who, row);
  }
  return [...byKey.values()];
}

function tally(rows: Rec[], soort: 'voor' | 'tegen', rollCall: boolean): PartyVote[] {
  const seats = new Map<string, number>();
  for (const row of rows) {
    if ((str(row.Soort) ?? '').toLowerCase() !== soort) continue;
    const party = str(row.ActorFractie) ?? str(row.ActorNaam) ?? '?';
    const n = rollCall ? 1 : (num(row.FractieGrootte) ?? 0);
    seats.set(party, (seats.get(party) ?? 0) + n);
  }
  return [...seats]
    .map(([party, n]) => ({ party, seats: n }))
    .sort((a, b) => b.seats - a.seats || a.party.localeCompare(b.party, 'nl'));
}

const sum = (votes: PartyVote[]): number => votes.reduce((n, v) => n + v.seats, 0);

/** Reads the response of {@link motionVoteUrl}. Never throws. */
export function readMotionVote(json: unknown, ref: KamerstukRef): VoteReading {
  if (!isRec(json) || !Array.isArray(json.value)) return { ok: false, reason: 'malformed' };
  const docs = list(json.value).filter((d) => alive(d) && matchesRef(d, ref));
  if (docs.length === 0) return { ok: false, reason: 'not-found' };

  const zaken = docs.flatMap((d) => list(d.Zaak)).filter(alive);
  if (zaken.length === 0) return { ok: false, reason: 'not-found' };
  // A motion document can hang under more than one Zaak; prefer the motion's own.
  const motionZaken = zaken.filter((z) => (str(z.Soort) ?? '').toLowerCase() === 'motie');
  const useZaken = motionZaken.length > 0 ? motionZaken : zaken;

  interface Candidate {
    besluit: Rec;
    status: MotionStatus;
    date: string | null;
    order: number;
    changed: string;
    zaak: Rec;
  }
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const zaak of useZaken) {
    for (const besluit of list(zaak.Besluit)) {
      if (!alive(besluit)) continue;
      const id = str(besluit.Id);
      if (id) {
        if (seen.has(id)) continue;
        seen.add(id);
      }
      const status = classifyBesluit(str(besluit.BesluitSoort), str(besluit.BesluitTekst));
      if (!status) continue;
      candidates.push({
        besluit,
        status,
        date: besluitDate(besluit),
        order: num(besluit.AgendapuntZaakBesluitVolgorde) ?? 0,
        changed: str(besluit.GewijzigdOp) ?? '',
        zaak,
      });
    }
  }
  if (candidates.length === 0) return { ok: false, reason: 'no-decision' };

  // The latest decision counts: a motion held (aangehouden) and voted on later was decided later.
  // Undated decisions are ordered by when their record last changed, which follows the decision.
  const when = (c: Candidate): string => c.date ?? c.changed.slice(0, 10);
  candidates.sort(
    (a, b) =>
      when(a).localeCompare(when(b)) || a.order - b.order || a.changed.localeCompare(b.changed),
  );
  const last = candidates[candidates.length - 1]!;
  const rows = dedupeVotes(list(last.besluit.Stemming));
  const soortStemming = (str(last.besluit.StemmingsSoort) ?? '').toLowerCase();
  const rollCall =
    soortStemming.startsWith('hoofdelijk') || rows.some((r) => str(r.Persoon_Id) !== null);
  const voor = tally(rows, 'voor', rollCall);
  const tegen = tally(rows, 'tegen', rollCall);
  const appraisal =
    str(last.zaak.Kabinetsappreciatie) ??
    useZaken.map((z) => str(z.Kabinetsappreciatie)).find(Boolean) ??
    null;

  return {
    ok: true,
    vote: {
      status: last.status,
      date: last.date,
      text: str(last.besluit.BesluitTekst),
      rollCall,
      voor,
      tegen,
      seatsFor: sum(voor),
      seatsAgainst: sum(tegen),
      kabinetsappreciatie:
        appraisal && !/^niet van toepassing$/i.test(appraisal) ? appraisal : null,
    },
  };
}
