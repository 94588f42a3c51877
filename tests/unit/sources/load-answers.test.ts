import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/page/detect';
import { createDocumentCache, memoryStore } from '../../../lib/sources/cache';
import {
  LOAD_CONCURRENCY,
  MAX_RELATED_DOCUMENTS,
  answerDocuments,
  loadAnswerDocuments,
  mapLimited,
  noticeDocuments,
} from '../../../lib/sources/load-answers';
import { SITE, fakeSite, htmlDoc, metadataXml, pageHtml } from './fixtures';

const QUESTION = 'kv-tk-2022Z04510';
const ANSWER = 'ah-tk-20212022-3019';
const NOTICE = 'ah-tk-20212022-mededeling-placeholder';

const open = (id: string, html = pageHtml(id)) => {
  const doc = htmlDoc(html);
  return { doc, page: detectPage(`${SITE}/${id}.html`, doc)! };
};

const fullSite = () =>
  fakeSite({
    [`/${QUESTION}.html`]: pageHtml(QUESTION),
    [`/${ANSWER}.html`]: pageHtml(ANSWER),
    [`/${NOTICE}.html`]: pageHtml(NOTICE),
    [`/${QUESTION}/metadata.xml`]: metadataXml(QUESTION),
  });

describe('loadAnswerDocuments on the question page kv-tk-2022Z04510', () => {
  it('loads the answer and the delay notice, parsed with the model code', async () => {
    const site = fullSite();
    const { doc, page } = open(QUESTION);
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache: null,
    });
    expect(load.failures).toEqual([]);
    expect(load.documents.map((d) => [d.id, d.role])).toEqual([
      [ANSWER, 'answer'],
      [NOTICE, 'notice'],
    ]);
    const [answer] = answerDocuments(load);
    expect(answer!.model.answers).toHaveLength(14);
    expect(answer!.page.received).toBe('2022-06-08');
    const [notice] = noticeDocuments(load);
    expect(notice!.page.received).toBe('2022-04-01');
    expect(notice!.model.notices[0]).toMatch(/^Hierbij deel ik u, mede namens/);
    // The metadata record is not needed when the page names its documents.
    expect(site.count(`/${QUESTION}/metadata.xml`)).toBe(0);
  });

  it('a second visit is served from the cache: no request', async () => {
    const site = fullSite();
    const cache = createDocumentCache({ store: memoryStore() });
    const first = open(QUESTION);
    await loadAnswerDocuments(first.page, first.doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache,
    });
    expect(site.requests.length).toBe(2);
    const second = open(QUESTION);
    const load = await loadAnswerDocuments(second.page, second.doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache,
    });
    expect(site.requests.length).toBe(2);
    expect(load.documents.every((d) => d.fromCache)).toBe(true);
    expect(answerDocuments(load)[0]!.model.answers).toHaveLength(14);
  });

  it('falls back to metadata.xml when the page has no aanhangsel tags', async () => {
    const site = fullSite();
    const html = pageHtml(QUESTION).replace(/<meta name="OVERHEIDop\.aanhangsel"[^>]*>\n/g, '');
    const { doc, page } = open(QUESTION, html);
    expect(page.aanhangsel).toEqual([]);
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache: null,
    });
    expect(load.related.sources).toContain('metadata.xml');
    expect(load.documents.map((d) => d.id)).toEqual([ANSWER, NOTICE]);
  });

  it('requests at most a bounded number of named documents, two at a time', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `ah-tk-20212022-${5000 + i}`);
    const tags = many.map((id) => `<meta name="OVERHEIDop.aanhangsel" content="${id}">`).join('\n');
    const html = pageHtml(QUESTION)
      .replace(/<meta name="OVERHEIDop\.aanhangsel"[^>]*>\n/g, '')
      .replace('</head>', `${tags}\n</head>`);
    const { doc, page } = open(QUESTION, html);
    let inFlight = 0;
    let most = 0;
    const requests: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      requests.push(new URL(String(input)).pathname);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return new Response('not found', { status: 404 });
    }) as typeof fetch;
    const load = await loadAnswerDocuments(page, doc, { origin: SITE, fetchImpl, cache: null });
    expect(requests).toHaveLength(MAX_RELATED_DOCUMENTS);
    expect(requests).toEqual(many.slice(0, MAX_RELATED_DOCUMENTS).map((id) => `/${id}.html`));
    expect(most).toBe(LOAD_CONCURRENCY);
    expect(load.failures).toHaveLength(MAX_RELATED_DOCUMENTS);
  });

  it('mapLimited keeps the order of its items and never runs more than the limit', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimited([30, 5, 20, 1, 10], 2, async (ms) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 10, 40, 2, 20]);
    expect(most).toBe(2);
    expect(await mapLimited([], 2, async (x: number) => x)).toEqual([]);
  });

  it('asks the fallback (open data) only when the page and metadata.xml name nothing', async () => {
    const site = fakeSite({
      [`/${ANSWER}.html`]: pageHtml(ANSWER),
      [`/${NOTICE}.html`]: pageHtml(NOTICE),
    });
    const html = pageHtml(QUESTION).replace(/<meta name="OVERHEIDop\.aanhangsel"[^>]*>\n/g, '');
    const { doc, page } = open(QUESTION, html);
    const asked: string[] = [];
    const fallbackIds = async (p: { vraagnummer: string | null }) => {
      asked.push(p.vraagnummer ?? '');
      return [ANSWER, 'not-an-id', NOTICE];
    };
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache: null,
      fallbackIds,
    });
    expect(asked).toEqual(['2022Z04510']);
    expect(load.related.sources).toContain('open-data');
    expect(load.documents.map((d) => d.id)).toEqual([ANSWER, NOTICE]);

    // With the page's own tags the fallback is never asked.
    const tagged = open(QUESTION);
    await loadAnswerDocuments(tagged.page, tagged.doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache: null,
      fallbackIds,
    });
    expect(asked).toHaveLength(1);
  });

  it('a failing fallback counts as nothing found', async () => {
    const site = fakeSite({});
    const { doc, page } = open('kv-tk-2011Z04442');
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache: null,
      fallbackIds: async () => {
        throw new Error('no permission');
      },
    });
    expect(load).toMatchObject({ documents: [], failures: [] });
  });

  it('an unanswered question without a metadata record loads nothing and reports nothing', async () => {
    const site = fakeSite({});
    const { doc, page } = open('kv-tk-2011Z04442');
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache: null,
    });
    expect(load.documents).toEqual([]);
    expect(load.failures).toEqual([]);
  });

  it.each([
    ['500', { status: 500 }, 'server'],
    ['404', { status: 404 }, 'not-found'],
    ['a hang', 'hang' as const, 'timeout'],
    ['a network error', 'network' as const, 'network'],
    ['an HTML page that is not an Aanhangsel', pageHtml('kst-35165-9'), 'malformed'],
    ['a body without html', 'Service Unavailable', 'malformed'],
  ])(
    'the answer URL answering %s becomes one failure; the notice still loads',
    async (_name, route, error) => {
      const site = fakeSite({ [`/${ANSWER}.html`]: route, [`/${NOTICE}.html`]: pageHtml(NOTICE) });
      const cache = createDocumentCache({ store: memoryStore() });
      const { doc, page } = open(QUESTION);
      const load = await loadAnswerDocuments(page, doc, {
        origin: SITE,
        fetchImpl: site.fetchImpl,
        cache,
        timeoutMs: 50,
      });
      expect(load.failures.map((f) => [f.id, f.error])).toEqual([
        [ANSWER, error === 'network' ? expect.stringMatching(/network|offline/) : error],
      ]);
      expect(load.documents.map((d) => d.id)).toEqual([NOTICE]);
      // Failures are never cached: the next visit asks again.
      expect(await cache.get(`${ANSWER}:html`)).toBeNull();
    },
  );

  it('never rejects, even with an already aborted signal', async () => {
    const site = fullSite();
    const { doc, page } = open(QUESTION);
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      signal: AbortSignal.abort(),
      cache: null,
    });
    expect(load.documents).toEqual([]);
    expect(load.failures.every((f) => f.error === 'aborted')).toBe(true);
  });
});

describe('loadAnswerDocuments on the answer page', () => {
  it('finds the question and, through the question page, the delay notice', async () => {
    const site = fullSite();
    const { doc, page } = open(ANSWER);
    const load = await loadAnswerDocuments(page, doc, {
      origin: SITE,
      fetchImpl: site.fetchImpl,
      cache: null,
    });
    expect(load.related.questionId).toBe(QUESTION);
    expect(load.documents.map((d) => [d.id, d.role])).toEqual([[NOTICE, 'notice']]);
    expect(site.count(`/${ANSWER}.html`)).toBe(0);
  });
});
