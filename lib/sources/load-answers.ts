import { detectPage } from '../page/detect';
import type { PageInfo } from '../page/types';
import { parseDocument } from '../model/parse';
import type { DocumentModel } from '../model/types';
import type { DocumentCache } from './cache';
import { fetchDocument, failure, type FetchFailure, type FetchResult } from './fetch-document';
import { parseMetadataXml } from './metadata-xml';
import {
  documentPath,
  isAanhangselId,
  metadataPath,
  relatedFromPage,
  type RelatedDocuments,
} from './related';

/**
 * For a question page: fetch (or take from the cache) the documents it names — the answer, a later
 * "nader antwoord", the delay notice — and parse each with the same code as the page itself.
 * For an answer page: the documents its intro names ("Zie ook …"). Never throws.
 */

export type LoadedRole = 'answer' | 'nader-antwoord' | 'notice' | 'other';

export interface LoadedDocument {
  id: string;
  /** Absolute same-site URL of the page. */
  url: string;
  role: LoadedRole;
  page: PageInfo;
  model: DocumentModel;
  /** The parsed, detached document; its nodes can be imported into the page. */
  doc: Document;
  fromCache: boolean;
}

interface FailedDocument {
  id: string;
  url: string;
  error: FetchFailure;
  message: string;
}

export interface RelatedLoad {
  related: RelatedDocuments;
  /** Answers first (oldest first, then nader antwoorden), delay notices after, each group by date. */
  documents: LoadedDocument[];
  failures: FailedDocument[];
}

interface LoadDeps {
  fetchImpl?: typeof fetch;
  /** null: no cache (every call fetches). */
  cache?: DocumentCache | null;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Site origin, default the page's (`https://zoek.officielebekendmakingen.nl`). */
  origin?: string;
  /** Time a metadata record stays cached: an unanswered question may get its answer tomorrow. */
  metadataTtlMs?: number;
  /**
   * Last resort for a question page whose page and metadata.xml name no answer: more ids from
   * elsewhere (the opt-in open-data lookup). Errors count as "nothing found".
   */
  fallbackIds?: (page: PageInfo) => Promise<string[]>;
}

const HOUR_MS = 3_600_000;
/** At most this many related documents per page, whatever the page or its metadata names. */
export const MAX_RELATED_DOCUMENTS = 8;
/** Requests in flight at once: a page that names many documents must not flood the site. */
export const LOAD_CONCURRENCY = 2;

/** `work` over `items` with at most `limit` running at once; results in the order of `items`. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
/** Pass as ttl to store only after the caller has checked the parsed document. */
const DEFER = -1;

/** Fetch text through the cache; only successful, well-formed text is stored. */
async function cachedText(
  key: string,
  path: string,
  deps: LoadDeps,
  validate: (text: string) => boolean,
  ttlMs?: number,
): Promise<FetchResult & { fromCache?: boolean }> {
  const origin = deps.origin ?? globalThis.location?.origin ?? '';
  const url = new URL(path, origin || 'https://zoek.officielebekendmakingen.nl').href;
  const hit = deps.cache ? await deps.cache.get(key) : null;
  if (hit !== null && validate(hit))
    return { ok: true, url, status: 200, text: hit, fromCache: true };
  const result = await fetchDocument(url, {
    fetchImpl: deps.fetchImpl,
    timeoutMs: deps.timeoutMs,
    signal: deps.signal,
    origin: deps.origin,
  });
  if (!result.ok) return result;
  if (!validate(result.text)) return failure(url, 'malformed', 'onverwachte inhoud', result.status);
  if (deps.cache && ttlMs !== DEFER) await deps.cache.put(key, result.text, ttlMs);
  return result;
}

function parseHtml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/html');
}

/** Ids named by the page, or by its metadata.xml when the page's meta tags are silent. */
async function relatedIds(
  page: PageInfo,
  doc: Document,
  deps: LoadDeps,
): Promise<{ related: RelatedDocuments; failure?: FailedDocument }> {
  const related = relatedFromPage(page, doc);
  if (page.kind !== 'question') return withQuestionsAanhangsel(page, related, deps);
  if (related.aanhangselIds.length > 0) return { related };
  const xml = await cachedText(
    `${page.baseId}:metadata`,
    metadataPath(page.baseId),
    deps,
    (text) => parseMetadataXml(text).ok,
    deps.metadataTtlMs ?? 12 * HOUR_MS,
  );
  if (!xml.ok) {
    // No metadata record is not an error for the user: the question may simply be unanswered.
    if (xml.error === 'not-found') return { related };
    return {
      related,
      failure: { id: page.baseId, url: xml.url, error: xml.error, message: xml.message },
    };
  }
  const parsed = parseMetadataXml(xml.text);
  if (!parsed.ok) return { related };
  const ids = parsed.metadata.aanhangsel.filter((id) => id !== page.id);
  return {
    related: {
      ...related,
      aanhangselIds: ids,
      sources: ids.length ? [...related.sources, 'metadata.xml'] : related.sources,
    },
  };
}

/**
 * An answer or notice page rarely names its siblings; its question page does. Reading that page's
 * `OVERHEIDop.aanhangsel` tags finds the delay notice from the answer page and the answer from the
 * notice page.
 */
async function withQuestionsAanhangsel(
  page: PageInfo,
  related: RelatedDocuments,
  deps: LoadDeps,
): Promise<{ related: RelatedDocuments; failure?: FailedDocument }> {
  if (!related.questionId) return { related };
  const got = await cachedText(
    `${related.questionId}:html`,
    documentPath(related.questionId),
    deps,
    looksLikeHtmlPage,
    deps.metadataTtlMs ?? 12 * HOUR_MS,
  );
  if (!got.ok) {
    if (got.error === 'not-found') return { related };
    return {
      related,
      failure: { id: related.questionId, url: got.url, error: got.error, message: got.message },
    };
  }
  const questionDoc = parseHtml(got.text);
  const questionPage = detectPage(got.url, questionDoc);
  if (!questionPage || questionPage.kind !== 'question') return { related };
  const own = new Set([page.id, page.baseId, ...related.aanhangselIds]);
  const more = relatedFromPage(questionPage, questionDoc).aanhangselIds.filter(
    (id) => !own.has(id),
  );
  if (!more.length) return { related };
  return {
    related: {
      ...related,
      aanhangselIds: [...related.aanhangselIds, ...more],
      sources: [...related.sources, 'question-page'],
    },
  };
}

async function withFallback(
  page: PageInfo,
  related: RelatedDocuments,
  deps: LoadDeps,
): Promise<RelatedDocuments> {
  if (page.kind !== 'question' || related.aanhangselIds.length > 0 || !deps.fallbackIds)
    return related;
  const ids = await deps.fallbackIds(page).catch(() => [] as string[]);
  const fresh = [...new Set(ids)].filter((id) => isAanhangselId(id) && id !== page.id);
  return fresh.length
    ? { ...related, aanhangselIds: fresh, sources: [...related.sources, 'open-data'] }
    : related;
}

function looksLikeHtmlPage(text: string): boolean {
  return /<html[\s>]/i.test(text) || /<meta\s/i.test(text) || /<body[\s>]/i.test(text);
}

async function loadOne(id: string, deps: LoadDeps): Promise<LoadedDocument | FailedDocument> {
  const got = await cachedText(`${id}:html`, documentPath(id), deps, looksLikeHtmlPage, DEFER);
  if (!got.ok) return { id, url: got.url, error: got.error, message: got.message };
  const doc = parseHtml(got.text);
  const page = detectPage(got.url, doc);
  if (!page || page.family !== 'ah') {
    return { id, url: got.url, error: 'malformed', message: 'geen Aanhangsel-pagina herkend' };
  }
  const model = parseDocument(page, doc);
  if (page.kind === 'answer' && model.answers.length === 0 && model.notices.length === 0) {
    return { id, url: got.url, error: 'malformed', message: 'geen antwoorden gevonden' };
  }
  // Only a document that parsed as an answer or notice is worth keeping.
  if (deps.cache && !got.fromCache) await deps.cache.put(`${id}:html`, got.text);
  return {
    id,
    url: got.url,
    role: roleOf(page, model),
    page,
    model,
    doc,
    fromCache: got.fromCache === true,
  };
}

function roleOf(page: PageInfo, model: DocumentModel): LoadedRole {
  if (page.kind === 'notice' || (model.answers.length === 0 && model.notices.length > 0))
    return 'notice';
  if (page.kind !== 'answer') return 'other';
  const words = [page.title ?? '', ...model.intro.slice(0, 2)].join(' ');
  return /\bnader(e)?\s+antwoord|\bnadere\s+beantwoording/i.test(words)
    ? 'nader-antwoord'
    : 'answer';
}

const dateOf = (d: LoadedDocument) => d.page.received ?? d.page.issued ?? '9999-12-31';
const ROLE_ORDER: Record<LoadedRole, number> = {
  answer: 0,
  'nader-antwoord': 0,
  notice: 1,
  other: 2,
};

function isLoaded(x: LoadedDocument | FailedDocument): x is LoadedDocument {
  return 'model' in x;
}

export async function loadAnswerDocuments(
  page: PageInfo,
  doc: Document,
  deps: LoadDeps = {},
): Promise<RelatedLoad> {
  try {
    const found = await relatedIds(page, doc, deps);
    const { failure: metaFailure } = found;
    const related = await withFallback(page, found.related, deps);
    const ids = related.aanhangselIds.slice(0, MAX_RELATED_DOCUMENTS);
    const results = await mapLimited(ids, LOAD_CONCURRENCY, (id) => loadOne(id, deps));
    const documents = results.filter(isLoaded);
    const failures = results.filter((r): r is FailedDocument => !isLoaded(r));
    if (metaFailure) failures.push(metaFailure);
    documents.sort(
      (a, b) =>
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        dateOf(a).localeCompare(dateOf(b)) ||
        a.id.localeCompare(b.id),
    );
    // Answers after the first are later additions even when their title does not say "nader".
    const answers = documents.filter((d) => d.role === 'answer' || d.role === 'nader-antwoord');
    answers.slice(1).forEach((d) => (d.role = 'nader-antwoord'));
    return { related, documents, failures };
  } catch (e) {
    // Parsing code is ours and should not throw; if it does, it is still one failure line, not a crash.
    const related: RelatedDocuments = { questionId: null, aanhangselIds: [], sources: [] };
    return {
      related,
      documents: [],
      failures: [{ id: page.id, url: '', error: 'malformed', message: String(e) }],
    };
  }
}

/** The question page's answers (answer + nader antwoord), in order. */
export const answerDocuments = (load: RelatedLoad) =>
  load.documents.filter((d) => d.role === 'answer' || d.role === 'nader-antwoord');
export const noticeDocuments = (load: RelatedLoad) =>
  load.documents.filter((d) => d.role === 'notice');
