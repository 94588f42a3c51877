import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
// Overridable so a run can use a private copy of a build while someone else rebuilds .output/.
export const CHROME_DIST = resolve(
  process.env.KAMERLENS_CHROME_DIST ?? join(ROOT, '.output/chrome-mv3'),
);
export const FIREFOX_DIST = resolve(
  process.env.KAMERLENS_FIREFOX_DIST ?? join(ROOT, '.output/firefox-mv2'),
);

export interface ContentScriptEntry {
  matches: string[];
  js?: string[];
  css?: string[];
}

/** Throws a message that says what to run when a build is missing or has no content script. */
export function requireBuild(dist: string): {
  manifest: { content_scripts?: ContentScriptEntry[] };
} {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `No built extension at ${dist}: run \`npm run build\` first (it writes .output/chrome-mv3 and .output/firefox-mv2).`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
  };
  if (!manifest.content_scripts?.length) {
    throw new Error(
      `The build at ${dist} has no content script: is entrypoints/kamerlens.content/ in place? Rebuild with \`npm run build\`.`,
    );
  }
  return { manifest };
}
