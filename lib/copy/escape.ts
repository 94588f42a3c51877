/**
 * Escaping for the two markup flavours we put on the clipboard. Page text is never trusted: every
 * string that came from the page goes through one of these before it is joined into markup.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for use in HTML element content and in double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Only http(s) and mailto links survive into copied HTML/Markdown; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): string | null {
  return /^(https?:|mailto:)/i.test(href) ? href : null;
}

/**
 * Escape inline Markdown: characters that would start emphasis, code, links or raw HTML, plus the
 * characters that would turn the start of a line into a heading, quote or list item.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`);
  return inline.replace(
    /^(\s*)([#>+-]|\d+[.)])(?=\s|$)/,
    (_m, space: string, marker: string) => `${space}${marker.replace(/([#>+\-.)])$/, '\\$1')}`,
  );
}

/** A URL inside Markdown's `(…)`: spaces and parentheses would end it early. */
export function escapeMarkdownUrl(url: string): string {
  return url.replace(/[ ()]/g, (ch) => encodeURIComponent(ch));
}
