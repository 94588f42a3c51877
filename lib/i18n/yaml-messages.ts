/**
 * A reader for the small YAML subset our message catalogs use: nested maps of `key: value`, values
 * plain, 'single-' or "double-quoted", comment lines. It lets the UI-language override ship the
 * catalogs inside the bundle without a full YAML parser (tens of kB in every entrypoint). A unit
 * test checks that it reads locales/*.yml exactly as @wxt-dev/i18n's build does.
 */

/** Flat map from dotted key (`popup.title`) to message. */
export type Catalog = Record<string, string>;

const LINE = /^( *)([A-Za-z0-9_@-]+):(?: +(.*))?$/;

function unquote(raw: string, lineNo: number): string {
  const value = raw.trim();
  if (value.startsWith("'")) {
    if (!value.endsWith("'") || value.length < 2)
      throw new Error(`line ${lineNo}: unterminated quote`);
    return value.slice(1, -1).replace(/''/g, "'");
  }
  if (value.startsWith('"')) {
    if (!value.endsWith('"') || value.length < 2)
      throw new Error(`line ${lineNo}: unterminated quote`);
    return value
      .slice(1, -1)
      .replace(/\\(["\\nt])/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
  }
  if (/^[|>&*!%@`{[]/.test(value))
    throw new Error(`line ${lineNo}: YAML feature not supported here: ${value}`);
  // A comment after a plain value starts with " #".
  return value.replace(/ +#.*$/, '');
}

export function parseYamlMessages(text: string): Catalog {
  const out: Catalog = {};
  const stack: { indent: number; key: string }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(#.*)?$/.test(line)) return;
    const m = LINE.exec(line);
    if (!m) throw new Error(`line ${i + 1}: not a "key: value" line`);
    const indent = m[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const path = [...stack.map((s) => s.key), m[2]!].join('.');
    if (m[3] === undefined || m[3].trim() === '') stack.push({ indent, key: m[2]! });
    else out[path] = unquote(m[3], i + 1);
  });
  return out;
}
