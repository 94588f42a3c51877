import type { Citation } from './citation';
import type { CopyDocument } from './compose';
import { escapeHtml, escapeMarkdown, escapeMarkdownUrl, safeHref } from './escape';
import type { Inline, Paragraph } from './rich-text';

/** Every flavour of one copy; `markdown` goes into text/plain when the user prefers it. */
export interface ClipboardPayload {
  plain: string;
  html: string;
  markdown: string;
}

const NOTES_HEADING = 'Noten';
const SOURCE_LABEL = 'Bron';

// ---- plain text -------------------------------------------------------------------------------

function plainInline(i: Inline): string {
  return i.kind === 'note' ? `[${i.label}]` : i.text;
}

const plainParagraph = (p: Paragraph): string => p.map(plainInline).join('');

export function citationPlain(c: Citation): string {
  return `${c.text}, ${c.url}`;
}

function renderPlain(doc: CopyDocument): string {
  const blocks = doc.sections.map((s) =>
    [s.heading, ...s.paragraphs.map(plainParagraph)].join('\n\n'),
  );
  if (doc.endnotes.length > 0) {
    const notes = doc.endnotes.map(
      (n) => `[${n.label}] ${n.paragraphs.map(plainParagraph).join(' ')}`,
    );
    blocks.push([NOTES_HEADING, ...notes].join('\n'));
  }
  blocks.push(`${SOURCE_LABEL}: ${citationPlain(doc.citation)}`);
  return blocks.join('\n\n');
}

// ---- HTML -----------------------------------------------------------------------------------

function htmlInline(i: Inline): string {
  if (i.kind === 'note') return `<sup>${escapeHtml(i.label)}</sup>`;
  if (i.kind === 'text') return escapeHtml(i.text);
  const href = safeHref(i.href);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text);
}

const htmlParagraph = (p: Paragraph): string => `<p>${p.map(htmlInline).join('')}</p>`;

export function citationHtml(c: Citation): string {
  const href = escapeHtml(c.url);
  return `${escapeHtml(c.text)}, <a href="${href}">${href}</a>`;
}

function renderHtml(doc: CopyDocument): string {
  const parts: string[] = [];
  for (const s of doc.sections) {
    parts.push(
      `<p><strong>${escapeHtml(s.heading)}</strong></p>`,
      ...s.paragraphs.map(htmlParagraph),
    );
  }
  if (doc.endnotes.length > 0) {
    parts.push(`<p><strong>${NOTES_HEADING}</strong></p>`);
    for (const n of doc.endnotes) {
      const body = n.paragraphs.map((p) => p.map(htmlInline).join('')).join(' ');
      parts.push(`<p><sup>${escapeHtml(n.label)}</sup> ${body}</p>`);
    }
  }
  parts.push(`<p>${SOURCE_LABEL}: ${citationHtml(doc.citation)}</p>`);
  return parts.join('\n');
}

// ---- Markdown -------------------------------------------------------------------------------

/** Markdown footnote labels may not hold spaces or brackets. */
const noteLabel = (label: string): string => label.replace(/[^\p{L}\p{N}_-]/gu, '-');

function markdownInline(i: Inline): string {
  if (i.kind === 'note') return `[^${noteLabel(i.label)}]`;
  if (i.kind === 'text') return escapeMarkdown(i.text);
  const href = safeHref(i.href);
  return href ? `[${escapeMarkdown(i.text)}](${escapeMarkdownUrl(href)})` : escapeMarkdown(i.text);
}

const markdownParagraph = (p: Paragraph): string => p.map(markdownInline).join('');

export function citationMarkdown(c: Citation): string {
  return `${escapeMarkdown(c.text)}, <${escapeMarkdownUrl(c.url)}>`;
}

function renderMarkdown(doc: CopyDocument): string {
  const blocks: string[] = [];
  for (const s of doc.sections) {
    blocks.push(`**${escapeMarkdown(s.heading)}**`, ...s.paragraphs.map(markdownParagraph));
  }
  for (const n of doc.endnotes) {
    blocks.push(`[^${noteLabel(n.label)}]: ${n.paragraphs.map(markdownParagraph).join(' ')}`);
  }
  blocks.push(`${SOURCE_LABEL}: ${citationMarkdown(doc.citation)}`);
  return blocks.join('\n\n');
}

export function renderAll(doc: CopyDocument): ClipboardPayload {
  return { plain: renderPlain(doc), html: renderHtml(doc), markdown: renderMarkdown(doc) };
}
