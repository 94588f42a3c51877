/**
 * `npm run lint:ext`: addons-linter (through web-ext, offline) on the Firefox build. Fails on any
 * error, and on any warning that docs/store.md does not explain. The explained warnings are
 * Preact's own `dangerouslySetInnerHTML` branch and the loader's import of the main module, each
 * recognized by the code at the flagged position.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_DIST, ROOT, requireBuild } from '../tests/e2e/support/build-output';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

requireBuild(FIREFOX_DIST);
const run = spawnSync(
  join(ROOT, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--no-input'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
const start = run.stdout.indexOf('{');
if (start < 0) {
  console.error(run.stdout, run.stderr);
  throw new Error('web-ext lint printed no JSON report');
}
const report = JSON.parse(run.stdout.slice(start)) as {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
};

/** The bundled code around a warning's position. */
function codeAround(w: LintMessage, before: number, after: number): string {
  const line = readFileSync(join(FIREFOX_DIST, w.file!), 'utf8').split('\n')[w.line! - 1] ?? '';
  const at = w.column ?? 0;
  return line.slice(Math.max(0, at - before), at + after);
}

/** Preact's renderer sets innerHTML only for `dangerouslySetInnerHTML`, which lint forbids in our code. */
function isPreactInnerHtmlBranch(w: LintMessage): boolean {
  // The bundler puts Preact in the main module's chunks and in a chunk shared by popup and options.
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line) return false;
  if (!/^(content-scripts|content-app|chunks)\//.test(w.file)) return false;
  const around = codeAround(w, 400, 100);
  return around.includes('dangerouslySetInnerHTML') && /innerHTML=\w+\.__html/.test(around);
}

/**
 * The loader imports the main module from the extension's own files: `import(runtime.getURL(path))`
 * with a constant path (lib/app-module.ts). The linter flags any import() whose argument is not a
 * string literal.
 */
function isAppModuleImport(w: LintMessage): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line) return false;
  if (!w.file.startsWith('content-scripts/') || !/\bimport\b/.test(w.message)) return false;
  // Minified names are any identifier, `$` included.
  return /import\([\w$]+\(\)\.getURL\([\w$]+\)\)/.test(codeAround(w, 100, 100));
}

const explained = (w: LintMessage): string | null =>
  isPreactInnerHtmlBranch(w)
    ? 'Preact library code'
    : isAppModuleImport(w)
      ? "the loader's import of the main module"
      : null;

const where = (m: LintMessage) => `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
const unexplained = report.warnings.filter((w) => explained(w) === null);
for (const m of report.errors) console.log(`error    ${m.code}  ${where(m)}  ${m.message}`);
for (const m of report.warnings) {
  const why = explained(m);
  const note = why ? `  (explained in docs/store.md: ${why})` : '';
  console.log(`warning  ${m.code}  ${where(m)}  ${m.message}${note}`);
}
for (const m of report.notices) console.log(`notice   ${m.code}  ${where(m)}  ${m.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
if (report.errors.length || unexplained.length) process.exit(1);
