/**
 * Reads a motion's (or any Kamerstuk's) official page: title, date, indieners and, for a motion, its
 * dictum ("verzoekt de regering …"). KOOP markup first (meta tags, `h1.stuktitel`, `div.motie`,
 * `p.ondertekening`), page text as the fallback. Pure: Document in, data out.
 */
import { readMetaTags } from '../page/meta';

export interface MotionPage {
  /** `kst-30821-90`, from `DC.identifier`; null when the page does not say. */
  id: string | null;
  /** The document's own title ("Motie van de leden Buitenweg en Verhoeven over …"), or the stuktitel. */
  title: string;
  /** Dossier title without its number ("Nationale Veiligheid"), when the page has one. */
  dossierTitle: string | null;
  /** ISO date: "Voorgesteld …", the letter's date, or the publication date. */
  date: string | null;
  indieners: string[];
  isMotion: boolean;
  /** The operative part of a motion, one string per clause; empty when not a motion or not found. */
  dictum: string[];
}

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

/** Whitespace collapsed, non-breaking spaces included. */
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** "25 juni 2019" (anywhere in the string) → "2019-06-25". */
export function dutchDateToIso(text: string): string | null {
  const m =
    /(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})/i.exec(
      text.replace(/\u00a0/g, ' '),
    );
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS[m[2]!.toLowerCase()]!;
  if (day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The publication body: KOOP's `#broodtekst`, else the main region, else the body. */
function bodyOf(doc: Document): Element | null {
  return (
    doc.querySelector('#broodtekst') ??
    doc.querySelector('[role="main"], main, article') ??
    doc.body
  );
}

/** Text of an element without a leading number span ("Nr. 90", "30 821"). */
function textWithout(el: Element, skip: string): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(skip).forEach((n) => n.remove());
  return clean(copy.textContent);
}

// A motion's operative clauses start with one of these verbs (after "De Kamer, gehoord de beraadslaging").
const OPERATIVE =
  /^(?:\[Plaatshouder\]\s*)?(?:verzoekt|roept|draagt|spreekt(?:\s+als\s+haar\s+mening)?\s+uit|besluit|dringt|vraagt)\b/i;
const CLOSING = /^en gaat over tot de orde van de dag/i;

function dictumOf(paragraphs: string[]): string[] {
  const start = paragraphs.findIndex((p) => OPERATIVE.test(p));
  if (start < 0) return [];
  const out: string[] = [];
  for (const p of paragraphs.slice(start)) {
    if (CLOSING.test(p)) break;
    out.push(p);
  }
  return out;
}

/** "MOTIE VAN DE LEDEN BUITENWEG EN VERHOEVEN" → ["Buitenweg", "Verhoeven"]; "… HET LID VAN DER LEE C.S." → ["Van der Lee"]. */
export function indienersFromStuktitel(stuktitel: string): string[] {
  const m = /\bVAN\s+(?:DE\s+LEDEN|HET\s+LID)\s+(.+?)(?:\s+TER\s+VERVANGING\b.*)?$/i.exec(
    clean(stuktitel),
  );
  if (!m) return [];
  const names = m[1]!
    .replace(/\s+C\.S\.?$/i, '')
    .split(/\s*,\s*|\s+EN\s+/i)
    .map((n) => n.trim())
    .filter(Boolean);
  // Titles are in capitals; names read better in their usual case ("Van der Lee").
  const small = new Set(['van', 'der', 'de', 'den', 'het', 'ten', 'ter', 'te', "'t"]);
  return names.map((n) =>
    n
      .toLowerCase()
      .split(/(\s+|-)/)
      .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(''),
  );
}

/**
 * Parses a Kamerstuk page. Returns null when the document is not a publication page at all
 * (no identifier, no title, no body text): the caller reports that as malformed.
 */
export function parseMotionPage(doc: Document): MotionPage | null {
  const body = bodyOf(doc);
  // The meta tags read once; each name's contents cleaned as they are asked for.
  const tags = readMetaTags(doc);
  const metas = (name: string): string[] => tags.all(name).map(clean);
  const id = metas('DC.identifier')[0] ?? null;
  const stuktitelEl = doc.querySelector('h1.stuktitel');
  const stuktitel = stuktitelEl ? textWithout(stuktitelEl, '.stuknr, a[name]') : '';
  const dossierEl = doc.querySelector('h1.dossiertitel');
  const dossierTitle = dossierEl ? textWithout(dossierEl, '.dossiernr, a[name]') || null : null;

  // DC.title is "Dossier; Soort; Titel" on many pages: the last part is the document's own title.
  const dcTitle = metas('DC.title')[0] ?? '';
  const titleParts = dcTitle.split(';').map(clean).filter(Boolean);
  const title =
    titleParts[titleParts.length - 1] ??
    (stuktitel ||
      clean(doc.querySelector('h1')?.textContent) ||
      clean(doc.title).split('|')[0]!.trim());

  const motieBlock = body?.querySelector('div.motie') ?? null;
  const scope = motieBlock ?? body;
  const paragraphs = scope
    ? [...scope.querySelectorAll('p')].map((p) => clean(p.textContent)).filter(Boolean)
    : [];
  const bodyText = clean(body?.textContent);
  if (!id && !title && bodyText === '') return null;
  // The site answers some missing documents with a normal page that says so.
  if (!id && /pagina niet gevonden/i.test(bodyText)) return null;
  if (!id && !stuktitelEl && !motieBlock && paragraphs.length === 0) return null;

  const isMotion =
    /\bmotie\b/i.test(stuktitel) ||
    motieBlock !== null ||
    titleParts.some((p) => /^motie\b/i.test(p)) ||
    metas('DC.type').some((t) => /^motie/i.test(t));
  const dictum = isMotion ? dictumOf(paragraphs) : [];

  // Indieners: the meta tags, else the signatures, else the stuktitel.
  let indieners = metas('OVERHEIDop.indiener');
  if (indieners.length === 0 && scope) {
    indieners = [...scope.querySelectorAll('p.ondertekening')]
      .filter((p) => !p.querySelector('.functie'))
      .map((p) => clean(p.querySelector('.naam')?.textContent ?? p.textContent))
      .filter((n) => n !== '' && n.length < 60);
  }
  if (indieners.length === 0) indieners = indienersFromStuktitel(stuktitel);

  const datedParagraph = paragraphs.find((p) => /^(?:voorgesteld|vastgesteld|den haag,)/i.test(p));
  const date =
    (datedParagraph ? dutchDateToIso(datedParagraph) : null) ??
    dutchDateToIso(
      clean(doc.querySelector('p.dagtekening, p.voorgesteld, p.vastgesteld')?.textContent),
    ) ??
    metas('DCTERMS.issued')[0]?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ??
    null;

  return { id, title, dossierTitle, date, indieners, isMotion, dictum };
}

/** Parses fetched HTML. Null for HTML that holds no publication (malformed or an error page). */
export function parseMotionHtml(html: string): MotionPage | null {
  if (typeof html !== 'string' || !/<(?:html|body|meta|div|p)\b/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return parseMotionPage(doc);
}
