import type { DocumentKind } from '../page/types';
import { isoDateFrom } from '../calendar';
import { isAanhangselId } from './related';

/**
 * A Kamervraag has its answer, perhaps a nader antwoord and a delay notice or two: more ids than
 * this is not a record we trust, and each id would cost a request.
 */
export const MAX_AANHANGSEL_IDS = 8;

/**
 * The `/<id>/metadata.xml` record that zoek.officielebekendmakingen.nl serves for every publication:
 * `<metadata_gegevens>` with flat `<metadata name=… scheme=… content=…/>` entries (the same names
 * as the page's `<meta>` tags). Only the fields that link Kamervragen to their answers are kept.
 */
interface PublicationMetadata {
  /** `DC.identifier`: `kv-tk-2022Z04510`, `ah-tk-20212022-3019`. */
  id: string | null;
  /** Every `DC.type` value, in order (`Kamervragen zonder Antwoord`, `officiële publicatie`, …). */
  types: string[];
  title: string | null;
  publicationName: string | null;
  vergaderjaar: string | null;
  /** `OVERHEIDop.vraagnummer`: the zaak number, `2022Z04510`. */
  vraagnummer: string | null;
  /** `OVERHEIDop.aanhangsel`: ids of the answer documents and delay notices, in document order. */
  aanhangsel: string[];
  aanhangselNummer: string | null;
  /** ISO dates. */
  submitted: string | null;
  received: string | null;
  issued: string | null;
  /** Best guess from the id and types; the page itself is the better judge. */
  kind: DocumentKind;
}

type MetadataResult =
  { ok: true; metadata: PublicationMetadata } | { ok: false; error: 'malformed'; message: string };

type Parse = (xml: string) => Document;

const defaultParse: Parse = (xml) => new DOMParser().parseFromString(xml, 'application/xml');

export function parseMetadataXml(xml: string, parse: Parse = defaultParse): MetadataResult {
  if (!xml.trim()) return { ok: false, error: 'malformed', message: 'leeg metadatabestand' };
  let doc: Document;
  try {
    doc = parse(xml);
  } catch (e) {
    return { ok: false, error: 'malformed', message: String(e) };
  }
  if (doc.getElementsByTagName('parsererror').length > 0) {
    return { ok: false, error: 'malformed', message: 'metadata.xml is geen geldige XML' };
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'metadata_gegevens') {
    return {
      ok: false,
      error: 'malformed',
      message: `onverwacht hoofdelement <${root?.localName ?? '?'}>`,
    };
  }

  const values = new Map<string, string[]>();
  for (const el of Array.from(root.getElementsByTagName('metadata'))) {
    const name = el.getAttribute('name');
    const content = el.getAttribute('content')?.trim();
    if (!name || !content) continue;
    const list = values.get(name) ?? [];
    list.push(content);
    values.set(name, list);
  }
  const first = (name: string) => values.get(name)?.[0] ?? null;
  const all = (name: string) => values.get(name) ?? [];

  const id = first('DC.identifier');
  const types = all('DC.type');
  const title = first('DC.title');
  return {
    ok: true,
    metadata: {
      id,
      types,
      title,
      publicationName: first('OVERHEIDop.publicationName'),
      vergaderjaar: first('OVERHEIDop.vergaderjaar'),
      vraagnummer: first('OVERHEIDop.vraagnummer'),
      // Only ids of the expected shape: each becomes a same-site path we request.
      aanhangsel: unique(all('OVERHEIDop.aanhangsel').filter(isAanhangselId)).slice(
        0,
        MAX_AANHANGSEL_IDS,
      ),
      aanhangselNummer: first('OVERHEIDop.aanhangselNummer'),
      submitted: isoDateFrom(first('OVERHEIDop.datumIndiening')),
      received: isoDateFrom(first('OVERHEIDop.datumOntvangst')),
      issued: isoDateFrom(first('DCTERMS.issued') ?? first('DCTERMS.available')),
      kind: kindFrom(id, types, title),
    },
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function kindFrom(id: string | null, types: string[], title: string | null): DocumentKind {
  if (id?.startsWith('kv-')) return 'question';
  if (id?.startsWith('ah-')) {
    const text = [...types, title ?? ''].join(' ').toLowerCase();
    return /mededeling|uitstel/.test(text) ? 'notice' : 'answer';
  }
  return 'other';
}
