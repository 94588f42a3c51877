/**
 * Which parliamentary document is this page: everything the loader needs to decide, from the URL,
 * the `<meta>` tags and (on Kamervragen and Aanhangsel pages) the body. The dates an intro states
 * ("(ingezonden 10 maart 2022)") are read apart (detect.ts), with the date recognizer, which is
 * more than half of the loader's code if it comes along; the main module adds them.
 */
import type { Chamber, DocumentFamily, DocumentKind, PageInfo } from './types';
import { isoDateFrom } from '../calendar';
import { qaListSignals } from './qa-list';
import { readMetaTags } from './meta';

/**
 * Parliamentary document ids as the official site publishes them:
 *   kv-tk-2022Z04510, kv-ek-…            Kamervragen (written questions)
 *   ah-tk-20212022-3019, ah-ek-…          Aanhangsel van de Handelingen (answers, delay notices)
 *   kst-35300-VII-8, kst-35010-C          Kamerstukken
 *   h-tk-20192020-31-8, h-ek-…            Handelingen
 * with an optional correction/version suffix (-n1, -h1).
 */
const ID_PATTERN = /^(kv|ah|kst|h)-(?:(tk|ek)-)?([0-9A-Za-z()]+(?:-[0-9A-Za-z()]+)*)$/;
const CORRECTION_SUFFIX = /-([nh]\d{1,2})$/;

/** The last path segment of a URL, without `.html`, if it looks like a parliamentary id. */
export function idFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segment = path.split('/').filter(Boolean).pop() ?? '';
  let last: string;
  try {
    last = decodeURIComponent(segment);
  } catch {
    return null; // a malformed escape (`%E0%A4%A`) names no document of ours
  }
  const id = last.replace(/\.html?$/i, '');
  return ID_PATTERN.test(id) ? id : null;
}

interface ParsedId {
  id: string;
  baseId: string;
  family: DocumentFamily;
  chamber: Chamber | null;
  correction: string | null;
}

export function parseId(raw: string): ParsedId | null {
  const id = raw.trim();
  const m = ID_PATTERN.exec(id);
  if (!m) return null;
  const family = m[1] as DocumentFamily;
  const chamber = (m[2] as Chamber | undefined) ?? null;
  // kv and ah ids always name a chamber; h ids too. A bare "h-…" or "kv-…" id is not one of ours.
  if (family !== 'kst' && !chamber) return null;
  const suffix = CORRECTION_SUFFIX.exec(id);
  // kst ids end in a document number, never in n1/h1; only treat the suffix as a correction elsewhere.
  const correction = family !== 'kst' && suffix ? suffix[1]! : null;
  const baseId = correction ? id.slice(0, -(correction.length + 1)) : id;
  return { id, baseId, family, chamber, correction };
}

/** The document body as KOOP renders it, or the main content, or the body. */
export function contentRoot(doc: Document): Element | null {
  return (
    doc.querySelector('#broodtekst') ??
    doc.querySelector('.broodtekst-container, .stuk') ??
    doc.querySelector('#content, main, [role="main"]') ??
    doc.body
  );
}

const QUESTION_HEADING = /^\s*vra(?:ag|gen)\s+\d/i;
const ANSWER_HEADING = /^\s*antwoord(?:en)?\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?\d/i;
const NOTICE_TEXT = /^\s*mededeling\b/i;

interface BodySignals {
  questions: boolean;
  answers: boolean;
  notice: boolean;
  signals: string[];
}

const NO_BODY: BodySignals = { questions: false, answers: false, notice: false, signals: [] };

/**
 * What the body of a Kamervragen or Aanhangsel page says: Q/A blocks by class or by heading text,
 * a delay notice. Only those pages take their kind from the body.
 */
function readBody(doc: Document): BodySignals {
  const root = contentRoot(doc);
  const signals: string[] = [];
  if (!root) return NO_BODY;
  let questions = root.querySelector('div.vraag') !== null;
  let answers = root.querySelector('div.antwoord') !== null;
  if (questions) signals.push('body:div.vraag');
  if (answers) signals.push('body:div.antwoord');
  if (!questions || !answers) {
    for (const el of Array.from(root.querySelectorAll('h2, h3, h4, p.nummer, p, strong'))) {
      const text = el.textContent ?? '';
      if (text.length > 60) continue;
      if (!questions && QUESTION_HEADING.test(text)) {
        questions = true;
        signals.push('body:heading-vraag');
      }
      if (!answers && ANSWER_HEADING.test(text)) {
        answers = true;
        signals.push('body:heading-antwoord');
      }
      if (questions && answers) break;
    }
  }
  let notice = root.querySelector('div.kamervraagopmerking') !== null;
  if (notice) signals.push('body:div.kamervraagopmerking');
  if (!notice && !answers) {
    const first = root.querySelector('p:not(.kamervraagomschrijving)');
    if (first && NOTICE_TEXT.test(first.textContent ?? '')) {
      notice = true;
      signals.push('body:mededeling');
    }
  }
  return { questions, answers, notice, signals };
}

function kindOf(family: DocumentFamily, body: BodySignals): DocumentKind {
  if (family === 'kv') return 'question';
  if (family === 'ah') {
    if (body.answers) return 'answer';
    if (body.notice) return 'notice';
    // An Aanhangsel page with questions but no answers yet is still the answer document.
    return 'answer';
  }
  return 'other';
}

/**
 * Which parliamentary document is this page? Combines the URL id, the `DC.identifier` meta tag, the
 * `OVERHEIDop.*` meta tags and the body. Returns null for anything that is not ours, so the page is
 * left untouched. Dates come from the meta tags only (`withIntroDates` adds the intro's).
 */
export function identifyPage(url: string, doc: Document): PageInfo | null {
  const signals: string[] = [];
  const metas = readMetaTags(doc);
  const fromUrl = idFromUrl(url);
  const fromMeta = metas.all('DC.identifier').find((v) => parseId(v) !== null) ?? null;
  if (fromUrl) signals.push('url');
  if (fromMeta) signals.push('meta:DC.identifier');
  // The meta tag names the document itself; the URL can carry odd prefixes (/behandelddossier/…).
  const parsed = parseId(fromMeta ?? fromUrl ?? '');
  if (!parsed) return null;

  // Each body query walks the whole document (45,000 elements on a 1.5 MB Handelingen page), so
  // only the pages whose kind the body decides are queried; a Kamerstuk is read by qaListSignals.
  const fromBody = parsed.family === 'kv' || parsed.family === 'ah';
  const body = fromBody ? readBody(doc) : NO_BODY;
  signals.push(...body.signals);
  const vraagnummerMeta = metas.first('OVERHEIDop.vraagnummer');
  const vraagnummer =
    vraagnummerMeta ??
    (parsed.family === 'kv' ? (/\d{4}Z\d{5}/.exec(parsed.baseId)?.[0] ?? null) : null);
  if (vraagnummerMeta) signals.push('meta:OVERHEIDop.vraagnummer');
  const aanhangsel = metas.all('OVERHEIDop.aanhangsel').filter((v) => parseId(v)?.family === 'ah');
  if (aanhangsel.length) signals.push('meta:OVERHEIDop.aanhangsel');
  // Only a Kamerstuk can be a list of questions and answers; other families are never scanned for it.
  const title = metas.first('DC.title');
  const listSignals = parsed.family === 'kst' ? qaListSignals(doc, contentRoot(doc), title) : [];
  signals.push(...listSignals);

  return {
    id: parsed.id,
    baseId: parsed.baseId,
    family: parsed.family,
    kind: kindOf(parsed.family, body),
    chamber: parsed.chamber,
    correction: parsed.correction,
    vraagnummer,
    aanhangselNummer:
      metas.first('OVERHEIDop.aanhangselNummer') ??
      (parsed.family === 'ah' ? (/-(\d+)$/.exec(parsed.baseId)?.[1] ?? null) : null),
    vergaderjaar:
      metas.first('OVERHEIDop.vergaderjaar') ??
      /^(?:ah|h)-(?:tk|ek)-(\d{4})(\d{4})-/.exec(parsed.baseId)?.slice(1, 3).join('-') ??
      null,
    aanhangsel,
    submitted: isoDateFrom(metas.first('OVERHEIDop.datumIndiening')),
    received: isoDateFrom(metas.first('OVERHEIDop.datumOntvangst')),
    issued:
      isoDateFrom(metas.first('DCTERMS.issued')) ?? isoDateFrom(metas.first('DCTERMS.available')),
    title,
    qaList: listSignals.length > 0,
    signals,
  };
}
