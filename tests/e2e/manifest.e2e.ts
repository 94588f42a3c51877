/**
 * The built production manifests (what `npm run build` and `npm run zip` ship) ask for https only:
 * no http or `*://` host permission, optional permission or content-script match anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIST, FIREFOX_DIST, requireBuild } from './support/build-output';

/** Every string in the manifest that names a URL pattern, with where it stands. */
function urlPatterns(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string')
    return /^[\w*-]+:\/\/|^<all_urls>$/.test(value) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => urlPatterns(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => urlPatterns(v, path ? `${path}.${k}` : k));
  return [];
}

describe.each([
  ['chrome-mv3', CHROME_DIST],
  ['firefox-mv2', FIREFOX_DIST],
])('the built %s manifest', (_name, dist) => {
  requireBuild(dist);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const patterns = urlPatterns(manifest);

  it('names the site and the open-data host, over https only', () => {
    const values = patterns.map(([, v]) => v);
    expect(values).toContain('https://zoek.officielebekendmakingen.nl/*');
    expect(values).toContain('https://gegevensmagazijn.tweedekamer.nl/*');
    expect(patterns.filter(([, v]) => !v.startsWith('https://'))).toEqual([]);
  });

  it('runs its content script on https pages of the site only', () => {
    const scripts = manifest.content_scripts as Array<{ matches: string[] }>;
    const matches = scripts.flatMap((s) => s.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\//);
  });
});

describe('the built firefox-mv2 manifest', () => {
  it('declares no required data collection, and the open-data opt-in as optional', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: {
        gecko: { data_collection_permissions: { required: string[]; optional?: string[] } };
      };
    };
    const declared = manifest.browser_specific_settings.gecko.data_collection_permissions;
    expect(declared.required).toEqual(['none']);
    // The same list the opt-in asks for (lib/settings.ts OPEN_DATA_COLLECTION, unit-tested).
    expect(declared.optional).toEqual(['browsingActivity', 'websiteContent']);
  });
});
