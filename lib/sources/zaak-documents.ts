import { ODATA_BASE } from './odata';
import { isoDateFrom } from '../calendar';

/**
 * Opt-in fallback when the official site is silent: Tweede Kamer open data, Zaak (the Kamervraag's
 * zaak number) → its Documents. Pure: builds the query and reads the answer; fetching goes through
 * the background's open-data proxy once the user has granted the optional host permission.
 */

type ZaakDocumentRole = 'question' | 'answer' | 'nader-antwoord' | 'notice';

interface ZaakDocument {
  role: ZaakDocumentRole;
  /** ISO date of the document. */
  date: string | null;
  /** The Tweede Kamer document number, `2022D23290`. */
  documentNummer: string | null;
  /** The Aanhangsel id on the official site, when the record has vergaderjaar and aanhangselnummer. */
  ahId: string | null;
  title: string | null;
}

type ZaakReading =
  { ok: true; documents: ZaakDocument[] } | { ok: false; reason: 'malformed' | 'not-found' };

/** Document `Soort` values of a Kamervraag's zaak, as the open data names them. */
const ROLE_BY_SOORT: Record<string, ZaakDocumentRole> = {
  'schriftelijke vragen': 'question',
  'antwoord schriftelijke vragen': 'answer',
  'antwoord schriftelijke vragen (nader)': 'nader-antwoord',
  'mededeling (uitstel antwoord)': 'notice',
};

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** One request: the zaak with its (non-deleted) documents. */
export function zaakDocumentsUrl(vraagnummer: string): string {
  const params = new URLSearchParams({
    $filter: `Nummer eq ${literal(vraagnummer)} and Verwijderd eq false`,
    $select: 'Id,Nummer,Soort',
    $expand:
      'Document($filter=Verwijderd eq false;$select=Id,Soort,DocumentNummer,Datum,Vergaderjaar,Aanhangselnummer,Titel)',
  });
  // OData reads '+' literally in $filter; spaces must be %20.
  return `${ODATA_BASE}Zaak?${params.toString().replace(/\+/g, '%20')}`;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * `ah-tk-<vergaderjaar without dash>-<number>`: the open data's Aanhangselnummer carries the number
 * in its last digits, zero-padded (`…0011` → 11).
 */
export function ahIdFrom(
  vergaderjaar: string | null,
  aanhangselnummer: string | null,
): string | null {
  const year = vergaderjaar && /^(\d{4})-(\d{4})$/.exec(vergaderjaar);
  const digits = aanhangselnummer && /(\d{1,4})$/.exec(aanhangselnummer);
  if (!year || !digits) return null;
  const nr = digits[1]!.replace(/^0+/, '');
  return nr ? `ah-tk-${year[1]}${year[2]}-${nr}` : null;
}

/** Reads the answer to {@link zaakDocumentsUrl}; never throws. Documents in date order. */
export function readZaakDocuments(json: unknown): ZaakReading {
  if (!isRec(json) || !Array.isArray(json.value)) return { ok: false, reason: 'malformed' };
  const zaken = json.value.filter(isRec);
  if (!zaken.length) return { ok: false, reason: 'not-found' };
  const documents: ZaakDocument[] = [];
  const seen = new Set<string>();
  for (const zaak of zaken) {
    for (const doc of Array.isArray(zaak.Document) ? zaak.Document.filter(isRec) : []) {
      const role = ROLE_BY_SOORT[(str(doc.Soort) ?? '').toLowerCase()];
      if (!role || doc.Verwijderd === true) continue;
      const key = str(doc.Id) ?? str(doc.DocumentNummer) ?? `${documents.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      documents.push({
        role,
        date: isoDateFrom(str(doc.Datum)),
        documentNummer: str(doc.DocumentNummer),
        ahId:
          role === 'question' ? null : ahIdFrom(str(doc.Vergaderjaar), str(doc.Aanhangselnummer)),
        title: str(doc.Titel),
      });
    }
  }
  documents.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return { ok: true, documents };
}

/** The dates the timeline needs, from the zaak's documents. */
export function zaakTimelineDates(documents: readonly ZaakDocument[]) {
  const first = (role: ZaakDocumentRole) => documents.find((d) => d.role === role)?.date ?? null;
  return {
    submitted: first('question'),
    noticeDate: first('notice'),
    answered: first('answer') ?? first('nader-antwoord'),
  };
}
