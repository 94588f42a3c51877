/**
 * The content script and `analyze` share one recognition context (lib/recognition/context.ts): on
 * every fixture page both paths must give the very same references. The content-script path is the
 * real references feature annotating the page; the `analyze` path is the function analyzeDocument
 * reports from. Every link the feature makes must be a reference `analyze` reports with a URL,
 * and the other way round, in the same order, with the same kind, text, target, date and URL.
 * The content script asks the background to recognize; both its answers and its absence (the page
 * recognizes itself then) are held to the same result.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageContext } from '@/entrypoints/kamerlens.content/context';
import { references } from '@/entrypoints/kamerlens.content/features/references';
import { pageMatches } from '@/lib/analyze';
import { urlForMatch } from '@/lib/links';
import { parseDocument } from '@/lib/model/parse';
import { detectPage } from '@/lib/page/detect';
import { pageContext } from '@/lib/recognition/context';
import { answerRecognizeRequest, isRecognizeRequest } from '@/lib/recognition/elsewhere';
import { DEFAULT_SETTINGS, mergeSettings } from '@/lib/settings';
import { PAGES_DIR, loadPage } from '../helpers/fixture-page';

interface Found {
  kind: string;
  text: string;
  target: string | null;
  date: string | null;
  url: string;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** JSON in and out, as a message between the content script and the background travels. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A background that recognizes the content script's texts as the real one does (entrypoints/
 * background.ts); returns the requests it answered.
 */
function backgroundRecognizing(): unknown[] {
  const requests: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRecognizeRequest(message)) return undefined;
    requests.push(message);
    return Promise.resolve(overTheWire(answerRecognizeRequest(overTheWire(message))));
  });
  return requests;
}

/** What the content script links, read back from the page. */
async function contentScriptReferences(id: string, html?: string): Promise<Found[]> {
  const { url, document } = loadPage(id, html);
  const page = detectPage(url, document)!;
  const model = parseDocument(page, document);
  const settings = mergeSettings({});
  await references.run({
    page,
    model,
    document,
    signal: new AbortController().signal,
    ctx: {} as PageContext,
    settings,
    shared: {},
  });
  return Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-kamerlens="ref"]')).map(
    (a) => ({
      kind: a.getAttribute('data-kl-kind')!,
      text: flat(a.textContent ?? ''),
      target: a.getAttribute('data-kl-target') || null,
      date: a.querySelector('time')?.getAttribute('datetime') ?? null,
      url: a.getAttribute('href')!,
    }),
  );
}

/** What `analyze` reports (the references that have a URL: the ones a page can link). */
function analyzeReferences(id: string, html?: string): Found[] {
  const { url, document } = loadPage(id, html);
  const page = detectPage(url, document);
  const context = pageContext(page, page ? parseDocument(page, document) : null);
  return pageMatches(document, context).flatMap((m) => {
    const link = urlForMatch(m, { crossrefAnchor: context.crossrefAnchor });
    return link === null
      ? []
      : [{ kind: m.kind, text: flat(m.text), target: m.target, date: m.date, url: link }];
  });
}

const ALL_PAGES = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

// Generous: the 1.5 MB Handelingen page is annotated in jsdom, on a shared machine.
describe('content script and analyze: one recognition context', { timeout: 300_000 }, () => {
  it('every kind is switched on by default, so the content script links all it can', () => {
    expect(Object.values(DEFAULT_SETTINGS.references).every(Boolean)).toBe(true);
  });

  afterEach(() => fakeBrowser.reset());

  it.each(ALL_PAGES)('%s: identical references on both paths', async (id) => {
    // No background answers: the content script recognizes itself.
    const fromContent = await contentScriptReferences(id);
    const fromAnalyze = analyzeReferences(id);
    expect(fromContent.length).toBeGreaterThan(0);
    expect(fromContent).toEqual(fromAnalyze);
  });

  it.each(ALL_PAGES)('%s: identical references when the background recognizes', async (id) => {
    const requests = backgroundRecognizing();
    const fromContent = await contentScriptReferences(id);
    expect(requests.length).toBeGreaterThan(0);
    expect(fromContent).toEqual(analyzeReferences(id));
  });

  it('a relative date in a question resolves against its submission on both paths', async () => {
    // The real answer page with "28 mei jl." in question 1 (asked 10 maart 2022) and in answer 12
    // (received 8 juni 2022): 2021-05-28 in the question, 2022-05-28 in the answer.
    const { html } = loadPage('ah-tk-20212022-3019');
    const variant = html
      .replace(
        'Nederlandse politie bevestigen?',
        'Nederlandse politie bevestigen? Daarnaast is op 28 mei jl. het wetsvoorstel in consultatie gegaan.',
      )
      .replace('Daarnaast is op 28\u00a0februari jl.', 'Daarnaast is op 28\u00a0mei jl.');
    const dates = (found: Found[]) =>
      found.filter((f) => f.text === '28 mei jl.').map((f) => f.date);
    expect(dates(await contentScriptReferences('ah-tk-20212022-3019', variant))).toEqual([
      '2021-05-28',
      '2022-05-28',
    ]);
    expect(dates(analyzeReferences('ah-tk-20212022-3019', variant))).toEqual([
      '2021-05-28',
      '2022-05-28',
    ]);
  });
});
