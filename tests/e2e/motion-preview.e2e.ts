/**
 * Motion previews in the built extension, headless Chromium.
 *
 * Two hosts on loopback under their real names (`--host-resolver-rules`): the official site over http
 * (the shared fixture server) and the open-data host over https, with a self-signed certificate made
 * at test time by openssl (`--ignore-certificate-errors` in the test browser only).
 *
 * Granting the optional host permission: a headless profile cannot click Chromium's permission
 * prompt. Verified here: `chrome.permissions.request` from the service worker fails ("must be called
 * during a user gesture"), and from an extension page it waits forever on the prompt. So the opt-in
 * profile loads a COPY of the built extension whose manifest lists the open-data host under
 * `host_permissions` instead of `optional_host_permissions`: Chromium grants that at install, and
 * `permissions.contains` (which the background checks on every request) then says yes, exactly as it
 * does after a user grants the prompt. The extension's code is the same file for file; only that one
 * manifest field differs. The `openData` setting is turned on in the profile's storage.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchFirefox } from './support/browsers';
import { CHROME_DIST, requireBuild } from './support/build-output';
import { SITE_HOST, startFixtureServer, type FixtureServer } from './support/fixture-server';

const ODATA_HOST = 'gegevensmagazijn.tweedekamer.nl';
const ANSWER_PAGE = 'ah-tk-20212022-3019.html';
const MOTION_PATH = '/kst-30821-90.html';
const HOST = '[data-kl-motion-preview="kst-30821-90"]';
const ODATA_FIXTURES = resolve(import.meta.dirname, '../fixtures/odata');

/** The open-data host on loopback over https: Document queries answered from the fixtures. */
interface ODataServer {
  port: number;
  requests: string[];
  /** Answer every request with this status (and an error body) until cleared. */
  failWith: number | null;
  close(): Promise<void>;
}

async function startODataServer(dir: string): Promise<ODataServer> {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      `/CN=${ODATA_HOST}`,
      '-addext',
      `subjectAltName=DNS:${ODATA_HOST}`,
    ],
    { stdio: 'ignore' },
  );
  const state: ODataServer = { port: 0, requests: [], failWith: null, close: async () => {} };
  const server: Server = createServer(
    { key: readFileSync(key), cert: readFileSync(cert) },
    (req, res) => {
      const url = new URL(req.url ?? '/', `https://${ODATA_HOST}`);
      state.requests.push(url.pathname + url.search);
      if (state.failWith) {
        res.writeHead(state.failWith, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"","message":"An error has occurred."}}');
        return;
      }
      const filter = url.searchParams.get('$filter') ?? '';
      const file =
        url.pathname === '/OData/v4/2.0/Document' &&
        filter.includes('d/Nummer eq 30821 and d/Toevoeging eq null')
          ? 'motion-30821-90.json'
          : 'empty.json';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(readFileSync(join(ODATA_FIXTURES, file)));
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  state.port = (server.address() as AddressInfo).port;
  state.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
  return state;
}

/** A copy of the built extension whose manifest grants the open-data host at install (see the top). */
function optInCopy(dir: string): string {
  requireBuild(CHROME_DIST);
  const dist = join(dir, 'chrome-mv3-opt-in');
  cpSync(CHROME_DIST, dist, { recursive: true });
  const path = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
  const origins = manifest.optional_host_permissions ?? [];
  expect(origins).toContain(`https://${ODATA_HOST}/*`);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  manifest.optional_host_permissions = [];
  writeFileSync(path, JSON.stringify(manifest));
  return dist;
}

interface Profile {
  context: BrowserContext;
  worker: Worker;
}

async function launchProfile(
  dir: string,
  dist: string,
  site: number,
  odata: number,
): Promise<Profile> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1:${site},MAP ${ODATA_HOST} 127.0.0.1:${odata}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker };
}

/** Opens the answer page and waits for the motion's reference link (the references feature makes it). */
async function openAnswerPage(profile: Profile, server: FixtureServer): Promise<Page> {
  const page = await profile.context.newPage();
  await page.goto(server.siteUrl(ANSWER_PAGE), { waitUntil: 'load' });
  await page.waitForSelector('a[data-kamerlens="ref"][data-kl-target="kst-30821-90"]', {
    state: 'attached',
  });
  return page;
}

/** The card's text parts (the host's shadow root is open; Playwright's CSS engine pierces it). */
async function card(page: Page) {
  const part = (name: string) =>
    page
      .locator(`${HOST} [data-part="${name}"]`)
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
  return {
    title: await part('title'),
    indieners: await part('indieners'),
    dictum: await part('dictum'),
    date: await part('date'),
    vote: await part('vote'),
    voteError: await part('vote-error'),
  };
}

async function hoverMotion(page: Page): Promise<void> {
  const link = page.locator('a[data-kamerlens="ref"][data-kl-target="kst-30821-90"]').first();
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  await page.locator(`${HOST} [data-part="title"]`).waitFor({ timeout: 10_000 });
}

describe('motion preview, chromium', () => {
  let dir: string;
  let server: FixtureServer;
  let odata: ODataServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kamerlens-motion-'));
    server = await startFixtureServer();
    odata = await startODataServer(dir);
  });
  afterAll(async () => {
    await server?.close();
    await odata?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('without the open-data opt-in', () => {
    let profile: Profile;
    beforeAll(async () => {
      profile = await launchProfile(dir, CHROME_DIST, server.port, odata.port);
    });
    afterAll(async () => {
      await profile?.context.close().catch(() => undefined);
    });

    it('when the motion page answers 500, the card says so in one line and the link still works', async () => {
      server.override(MOTION_PATH, {
        status: 500,
        body: 'Internal Server Error',
        contentType: 'text/plain',
      });
      try {
        const page = await openAnswerPage(profile, server);
        const link = page.locator('a[data-kamerlens="ref"][data-kl-target="kst-30821-90"]').first();
        await link.scrollIntoViewIfNeeded();
        await link.hover();
        const line = page.locator(`${HOST} [data-part="page-error"]`);
        await line.waitFor({ timeout: 10_000 });
        expect(await line.textContent()).toBe(
          'De voorvertoning kon niet worden geladen; de link werkt nog.',
        );
        // The link is untouched: a click is not cancelled by us (the test cancels it afterwards).
        const notCancelled = await page.evaluate(() => {
          const a = document.querySelector(
            'a[data-kamerlens="ref"][data-kl-target="kst-30821-90"]',
          )!;
          let seen: boolean | null = null;
          const record = (e: Event) => {
            seen = !e.defaultPrevented;
            e.preventDefault();
          };
          window.addEventListener('click', record, { once: true });
          a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
          return seen;
        });
        expect(notCancelled).toBe(true);
        expect(await link.getAttribute('href')).toBe(
          'https://zoek.officielebekendmakingen.nl/kst-30821-90.html',
        );
        await page.close();
      } finally {
        server.clearOverrides();
      }
    });

    it('requests nothing before hover; hovering shows title, indieners and dictum; one request per page view', async () => {
      server.resetCounts();
      odata.requests.length = 0;
      const page = await openAnswerPage(profile, server);
      expect(await page.locator(HOST).count()).toBe(0);
      expect(server.requestCount(MOTION_PATH)).toBe(0);

      await hoverMotion(page);
      const c = await card(page);
      expect(c.title).toBe(
        'Motie van de leden Buitenweg en Verhoeven over onderzoek naar surveillanceapparatuur van Chinese bedrijven',
      );
      expect(c.indieners).toBe('Ingediend door Buitenweg en Verhoeven');
      expect(c.dictum).toContain('verzoekt de regering');
      expect(c.date).toBe('25 juni 2019');
      // Open data is off: no vote part, no request to that host.
      expect(c.vote).toBeNull();
      expect(c.voteError).toBeNull();
      expect(odata.requests).toEqual([]);

      // Escape closes; hovering again shows the card without a second request.
      await page.keyboard.press('Escape');
      await page.locator(HOST).waitFor({ state: 'detached' });
      await page.mouse.move(0, 0);
      await hoverMotion(page);
      expect(server.requestCount(MOTION_PATH)).toBe(1);
      await page.close();
    });

    it('opens on keyboard focus too', async () => {
      const page = await openAnswerPage(profile, server);
      await page.locator('a[data-kamerlens="ref"][data-kl-target="kst-30821-90"]').first().focus();
      await page.locator(`${HOST} [data-part="title"]`).waitFor({ timeout: 10_000 });
      const dialog = page.locator(`${HOST} [role="dialog"]`);
      expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
      await page.keyboard.press('Escape');
      await page.locator(HOST).waitFor({ state: 'detached' });
      await page.close();
    });
  });

  describe('with the open-data opt-in granted in the test profile', () => {
    let profile: Profile;
    beforeAll(async () => {
      profile = await launchProfile(dir, optInCopy(dir), server.port, odata.port);
      // Expressions as strings: the worker has `chrome`, this file's types do not.
      const granted = await profile.worker.evaluate(
        `chrome.permissions.contains({ origins: ['https://${ODATA_HOST}/*'] })`,
      );
      expect(granted).toBe(true);
      // lib/settings.ts keeps the settings object under `settings` in sync storage.
      await profile.worker.evaluate(`chrome.storage.sync.set({ settings: { openData: true } })`);
    });
    afterAll(async () => {
      await profile?.context.close().catch(() => undefined);
    });

    it('when the open-data host answers 500, says the result is unavailable and still shows the rest', async () => {
      odata.failWith = 500;
      odata.requests.length = 0;
      const page = await openAnswerPage(profile, server);
      expect(odata.requests).toEqual([]);
      await hoverMotion(page);
      await page.locator(`${HOST} [data-part="vote-error"]`).waitFor({ timeout: 15_000 });
      const c = await card(page);
      expect(c.voteError).toBe('Stemuitslag niet beschikbaar.');
      expect(c.title).toContain('Buitenweg en Verhoeven');
      expect(c.indieners).toBe('Ingediend door Buitenweg en Verhoeven');
      expect(c.dictum).toContain('verzoekt de regering');
      expect(odata.requests).toHaveLength(1);
      await page.close();
      odata.failWith = null;
    });

    it('shows the vote result, asking the open data once with the dossier-and-toevoeging filter', async () => {
      odata.requests.length = 0;
      server.resetCounts();
      const page = await openAnswerPage(profile, server);
      expect(odata.requests).toEqual([]);
      await hoverMotion(page);
      await page.locator(`${HOST} [data-part="vote"]`).waitFor({ timeout: 15_000 });
      const c = await card(page);
      expect(c.vote).toContain('Aangehouden op 2 juli 2019');
      expect(odata.requests).toHaveLength(1);
      expect(decodeURIComponent(odata.requests[0]!)).toContain(
        'Volgnummer eq 90 and Kamerstukdossier/any(d: d/Nummer eq 30821 and d/Toevoeging eq null)',
      );
      // The motion page was stored by the earlier page view of this profile: no request for it now.
      expect(server.requestCount(MOTION_PATH)).toBe(0);
      await page.close();
    });
  });

  describe('firefox (same build, without the opt-in)', () => {
    it('requests nothing before hover; hovering shows title, indieners and dictum', async () => {
      const firefox = await launchFirefox({ port: server.port });
      try {
        server.resetCounts();
        const page = await firefox.browser.newPage();
        await page.goto(server.siteUrl(ANSWER_PAGE), { waitUntil: 'load' });
        const selector = 'a[data-kamerlens="ref"][data-kl-target="kst-30821-90"]';
        await page.waitForSelector(selector, { timeout: 15_000 });
        expect(server.requestCount(MOTION_PATH)).toBe(0);
        const link = (await page.$(selector))!;
        await link.scrollIntoView();
        await link.hover();
        await page.waitForSelector(`${HOST} >>> [data-part="title"]`, { timeout: 15_000 });
        const parts = await page.$eval(HOST, (host) => {
          const text = (name: string) =>
            host.shadowRoot?.querySelector(`[data-part="${name}"]`)?.textContent ?? null;
          return { title: text('title'), indieners: text('indieners'), dictum: text('dictum') };
        });
        expect(parts.title).toContain('Buitenweg en Verhoeven');
        expect(parts.indieners).toBe('Ingediend door Buitenweg en Verhoeven');
        expect(parts.dictum).toContain('verzoekt de regering');
        expect(server.requestCount(MOTION_PATH)).toBe(1);
      } finally {
        await firefox.close();
      }
    });
  });
});
