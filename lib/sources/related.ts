import type { PageInfo } from '../page/types';
import { readMetaTags } from '../page/meta';

/** The documents a Kamervraag page or its answer page points to, all on the same site. */
export interface RelatedDocuments {
  /** The question page (`kv-tk-2022Z04510`); null on the question page itself or when unknown. */
  questionId: string | null;
  /**
   * Aanhangsel ids to look at, in document order, never the page's own id: on a question page its
   * answers and delay notices (`OVERHEIDop.aanhangsel`); on an answer page the documents its intro
   * names ("Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173").
   */
  aanhangselIds: string[];
  /** Where the ids came from, for diagnostics: `meta:OVERHEIDop.aanhangsel`, `text:zie-ook`, … */
  sources: string[];
}

/** `ah-tk-20212022-3019`, `ah-ek-20192020-12`, with an optional correction suffix. */
const AANHANGSEL_ID = /^ah-(tk|ek)-\d{8}-[0-9a-z]+(?:-[0-9a-z]+)*$/i;

export function isAanhangselId(id: string): boolean {
  return AANHANGSEL_ID.test(id);
}

export function relatedFromPage(page: PageInfo, doc: Document): RelatedDocuments {
  const sources: string[] = [];
  const ids: string[] = [];
  const add = (list: string[], source: string) => {
    let added = false;
    for (const id of list) {
      if (!isAanhangselId(id) || id === page.id || id === page.baseId || ids.includes(id)) continue;
      ids.push(id);
      added = true;
    }
    if (added) sources.push(source);
  };

  const metas = readMetaTags(doc);
  add(page.aanhangsel, 'page:aanhangsel');
  add(metas.all('OVERHEIDop.aanhangsel'), 'meta:OVERHEIDop.aanhangsel');

  let questionId: string | null = null;
  if (page.kind !== 'question') {
    const vraagnummer = page.vraagnummer ?? metas.first('OVERHEIDop.vraagnummer');
    if (vraagnummer && /^\d{4}Z\d{5}$/.test(vraagnummer))
      questionId = `kv-${page.chamber ?? 'tk'}-${vraagnummer}`;
    add(zieOokIds(introText(doc), page.chamber ?? 'tk'), 'text:zie-ook');
  }
  return { questionId, aanhangselIds: ids, sources };
}

/** The intro paragraphs of a Kamervraag/answer page, where "Zie ook …" stands. */
function introText(doc: Document): string {
  const intro = Array.from(
    doc.querySelectorAll('p.kamervraagomschrijving, p.kamervraagomschrijving_kop'),
  );
  return intro.map((p) => p.textContent ?? '').join('\n');
}

/**
 * "Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173." and the plural
 * "vergaderjaar 2024–2025, nrs. 1016 en 1044." → ah ids.
 */
export function zieOokIds(text: string, chamber: 'tk' | 'ek' = 'tk'): string[] {
  const ids: string[] = [];
  const sentence =
    /Zie\s+ook\s+Aanhangsel\s+Handelingen,?\s+vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4}),?\s+nrs?\.\s*([\d\s,en]+)/g;
  for (const m of text.matchAll(sentence)) {
    const year = `${m[1]}${m[2]}`;
    for (const nr of m[3]!.match(/\d+/g) ?? []) ids.push(`ah-${chamber}-${year}-${nr}`);
  }
  return ids;
}

/** Same-site address of a publication page and of its metadata record. */
export function documentPath(id: string): string {
  return `/${id}.html`;
}

export function metadataPath(id: string): string {
  return `/${id}/metadata.xml`;
}
