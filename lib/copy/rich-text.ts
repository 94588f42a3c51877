import type { Footnote } from '../model/types';
import { MARKER, ROLE } from '../dom/markers';

/**
 * The neutral form of copied text: paragraphs of inline runs. It is read from the page's own
 * elements once, then rendered to plain text, HTML and Markdown, so the three flavours always agree.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  /** A footnote reference; `label` is the number the page shows ("2"). */
  | { kind: 'note'; label: string; footnoteId: string };

export type Paragraph = Inline[];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Our own UI inside a block (copy buttons, previews) is not part of the copied text. */
const SKIPPED_ROLES: ReadonlySet<string> = new Set([
  ROLE.actions,
  ROLE.toolbar,
  ROLE.preview,
  ROLE.tooltip,
  ROLE.help,
  ROLE.timeline,
  ROLE.unanswered,
]);
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'BUTTON',
  'NOSCRIPT',
]);

/** Collapse runs of ordinary whitespace; a no-break space (dates, dossier numbers) is kept on purpose. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/** Finds the footnote that an in-text link (`href="#n2"`) points to. */
function findFootnote(footnotes: readonly Footnote[], fragment: string): Footnote | undefined {
  return footnotes.find(
    (f) =>
      f.id === fragment ||
      f.element.id === fragment ||
      f.element.id === `supernote-note-${fragment}` ||
      Array.from(f.element.querySelectorAll('[id]')).some((el) => el.id === fragment),
  );
}

function pushText(out: Inline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

function walk(node: Node, out: Inline[], footnotes: readonly Footnote[], baseUrl: string): void {
  if (node.nodeType === TEXT_NODE) {
    pushText(out, node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const role = el.getAttribute(MARKER);
  if ((role && SKIPPED_ROLES.has(role)) || SKIPPED_TAGS.has(el.tagName.toUpperCase())) return;
  if (el.tagName.toUpperCase() === 'BR') {
    pushText(out, ' ');
    return;
  }
  if (el.tagName.toUpperCase() === 'A') {
    const href = el.getAttribute('href') ?? '';
    const text = collapseSpaces(el.textContent ?? '');
    if (href.startsWith('#')) {
      const note = findFootnote(footnotes, decodeFragment(href.slice(1)));
      if (note) {
        out.push({ kind: 'note', label: note.label || text.trim(), footnoteId: note.id });
        return;
      }
    } else if (href) {
      let absolute: string;
      try {
        absolute = new URL(href, baseUrl).href;
      } catch {
        absolute = '';
      }
      if (absolute && text.trim()) {
        out.push({ kind: 'link', text, href: absolute });
        return;
      }
    }
  }
  for (const child of Array.from(el.childNodes)) walk(child, out, footnotes, baseUrl);
}

/** Trim the paragraph's outer whitespace and collapse the inner runs, keeping inline structure. */
function normalize(inlines: Inline[]): Paragraph {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'note') out.push(inline);
    else if (inline.kind === 'link') out.push({ ...inline, text: collapseSpaces(inline.text) });
    else pushText(out, collapseSpaces(inline.text));
  }
  const first = out[0];
  if (first && first.kind !== 'note') first.text = first.text.replace(/^ +/, '');
  const last = out[out.length - 1];
  if (last && last.kind !== 'note') last.text = last.text.replace(/ +$/, '');
  return out.filter((i) => i.kind === 'note' || i.text !== '');
}

/**
 * Read one page element (a `<p>`, a list item, a whole block) as a paragraph. `baseUrl` resolves
 * relative links ("kst-35300-A-15.html") to absolute ones, so they still work after pasting.
 */
export function readParagraph(
  el: Element,
  footnotes: readonly Footnote[],
  baseUrl: string,
): Paragraph {
  const raw: Inline[] = [];
  walk(el, raw, footnotes, baseUrl);
  return normalize(raw);
}

/** A paragraph from plain text, for blocks that have no page elements (XML strategy). */
export function textParagraph(text: string): Paragraph {
  return normalize([{ kind: 'text', text }]);
}

/** `n%202` → `n 2`; a malformed escape (`#%E0%A4%A`) is taken as written, never a URIError. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
