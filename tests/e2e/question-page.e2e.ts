import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from './support/browsers';
import { extensionErrors, useBrowser } from './support/suite';

const QUESTION_PAGE = 'kv-tk-2022Z04510.html';
const ANSWER_PATH = '/ah-tk-20212022-3019.html';
const NOTICE_PATH = '/ah-tk-20212022-mededeling-placeholder.html';

/** The card's rows as text ("Ingezonden 10 maart 2022 …"), read from its open shadow root. */
const cardFields = () => {
  const root = document.querySelector('[data-kamerlens="timeline"]')?.shadowRoot;
  if (!root) return null;
  const out: Record<string, string> = {};
  for (const row of Array.from(root.querySelectorAll('[data-field]'))) {
    const parts = row.querySelector('dt')
      ? Array.from(row.children).map((c) => c.textContent ?? '')
      : [row.textContent ?? ''];
    out[row.getAttribute('data-field')!] = parts.join(' ').replace(/\s+/g, ' ').trim();
  }
  out.loading = root.querySelector('[role="status"]')?.textContent ?? '';
  return out;
};

const cardSettled = () => {
  const root = document.querySelector('[data-kamerlens="timeline"]')?.shadowRoot;
  const status = root?.querySelector('[role="status"]');
  return status && !/geladen…/.test(status.textContent ?? '');
};

/**
 * `#content` without the card, with other features' inline annotations (reference links) unwrapped,
 * against the same part of the page's source parsed afresh: what this feature did to the page.
 */
const contentIntact = async () => {
  const clean = (root: Element) => {
    const copy = root.cloneNode(true) as Element;
    for (const el of Array.from(copy.querySelectorAll('[data-kamerlens]'))) {
      if (el.getAttribute('data-kamerlens') === 'timeline') el.remove();
      else el.replaceWith(...Array.from(el.childNodes));
    }
    copy.normalize();
    return copy.innerHTML;
  };
  const live = document.querySelector('#content')!;
  const source = await (await fetch(location.href, { cache: 'no-store' })).text();
  const parsed = new DOMParser().parseFromString(source, 'text/html').querySelector('#content')!;
  const roles = Array.from(live.querySelectorAll('[data-kamerlens]')).map((el) =>
    el.getAttribute('data-kamerlens'),
  );
  return {
    same: clean(live) === clean(parsed),
    roles: [...new Set(roles)].filter((r) => r !== 'ref').sort(),
  };
};

/**
 * Our reference links in the answer cells, as a reader meets them: kind, target, text, and where
 * the link goes (for a cross-reference: the numbers of the group it jumps to).
 */
const referenceLinksOfAnswers = () =>
  Array.from(
    document.querySelectorAll('[data-kamerlens="answer"] [data-kamerlens="ref"][data-kl-kind]'),
    (a) => {
      const href = a.getAttribute('href') ?? '';
      const jumpTo = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
      return {
        kind: a.getAttribute('data-kl-kind'),
        target: a.getAttribute('data-kl-target'),
        text: a.textContent,
        goes: href.startsWith('#')
          ? `group ${jumpTo?.closest('[data-kamerlens="group"]')?.getAttribute('data-kl-numbers')}`
          : href,
      };
    },
  );

async function waitForCard(page: TestPage, timeoutMs = 20_000) {
  await page.waitFor(cardSettled, null, 'the timeline card to finish loading', timeoutMs);
}

describe.each(BROWSERS)('question page kv-tk-2022Z04510, %s', (name) => {
  const env = useBrowser(name);

  // Failures first: nothing may be cached yet for the answer document.
  it('with the answer URL answering 500: page intact, the card says so', async () => {
    env.server.override(ANSWER_PATH, { status: 500 });
    const page = await env.open(QUESTION_PAGE);
    await waitForCard(page);
    const fields = await page.evaluate(cardFields, null);
    expect(fields?.failure).toBe('Antwoord kon niet worden geladen — opnieuw proberen');
    expect(fields?.term).not.toMatch(/nog niet beantwoord/);
    const intact = await page.evaluate(contentIntact, null);
    expect(intact.same, 'the page is exactly as it was, apart from the card').toBe(true);
    expect(intact.roles).toContain('timeline');
    expect(intact.roles, 'no grid, no imported answers').not.toEqual(
      expect.arrayContaining(['grid']),
    );
    expect(intact.roles).not.toEqual(expect.arrayContaining(['imported']));
    expect(extensionErrors(page.errors)).toEqual([]);
    expect(env.server.requestCount(ANSWER_PATH)).toBe(1);
    env.server.clearOverrides();
  });

  it('with the answer URL hanging past the timeout: page intact, the card says so', async () => {
    env.server.override(ANSWER_PATH, { hang: true });
    const page = await env.open(QUESTION_PAGE);
    // The fetch gives up after 8 s.
    await waitForCard(page, 30_000);
    const fields = await page.evaluate(cardFields, null);
    expect(fields?.failure).toBe('Antwoord kon niet worden geladen — opnieuw proberen');
    const intact = await page.evaluate(contentIntact, null);
    expect(intact.same).toBe(true);
    expect(intact.roles).toContain('timeline');
    expect(intact.roles, 'no grid, no imported answers').not.toEqual(
      expect.arrayContaining(['grid']),
    );
    expect(intact.roles).not.toEqual(expect.arrayContaining(['imported']));
    expect(extensionErrors(page.errors)).toEqual([]);
    env.server.clearOverrides();
  });

  it('retry after a failure loads the answers', async () => {
    env.server.override(ANSWER_PATH, { status: 500 });
    const page = await env.open(QUESTION_PAGE);
    await waitForCard(page);
    env.server.clearOverrides();
    await page.clickInShadow('[data-kamerlens="timeline"]', 'button');
    await page.waitFor(
      () => document.querySelectorAll('[data-kamerlens="answer"]').length === 14,
      null,
      '14 answers after retry',
    );
    const fields = await page.evaluate(cardFields, null);
    expect(fields?.failure).toBeUndefined();
    expect(extensionErrors(page.errors)).toEqual([]);
  });

  it('shows the 14 answers beside their questions and the timeline card', async () => {
    env.server.resetCounts();
    const page = await env.open(QUESTION_PAGE);
    await page.waitFor(
      () => document.querySelector('[data-kamerlens="grid"]'),
      null,
      'the grid',
      20_000,
    );
    await waitForCard(page);
    const rows = await page.evaluate(() => {
      const out = [];
      for (let n = 1; n <= 15; n++) {
        const q = document.querySelector(`[data-kamerlens="question"][data-kl-number="${n}"]`);
        const a = document.querySelector(`[data-kamerlens="answer"][data-kl-numbers~="${n}"]`);
        const heading = a?.querySelector('h2')?.textContent?.trim() ?? null;
        const source = a?.querySelector('a[href*="ah-tk-"]')?.getAttribute('href') ?? null;
        const qBox = q?.getBoundingClientRect();
        const aBox = a?.getBoundingClientRect();
        out.push({
          n,
          heading,
          source,
          right: (aBox?.left ?? 0) >= (qBox?.right ?? 1e9) - 1,
          top: Math.abs((aBox?.top ?? 1e9) - (qBox?.top ?? 0)) <= 4,
        });
      }
      return out;
    }, null);
    for (const row of rows.slice(0, 14)) {
      expect(row.heading, `answer ${row.n} is beside question ${row.n}`).toBe(`Antwoord ${row.n}`);
      expect(row.source, `answer ${row.n} links to the answer document`).toMatch(
        /\/ah-tk-20212022-3019\.html$/,
      );
      expect(row.right && row.top, `answer ${row.n} is right of its question, on its row`).toBe(
        true,
      );
    }
    expect(rows[14]!.heading).toBeNull();
    expect(
      await page.evaluate(
        () => document.querySelectorAll('[data-kamerlens="answer"]').length,
        null,
      ),
    ).toBe(14);

    const imported = await page.evaluate(() => {
      const note = document.querySelector('[data-kamerlens="answer"] .kamerlens-source');
      const cited = Array.from(
        document.querySelectorAll('[data-kamerlens="answer"] a.nootnum'),
        (a) => a.getAttribute('href')!.slice(1),
      );
      return {
        source: note?.textContent ?? null,
        cited,
        // Each cited note is in the page, copied from the answer document.
        resolved: cited.filter((id) =>
          document.getElementById(id)?.closest('#noten > [data-kamerlens="imported"]'),
        ),
      };
    }, null);
    expect(imported.source).toBe('Antwoord uit Aanhangsel Handelingen II 2021/22, nr. 3019');
    expect(imported.cited).toEqual(['n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8']);
    expect(imported.resolved).toEqual(imported.cited);

    const fields = await page.evaluate(cardFields, null);
    expect(fields?.submitted).toMatch(/^Ingezonden 10 maart 2022/);
    expect(fields?.notice).toMatch(
      /^Uitstel \(Mededeling\) 1 april 2022 Mededeling \(uitstel\) \(ah-tk-20212022-mededeling-placeholder\)/,
    );
    expect(fields?.notice).toContain(
      'niet binnen de gebruikelijke termijn kunnen worden beantwoord',
    );
    expect(fields?.answered).toBe('Beantwoord 8 juni 2022 Antwoord (ah-tk-20212022-3019)');
    expect(fields?.days).toBe('Duur 90 dagen');
    expect(fields?.term).toBe('Termijn 6 weken, tot 21 april 2022: te laat (48 dagen)');
    expect(extensionErrors(page.errors)).toEqual([]);
  });

  it('the answers have the reference links they have on the answer page', async () => {
    const answerPage = await env.open(ANSWER_PATH.slice(1));
    await answerPage.waitFor(
      () => document.querySelectorAll('[data-kamerlens="answer"]').length === 14,
      null,
      'the answer page in its grid',
      20_000,
    );
    const expected = await answerPage.evaluate(referenceLinksOfAnswers, null);

    const page = await env.open(QUESTION_PAGE);
    await page.waitFor(
      () => performance.getEntriesByName('kamerlens:annotate-copies:end').length > 0,
      null,
      'the copied answers linked',
      20_000,
    );
    const linked = await page.evaluate(referenceLinksOfAnswers, null);
    // Answer 2's "het antwoord op vraag 3" jumps to question 3, here beside its copied answer.
    expect(linked).toContainEqual({
      kind: 'crossref',
      target: 'vraag-3',
      text: 'antwoord op vraag 3',
      goes: 'group 3',
    });
    expect(linked.map((l) => l.kind)).toEqual(
      expect.arrayContaining(['kamerstuk', 'date', 'crossref']),
    );
    expect(linked).toEqual(expected);
    expect(extensionErrors(page.errors)).toEqual([]);
  });

  it('reloading makes no request for the answer (cache)', async () => {
    env.server.resetCounts();
    const page = await env.open(QUESTION_PAGE);
    await page.waitFor(
      () => document.querySelectorAll('[data-kamerlens="answer"]').length === 14,
      null,
      '14 answers from the cache',
      20_000,
    );
    await page.goto(env.server.siteUrl(QUESTION_PAGE));
    await page.waitFor(
      () => document.querySelectorAll('[data-kamerlens="answer"]').length === 14,
      null,
      '14 answers after reload',
      20_000,
    );
    expect(env.server.requestCount(`/${QUESTION_PAGE}`)).toBe(2);
    expect(env.server.requestCount(ANSWER_PATH)).toBe(0);
    expect(env.server.requestCount(NOTICE_PATH)).toBe(0);
  });

  it('on the answer page: links back to the question page and to the delay notice', async () => {
    const page = await env.open(ANSWER_PATH.slice(1));
    await waitForCard(page);
    const links = await page.evaluate(() => {
      const root = document.querySelector('[data-kamerlens="timeline"]')?.shadowRoot;
      return Array.from(root?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
    }, null);
    expect(links).toContain('https://zoek.officielebekendmakingen.nl/kv-tk-2022Z04510.html');
    expect(links).toContain(
      'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-mededeling-placeholder.html',
    );
    const fields = await page.evaluate(cardFields, null);
    expect(fields?.days).toBe('Duur 90 dagen');
    expect(extensionErrors(page.errors)).toEqual([]);
  });
});
