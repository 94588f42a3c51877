import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../entrypoints/kamerlens.content/context';
import type { FeatureContext } from '../../../entrypoints/kamerlens.content/feature';
import { questionPage } from '../../../entrypoints/kamerlens.content/features/question-page';
import { parseDocument } from '../../../lib/model/parse';
import { detectPage } from '../../../lib/page/detect';
import { mergeSettings, type StoredSettings } from '../../../lib/settings';
import { SITE, fakeSite, pageHtml } from '../sources/fixtures';

const QUESTION = 'kv-tk-2022Z04510';
const ANSWER = 'ah-tk-20212022-3019';
const NOTICE = 'ah-tk-20212022-mededeling-placeholder';
const answerSite = () =>
  fakeSite({
    [`/${ANSWER}.html`]: pageHtml(ANSWER),
    [`/${NOTICE}.html`]: pageHtml(NOTICE),
  });

const undos: Array<() => void> = [];
afterEach(() => {
  while (undos.length) undos.pop()!();
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

/** The question page as the test window's document, and the context the controller would give. */
function featureContext(stored: StoredSettings, html = pageHtml(QUESTION)): FeatureContext {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(
    document.importNode(parsed.documentElement, true),
    document.documentElement,
  );
  const page = detectPage(`${SITE}/${QUESTION}.html`, document)!;
  const ctx = new ContentScriptContext('question-page-test');
  undos.push(() => ctx.abort());
  return {
    page,
    model: parseDocument(page, document),
    document,
    signal: ctx.signal,
    ctx,
    settings: mergeSettings(stored),
    shared: {},
  };
}

async function run(context: FeatureContext) {
  if (questionPage.enabled && !questionPage.enabled(context)) return null;
  const undo = await questionPage.run(context);
  if (undo) undos.push(undo);
  return undo ?? null;
}

const card = () => document.querySelector('[data-kamerlens="timeline"]')?.shadowRoot ?? null;
const cardText = () => card()?.textContent?.replace(/\s+/g, ' ') ?? '';
const answerCells = () => document.querySelectorAll('[data-kamerlens="answer"]');

describe('question page feature on kv-tk-2022Z04510 honours the settings', () => {
  it('defaults: loads the answer and notice, shows the card and the 14 answers with their source', async () => {
    const site = answerSite();
    vi.stubGlobal('fetch', site.fetchImpl);
    await run(featureContext({}));
    await vi.waitFor(() => expect(answerCells()).toHaveLength(14));
    expect(site.count(`/${ANSWER}.html`)).toBe(1);
    expect(answerCells()[0]!.querySelector('.kamerlens-source')?.textContent).toBe(
      'Antwoord uit Aanhangsel Handelingen II 2021/22, nr. 3019',
    );
    await vi.waitFor(() => expect(cardText()).toContain('Beantwoord8 juni 2022'));
  });

  it('crossDocument off: not one request for another document, no grid; the card says it did not look', async () => {
    const site = answerSite();
    vi.stubGlobal('fetch', site.fetchImpl);
    const undo = await run(featureContext({ crossDocument: false }));
    expect(undo).not.toBeNull();
    expect(card()).not.toBeNull();
    expect(cardText()).toContain('Ingezonden10 maart 2022');
    expect(cardText()).toContain('niet opgezocht (uitgezet in de instellingen)');
    expect(cardText()).toContain('onbekend: het antwoord is niet geladen');
    expect(cardText()).not.toMatch(/nog niet beantwoord|geladen…/);
    expect(site.requests).toEqual([]);
    expect(document.querySelector('[data-kamerlens="grid"]')).toBeNull();
  });

  it('timeline off: no card, the answers still beside their questions', async () => {
    vi.stubGlobal('fetch', answerSite().fetchImpl);
    await run(featureContext({ timeline: false }));
    expect(card()).toBeNull();
    await vi.waitFor(() => expect(answerCells()).toHaveLength(14));
    expect(document.querySelector('[data-kamerlens="timeline"]')).toBeNull();
  });

  it('timeline and crossDocument off: the feature does not run at all', async () => {
    const site = answerSite();
    vi.stubGlobal('fetch', site.fetchImpl);
    const context = featureContext({ timeline: false, crossDocument: false });
    expect(questionPage.enabled!(context)).toBe(false);
    // Side by side off leaves nothing for crossDocument to show without the card either.
    const noGrid = featureContext({ timeline: false, sideBySide: false });
    expect(questionPage.enabled!(noGrid)).toBe(false);
  });

  describe('open data, the last resort when page and metadata.xml name no answer', () => {
    // Test data only: the real question page without its two OVERHEIDop.aanhangsel tags.
    const silent = pageHtml(QUESTION).replace(/<meta name="OVERHEIDop\.aanhangsel"[^>]*>\n?/g, '');
    const odataMessages = () => {
      const seen: unknown[] = [];
      fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
        seen.push(message);
        return Promise.resolve({ ok: false, error: 'no-permission', status: null });
      });
      return seen;
    };

    it('openData off (the default): no open-data request, the card settles on "not found"', async () => {
      const site = fakeSite({});
      vi.stubGlobal('fetch', site.fetchImpl);
      const seen = odataMessages();
      await run(featureContext({}, silent));
      await vi.waitFor(() => expect(cardText()).toContain('geen antwoord gevonden'));
      expect(site.requests).toEqual([`/${QUESTION}/metadata.xml`]);
      expect(seen).toEqual([]);
    });

    it('openData on: one request for the zaak, through the background', async () => {
      vi.stubGlobal('fetch', fakeSite({}).fetchImpl);
      const seen = odataMessages();
      await run(featureContext({ openData: true }, silent));
      await vi.waitFor(() => expect(cardText()).toContain('geen antwoord gevonden'));
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ url: expect.stringContaining('2022Z04510') });
    });
  });
});
