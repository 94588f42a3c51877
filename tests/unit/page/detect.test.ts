import { describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectPage } from '@/lib/page/detect';
import { identifyPage, idFromUrl, parseId } from '@/lib/page/identify';
import { loadPage } from '../helpers/fixture-page';

describe('idFromUrl / parseId', () => {
  it.each([
    ['https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510.html', 'kv-tk-2022Z04510'],
    [
      'http://zoek.officielebekendmakingen.nl/ah-tk-20212022-3019.html#d16e45',
      'ah-tk-20212022-3019',
    ],
    ['https://zoek.officielebekendmakingen.nl/h-tk-20192020-31-8-n1.html', 'h-tk-20192020-31-8-n1'],
    [
      'https://zoek.officielebekendmakingen.nl/behandelddossier/h-tk-20022003-3166-3166.html',
      'h-tk-20022003-3166-3166',
    ],
    [
      'https://zoek.officielebekendmakingen.nl/kst-31066-513.html/kst-31066-444.html',
      'kst-31066-444',
    ],
    ['https://zoek.officielebekendmakingen.nl/kst-35300-VII-8.html', 'kst-35300-VII-8'],
  ])('%s → %s', (url, id) => {
    expect(idFromUrl(url)).toBe(id);
  });

  it.each([
    'https://zoek.officielebekendmakingen.nl/',
    'https://zoek.officielebekendmakingen.nl/resultaten?q=motie',
    'https://zoek.officielebekendmakingen.nl/stb-2014-296.html',
    'not a url',
    // A malformed escape: no URIError, just no id.
    'https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510%E0%A4%A.html',
    'https://zoek.officielebekendmakingen.nl/%.html',
  ])('%s is not a parliamentary id', (url) => {
    expect(idFromUrl(url)).toBeNull();
  });

  it('reads chamber, family and correction suffix', () => {
    expect(parseId('h-tk-20192020-31-8-n1')).toMatchObject({
      family: 'h',
      chamber: 'tk',
      correction: 'n1',
      baseId: 'h-tk-20192020-31-8',
    });
    expect(parseId('ah-ek-20212022-12')).toMatchObject({
      family: 'ah',
      chamber: 'ek',
      correction: null,
    });
    expect(parseId('kv-ek-2022Z01234')).toMatchObject({ family: 'kv', chamber: 'ek' });
    // A Kamerstuk's last part is its number, never a correction.
    expect(parseId('kst-35010-C')).toMatchObject({
      family: 'kst',
      correction: null,
      chamber: null,
    });
    expect(parseId('kv-2022Z04510')).toBeNull();
  });
});

describe('detectPage on the fixture pages', () => {
  it('answer page: id, kind, question number, dates from meta tags', () => {
    const { url, document } = loadPage('ah-tk-20212022-3019');
    const page = detectPage(url, document)!;
    expect(page).toMatchObject({
      id: 'ah-tk-20212022-3019',
      family: 'ah',
      kind: 'answer',
      chamber: 'tk',
      vraagnummer: '2022Z04510',
      aanhangselNummer: '3019',
      vergaderjaar: '2021-2022',
      submitted: '2022-03-10',
      received: '2022-06-08',
    });
    expect(page.signals).toEqual(
      expect.arrayContaining(['url', 'meta:DC.identifier', 'body:div.vraag', 'body:div.antwoord']),
    );
  });

  it('question page names its answer document', () => {
    const { url, document } = loadPage('kv-tk-2022Z04510');
    const page = detectPage(url, document)!;
    expect(page.kind).toBe('question');
    expect(page.vraagnummer).toBe('2022Z04510');
    expect(page.aanhangsel).toContain('ah-tk-20212022-3019');
    expect(page.submitted).toBe('2022-03-10');
  });

  it('older answer page with p.nummer and dates from the intro text', () => {
    const { url, document } = loadPage('ah-tk-20142015-1365');
    const page = detectPage(url, document)!;
    expect(page.kind).toBe('answer');
    expect(page.received).toBe('2015-02-25');
    expect(page.submitted).toBe('2015-02-17');
  });

  it("identifyPage leaves the intro's dates out; detectPage adds them", () => {
    const html = `<!doctype html><html><head><meta name="DC.identifier" content="ah-tk-20142015-1365">
      </head><body><div id="broodtekst"><p>Vragen van het lid X (ingezonden 17 februari 2015).</p>
      <p>Antwoord van minister Y (ontvangen 25 februari 2015).</p></div></body></html>`;
    const { document } = new JSDOM(html).window;
    const url = 'https://zoek.officielebekendmakingen.nl/ah-tk-20142015-1365.html';
    expect(identifyPage(url, document)).toMatchObject({ submitted: null, received: null });
    expect(detectPage(url, document)).toMatchObject({
      submitted: '2015-02-17',
      received: '2015-02-25',
    });
  });

  it('a meta date wins; the other date still comes from the intro', () => {
    const html = `<!doctype html><html><head><meta name="DC.identifier" content="ah-tk-20142015-1365">
      <meta name="OVERHEIDop.datumOntvangst" content="2015-03-01"></head>
      <body><div id="broodtekst"><p>Vragen van het lid X (ingezonden 17 februari 2015).</p>
      <p>Antwoord van minister Y (ontvangen 25 februari 2015).</p></div></body></html>`;
    const dom = new JSDOM(html);
    const page = detectPage(
      'https://zoek.officielebekendmakingen.nl/ah-tk-20142015-1365.html',
      dom.window.document,
    )!;
    expect(page.received).toBe('2015-03-01');
    expect(page.submitted).toBe('2015-02-17');
  });

  it('Kamerstuk and Handelingen pages are "other", with a correction suffix', () => {
    const kst = loadPage('kst-35165-9');
    expect(detectPage(kst.url, kst.document)).toMatchObject({ family: 'kst', kind: 'other' });
    const h = loadPage('h-tk-20192020-31-8-n1');
    expect(detectPage(h.url, h.document)).toMatchObject({
      family: 'h',
      kind: 'other',
      correction: 'n1',
    });
  });

  it('a Handelingen page is read from its URL and head alone: no query walks its body', () => {
    // Each query of the body walks every element: 45,000 on the bench's 1.5 MB Handelingen page.
    const { url, document } = loadPage('h-tk-20192020-31-8-n1');
    const win = document.defaultView!;
    const queries = [
      'querySelector',
      'querySelectorAll',
      'getElementsByTagName',
      'getElementsByClassName',
    ] as const;
    const spies = [win.Document.prototype, win.Element.prototype].flatMap((proto) =>
      queries.map((name) => ({ name, spy: vi.spyOn(proto, name) })),
    );
    try {
      expect(detectPage(url, document)).toMatchObject({ family: 'h', kind: 'other' });
      const outsideHead = spies.flatMap(({ name, spy }) =>
        spy.mock.contexts
          .filter((node) => node !== document.head)
          .map((node) => `${(node as Node).nodeName}.${name}`),
      );
      expect(spies.some(({ spy }) => spy.mock.calls.length > 0)).toBe(true);
      expect(outsideHead).toEqual([]);
    } finally {
      for (const { spy } of spies) spy.mockRestore();
    }
  });

  it('a delay notice (Mededeling) is kind "notice"', () => {
    const html = `<!doctype html><html><head><meta name="DC.identifier" content="ah-tk-20212022-9999"></head>
      <body><div id="broodtekst"><p class="kamervraagomschrijving">Vragen van de leden …</p>
      <div class="kamervraagopmerking"><p>Mededeling van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid) (ontvangen 1 april 2022)</p>
      <p>De vragen van de leden Dekker-Abdulaziz en Van Ginneken (beiden D66) … kunnen niet binnen de gebruikelijke termijn worden beantwoord.</p></div></div></body></html>`;
    const dom = new JSDOM(html, {
      url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-9999.html',
    });
    expect(detectPage(dom.window.location.href, dom.window.document)?.kind).toBe('notice');
  });

  it('the meta identifier wins over an odd URL; an unrelated page is not ours', () => {
    const { document } = loadPage('ah-tk-20212022-3019');
    expect(detectPage('https://zoek.officielebekendmakingen.nl/resultaten?q=x', document)?.id).toBe(
      'ah-tk-20212022-3019',
    );
    const stb = new JSDOM(
      '<html><head><meta name="DC.identifier" content="stb-2014-296"></head><body><p>Besluit</p></body></html>',
    );
    expect(
      detectPage('https://zoek.officielebekendmakingen.nl/stb-2014-296.html', stb.window.document),
    ).toBeNull();
  });
});
