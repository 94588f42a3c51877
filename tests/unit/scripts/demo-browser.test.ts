import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MissingBrowserError,
  isExecutableFile,
  resolveBrowser,
} from '../../e2e/support/browser-executable';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kamerlens-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, mode: number): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}

function failure(run: () => unknown): MissingBrowserError {
  try {
    run();
  } catch (error) {
    if (error instanceof MissingBrowserError) return error;
    throw error;
  }
  throw new Error('expected a MissingBrowserError');
}

describe('resolveBrowser: which browser executable, or one line saying which one is missing', () => {
  it('returns the executable CHROME_PATH names', () => {
    const path = file('chromium', 0o755);
    expect(resolveBrowser('chromium', { CHROME_PATH: path })).toBe(path);
  });

  it('names the variable, the path and the install command when CHROME_PATH points nowhere', () => {
    const error = failure(() => resolveBrowser('chromium', { CHROME_PATH: join(dir, 'nope') }));
    expect(error.message).toBe(
      `Chromium is missing: no executable at CHROME_PATH=${join(dir, 'nope')}. Install it with \`apt-get install -y chromium\`, or set CHROME_PATH to a Chromium executable.`,
    );
  });

  it('names the default path and the variable to set when nothing is set', () => {
    const error = failure(() => resolveBrowser('chromium', {}, () => false));
    expect(error.message).toContain(
      'no executable at /usr/bin/chromium (set CHROME_PATH to use another)',
    );
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('Firefox: FIREFOX_PATH and firefox-esr', () => {
    const error = failure(() => resolveBrowser('firefox', {}, () => false));
    expect(error.message).toMatch(/^Firefox is missing: no executable at \/usr\/bin\/firefox-esr /);
    expect(error.message).toContain('apt-get install -y firefox-esr');
    expect(error.message).toContain('FIREFOX_PATH');
  });

  it('a file that is not executable, or a directory, is not a browser', () => {
    expect(isExecutableFile(file('not-executable', 0o644))).toBe(false);
    expect(isExecutableFile(dir)).toBe(false);
    expect(isExecutableFile(file('executable', 0o755))).toBe(true);
  });
});

describe('npm run demo without its browser', { timeout: 90_000 }, () => {
  it('exits 1 with one line on stderr naming the executable, and no stack trace', () => {
    const missing = join(dir, 'no-chromium-here');
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--no-build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: missing, DISPLAY: '' },
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`CHROME_PATH=${missing}`);
    expect(lines[0]).toContain('apt-get install -y chromium');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
