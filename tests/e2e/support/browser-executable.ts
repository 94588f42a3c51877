import { accessSync, constants, statSync } from 'node:fs';

/**
 * The browsers the demo, the E2E tests and the benchmark start, where they are looked for, and how
 * to get them: a missing browser is then one line that says so, not a launcher's stack trace.
 */
export type BrowserKind = 'chromium' | 'firefox';

interface BrowserSpec {
  label: string;
  /** Environment variable that points at another executable. */
  envVar: string;
  defaultPath: string;
  install: string;
}

export const BROWSER_SPECS: Record<BrowserKind, BrowserSpec> = {
  chromium: {
    label: 'Chromium',
    envVar: 'CHROME_PATH',
    defaultPath: '/usr/bin/chromium',
    install: 'apt-get install -y chromium',
  },
  firefox: {
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    defaultPath: '/usr/bin/firefox-esr',
    install: 'apt-get install -y firefox-esr',
  },
};

/** A browser executable that is not there; its message is the whole story, in one line. */
export class MissingBrowserError extends Error {
  override name = 'MissingBrowserError';
}

/** A regular file this process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path the browser would be started from (the environment variable, else the default). */
export function browserPath(kind: BrowserKind, env: NodeJS.ProcessEnv = process.env): string {
  const spec = BROWSER_SPECS[kind];
  return env[spec.envVar] || spec.defaultPath;
}

/**
 * The executable to start for `kind`, or a MissingBrowserError naming the executable looked for,
 * the variable that chose it, and how to install it.
 */
export function resolveBrowser(
  kind: BrowserKind,
  env: NodeJS.ProcessEnv = process.env,
  isExecutable: (path: string) => boolean = isExecutableFile,
): string {
  const spec = BROWSER_SPECS[kind];
  const path = browserPath(kind, env);
  if (isExecutable(path)) return path;
  const chosen = env[spec.envVar]
    ? `${spec.envVar}=${path}`
    : `${path} (set ${spec.envVar} to use another)`;
  throw new MissingBrowserError(
    `${spec.label} is missing: no executable at ${chosen}. Install it with \`${spec.install}\`, or set ${spec.envVar} to a ${spec.label} executable.`,
  );
}
