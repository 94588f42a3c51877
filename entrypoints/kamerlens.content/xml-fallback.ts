import { fetchDocument } from '@/lib/sources/fetch-document';
import { parseXmlManifestation } from '@/lib/model/xml';
import type { DocumentModel } from '@/lib/model/types';
import type { PageInfo } from '@/lib/page/types';
import { note } from './diagnostics';

/**
 * When neither KOOP classes nor heading text reveal the questions, read the same document's XML
 * manifestation (same origin, `/<id>.xml`). Null when it cannot be had; the page stays as it is.
 */
export async function modelFromXml(
  page: PageInfo,
  signal: AbortSignal,
): Promise<DocumentModel | null> {
  const result = await fetchDocument(`/${page.id}.xml`, { signal });
  if (!result.ok) {
    note(`XML van ${page.id} niet geladen (${result.message}).`);
    return null;
  }
  const model = parseXmlManifestation(page, result.text, new DOMParser(), () =>
    document.implementation.createHTMLDocument(''),
  );
  if (!model) note(`XML van ${page.id} bevat geen vragen.`);
  return model;
}
