/**
 * `npm run --silent analyze -- <file> [--url URL] [--date YYYY-MM-DD]` and `… -- --jsonl`:
 * runs the extension's own lib/ code in Node on a saved page or on plain text (DESIGN.md contract).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeDocument, analyzeText, type AnalysisResult } from '../lib/analyze';
import { isIsoDate } from '../lib/calendar';

const SITE = 'https://zoek.officielebekendmakingen.nl/';

class InputError extends Error {}

function analyzeHtml(html: string, url: string): AnalysisResult {
  // Page scripts never run; the page's own console noise is dropped.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return analyzeDocument(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

function option(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) throw new InputError(`${name} needs a value`);
  return value;
}

function checkDate(date: string | null): string | null {
  if (date !== null && !isIsoDate(date))
    throw new InputError(`--date must be a real date as YYYY-MM-DD, got "${oneLine(date)}"`);
  return date;
}

/** Text for a one-line message: control characters and line breaks shown as spaces, kept short. */
function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

/** A saved page or a text file holds no NUL byte; one that does is binary (an image, a PDF, a zip). */
function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new InputError(`cannot read ${oneLine(file)}`);
  }
  if (bytes.includes(0)) throw new InputError(`${oneLine(file)} is binary, not text or html`);
  return bytes.toString('utf8');
}

function analyzeFile(args: string[]): AnalysisResult {
  const file = args.find(
    (a, i) => !a.startsWith('--') && !['--url', '--date'].includes(args[i - 1] ?? ''),
  );
  if (!file)
    throw new InputError(
      'usage: analyze <file.html|file.txt> [--url URL] [--date YYYY-MM-DD] | --jsonl',
    );
  const content = readTextFile(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const url = option(args, '--url') ?? SITE + basename(file);
    try {
      new URL(url);
    } catch {
      throw new InputError(`--url is not a URL: "${oneLine(url)}"`);
    }
    return analyzeHtml(content, url);
  }
  if (ext === '.txt') return analyzeText(content, checkDate(option(args, '--date')));
  throw new InputError(
    `unknown input type "${oneLine(ext || basename(file))}": give a .html, .htm or .txt file`,
  );
}

function analyzeLine(line: string): AnalysisResult {
  if (line.includes('\u0000')) throw new InputError('line holds a NUL byte: binary, not JSON');
  const input: unknown = JSON.parse(line);
  if (typeof input !== 'object' || input === null)
    throw new InputError('line is not a JSON object');
  const { text, html, url, date } = input as Record<string, unknown>;
  for (const value of [text, html])
    if (typeof value === 'string' && value.includes('\u0000'))
      throw new InputError('input holds a NUL character: binary, not text');
  if (typeof html === 'string') {
    if (typeof url !== 'string') throw new InputError('"html" needs a "url"');
    return analyzeHtml(html, url);
  }
  if (typeof text === 'string') {
    return analyzeText(text, checkDate(typeof date === 'string' ? date : null));
  }
  throw new InputError('line needs "text" or "html"');
}

async function batch(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let out: unknown;
    try {
      out = analyzeLine(line);
    } catch (error) {
      out = { error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--jsonl')) return batch();
  process.stdout.write(JSON.stringify(analyzeFile(args), null, 2) + '\n');
}

main().catch((error: unknown) => {
  const message =
    error instanceof InputError
      ? error.message
      : `failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`analyze: ${oneLine(message)}\n`);
  process.exit(2);
});
