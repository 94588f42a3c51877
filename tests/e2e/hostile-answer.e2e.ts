/**
 * A hostile answer page on the same site: the question page kv-tk-2022Z04510 imports the answers of
 * `/ah-tk-20212022-3019.html`, served here as the constructed hostile variant
 * (tests/fixtures/hostile). Every handler in it would set a global, the title, log a console error
 * and fetch `/kl-probe/<name>` if it ran; frames, objects, styles and forms would fetch their own
 * `/kl-probe/…` address. None may run or load, and the grid may hold none of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { FIXTURES } from './support/fixture-server';
import { settle, useBrowser, waitForGrid } from './support/suite';

const HOSTILE = readFileSync(join(FIXTURES, 'hostile', 'ah-tk-20212022-3019.html'), 'utf8');
/** Same-origin images without handlers may load; nothing else under /kl-probe/ may be asked for. */
const ALLOWED_LOADS = new Set([
  '/kl-probe/img-allowed.png',
  '/kl-probe/img-onerror-missing.png',
  '/kl-probe/note-img-missing.png',
]);
const PROBES = [...new Set(HOSTILE.match(/\/kl-probe\/[\w.-]+/g) ?? [])].filter(
  (path) => !ALLOWED_LOADS.has(path),
);

/** Runs in the page: everything in the grid and the imported notes that could run or load. */
const dangersInPage = () => {
  const found: string[] = [];
  const roots = [
    document.querySelector('[data-kamerlens="grid"]'),
    ...Array.from(document.querySelectorAll('[data-kamerlens="imported"]')),
  ].filter((el): el is Element => el !== null);
  const forbidden =
    'script, style, iframe, frame, object, embed, form, input, button, svg, math, template, ' +
    'video, audio, source, details, link, meta, base, [srcdoc]';
  for (const root of roots) {
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
      if (el.matches(forbidden)) found.push(`<${el.localName}>`);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.localName}@${attr.name}`);
        if (/^\s*(javascript|data|vbscript):/i.test(attr.value))
          found.push(`${el.localName}@${attr.name}=${attr.value.slice(0, 24)}`);
      }
      if (el.closest('[data-kamerlens="imported"]') && el.hasAttribute('style'))
        found.push(`${el.localName}@style`);
    }
  }
  return found;
};

describe.each(BROWSERS)('a hostile answer imported into a question page, %s', (name) => {
  const env = useBrowser(name);
  beforeAll(() => {
    env.server.override('/ah-tk-20212022-3019.html', { body: HOSTILE });
  });

  it('no probe fires or loads, and the grid holds no handler, frame, form or javascript: URL', async () => {
    const page = await env.open('kv-tk-2022Z04510.html');
    const title = await page.evaluate(() => document.title, null);
    await waitForGrid(page);
    await page.waitFor(
      () =>
        document.querySelector('[data-kamerlens="grid"]')?.textContent?.includes('Ja, bevestigd.'),
      null,
      'the hostile answer text in the grid',
    );
    // The kept same-site image has loaded (or failed): a handler left on an image would have run.
    await page.waitFor(
      () =>
        Array.from(document.querySelectorAll<HTMLImageElement>('[data-kamerlens="grid"] img')).some(
          (img) => img.src.endsWith('/kl-probe/img-onerror-missing.png') && img.complete,
        ),
      null,
      'the imported image to finish loading',
    );
    await settle(page);
    // SVG animations begin at once, focus handlers on load; give the browser a few frames more.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 500))),
      null,
    );

    expect(PROBES.length).toBeGreaterThan(15);
    expect(
      await page.evaluate(() => (window as { __klFired?: unknown }).__klFired ?? null, null),
    ).toBeNull();
    expect(await page.evaluate(() => document.title, null)).toBe(title);
    expect(page.errors.filter((e) => e.includes('KL-FIRED'))).toEqual([]);
    const loaded = PROBES.filter((path) => env.server.requestCount(path) > 0);
    expect(loaded).toEqual([]);
    expect(await page.evaluate(dangersInPage, null)).toEqual([]);
    // The answers are there, rebuilt: text kept, the site's own link kept as an https link.
    const links = await page.evaluate(
      () =>
        Array.from(
          document.querySelectorAll('[data-kamerlens="imported"] a[href]:not([data-kamerlens])'),
        ).map((a) => a.getAttribute('href')),
      null,
    );
    expect(links).toContain('https://zoek.officielebekendmakingen.nl/kst-30821-90.html');
    expect(
      links.every(
        (href) =>
          href!.startsWith('#') || href!.startsWith('https://zoek.officielebekendmakingen.nl/'),
      ),
    ).toBe(true);
    await page.close();
  });
});
