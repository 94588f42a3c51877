import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/dom/annotate';
import { linkDescription } from '../../../lib/dom/tooltip';
import { isOfficialUrl } from '../../../lib/links';
import type { Match } from '../../../lib/references/types';
import {
  blankPage,
  loadPage,
  questionAnchors,
  realOptions,
  refLinks,
  textNodes,
} from './annotate-support';

const SITE = 'https://zoek.officielebekendmakingen.nl';

function answerPage() {
  const doc = loadPage('ah-tk-20212022-3019.html');
  const root = doc.querySelector('#broodtekst')!;
  const anchors = questionAnchors(doc);
  const opts = realOptions({
    documentDate: '2022-06-08',
    submitted: '2022-03-10',
    pairNumbers: [...anchors.keys()],
    anchors,
  });
  return { doc, root, anchors, opts };
}

function linkWithText(root: ParentNode, text: string): HTMLAnchorElement | undefined {
  // KOOP text has no-break spaces inside numbers and dates ("32\u00a0761"): compare with plain spaces.
  return refLinks(root).find((a) => a.textContent?.replace(/\u00a0/g, ' ') === text);
}

describe('annotate on the answer page of 2022Z04510 (real recognizers)', () => {
  it('links the motion, the Kamerstuk, the dates and the cross-references', async () => {
    const { root, anchors, opts } = answerPage();
    const handle = await annotate(root, opts);

    const motion = linkWithText(root, 'motie Buitenweg en Verhoeven (30821–90)');
    expect(motion?.getAttribute('href')).toBe(`${SITE}/kst-30821-90.html`);
    expect(motion?.dataset.klKind).toBe('motion');
    expect(motion?.dataset.klTarget).toBe('kst-30821-90');
    expect(motion && linkDescription(motion)).toBe('Motie, Kamerstuk 30 821 nr. 90');

    const kamerstuk = linkWithText(root, 'Kamerstuk 32 761 en 30 821, Nr. 152');
    expect(kamerstuk?.getAttribute('href')).toBe(`${SITE}/kst-32761-152.html`);

    const time = root.querySelector('a[data-kamerlens="ref"] > time[datetime="2019-11-20"]');
    expect(time?.textContent?.replace(/\u00a0/g, ' ')).toBe('20 november 2019');
    expect(time?.getAttribute('data-kamerlens')).toBe('ref');
    expect(linkDescription(time!.parentElement!)).toBe(
      'woensdag 20 november 2019 — 841 dagen vóór indiening',
    );

    const crossref = linkWithText(root, 'antwoord op vraag 3');
    expect(crossref?.getAttribute('href')).toBe(`#${anchors.get('3')}`);
    expect(crossref?.dataset.klKind).toBe('crossref');

    expect(handle.count).toBe(refLinks(root).length);
    expect(Object.values(handle.byKind).reduce((a, b) => a + b, 0)).toBe(handle.count);
    expect(handle.byKind.motion).toBeGreaterThanOrEqual(1);
    expect(handle.byKind.date).toBeGreaterThanOrEqual(5);
    expect(handle.aborted).toBe(false);
  });

  it('changes no text, keeps the page links and never nests links', async () => {
    const { doc, root, opts } = answerPage();
    const textBefore = doc.body.textContent;
    const pageLinksBefore = Array.from(doc.querySelectorAll('a:not([data-kamerlens])')).map(
      (a) => a.outerHTML,
    );
    await annotate(root, opts);
    expect(doc.body.textContent).toBe(textBefore);
    expect(
      Array.from(doc.querySelectorAll('a:not([data-kamerlens])')).map((a) => a.outerHTML),
    ).toEqual(pageLinksBefore);
    expect(doc.querySelectorAll('a a')).toHaveLength(0);
    for (const a of refLinks(root)) {
      const href = a.getAttribute('href')!;
      expect(href.startsWith('#') || isOfficialUrl(href)).toBe(true);
    }
  });

  it('is idempotent and undo gives back the exact original nodes', async () => {
    const { doc, root, opts } = answerPage();
    const before = doc.documentElement.outerHTML;
    const nodesBefore = textNodes(root);
    const first = await annotate(root, opts);
    const once = doc.documentElement.outerHTML;
    const second = await annotate(root, opts);
    expect(second.count).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(once);
    second.undo();
    first.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    const nodesAfter = textNodes(root);
    expect(nodesAfter).toHaveLength(nodesBefore.length);
    nodesAfter.forEach((n, i) => expect(n).toBe(nodesBefore[i]));
    first.undo(); // twice is harmless
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('records performance marks around the work', async () => {
    const { root, opts } = answerPage();
    performance.clearMarks();
    await annotate(root, opts);
    const names = performance.getEntriesByType('mark').map((m) => m.name);
    expect(names).toEqual(['kamerlens:annotate:start', 'kamerlens:annotate:end']);
  });

  it('links several roots as one pass over each, under its own mark name', async () => {
    // Every other paragraph of the answer page: what a pass over the whole root links in them.
    const whole = answerPage();
    await annotate(whole.root, whole.opts);
    const picked = (root: Element) =>
      Array.from(root.querySelectorAll(':scope p')).filter((_, i) => i % 2 === 0);
    const expected = picked(whole.root).map((p) => refLinks(p).map((a) => a.outerHTML));

    const { doc, root, opts } = answerPage();
    const before = doc.documentElement.outerHTML;
    const roots = picked(root);
    performance.clearMarks();
    const handle = await annotate(roots, { ...opts, markName: 'kamerlens:annotate-copies' });
    expect(roots.map((p) => refLinks(p).map((a) => a.outerHTML))).toEqual(expected);
    expect(handle.count).toBe(expected.flat().length);
    expect(handle.count).toBeGreaterThan(5);
    expect(refLinks(root), 'nothing outside the roots').toHaveLength(handle.count);
    expect(performance.getEntriesByType('mark').map((m) => m.name)).toEqual([
      'kamerlens:annotate-copies:start',
      'kamerlens:annotate-copies:end',
    ]);
    handle.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('links only the kinds asked for', async () => {
    const { root, opts } = answerPage();
    const handle = await annotate(root, { ...opts, kinds: new Set(['motion', 'kamerstuk']) });
    expect(Object.keys(handle.byKind).sort()).toEqual(['kamerstuk', 'motion']);
    expect(refLinks(root).every((a) => ['motion', 'kamerstuk'].includes(a.dataset.klKind!))).toBe(
      true,
    );
  });

  it('opens official pages in a new tab when asked, but not in-page anchors', async () => {
    const { root, opts } = answerPage();
    await annotate(root, { ...opts, newTab: true });
    for (const a of refLinks(root)) {
      if (a.getAttribute('href')!.startsWith('#')) expect(a.hasAttribute('target')).toBe(false);
      else expect([a.target, a.rel]).toEqual(['_blank', 'noopener noreferrer']);
    }
  });
});

describe('annotate on other fixture pages', () => {
  it('Kamerstuk letter kst-35165-9: "jl." dates and the Kamerstuk in parentheses', async () => {
    const doc = loadPage('kst-35165-9.html');
    const root = doc.querySelector('#broodtekst')!;
    await annotate(
      root,
      realOptions({ documentDate: '2019-06-14', submitted: null, pairNumbers: [] }),
    );
    const kst = linkWithText(root, 'Kamerstuk 35 165, nr. 2');
    expect(kst?.getAttribute('href')).toBe(`${SITE}/kst-35165-2.html`);
    const jl = linkWithText(root, '26 maart jl.');
    expect(jl?.querySelector('time')?.getAttribute('datetime')).toBe('2019-03-26');
    expect(jl && linkDescription(jl)).toBe(
      'dinsdag 26 maart 2019 — 80 dagen vóór de datum van dit document',
    );
  });

  it('Handelingen h-tk-20192020-31-8-n1: the page links to motions stay, untouched and unwrapped', async () => {
    const doc = loadPage('h-tk-20192020-31-8-n1.html');
    const root = doc.querySelector('#broodtekst')!;
    const koopLinks = Array.from(root.querySelectorAll('a[href^="kst-"]')).map((a) => a.outerHTML);
    expect(koopLinks).toHaveLength(28);
    await annotate(root, realOptions({ documentDate: null, submitted: null, pairNumbers: [] }));
    expect(Array.from(root.querySelectorAll('a[href^="kst-"]')).map((a) => a.outerHTML)).toEqual(
      koopLinks,
    );
    expect(root.querySelectorAll('a a')).toHaveLength(0);
  });

  it('Handelingen h-tk-20192020-31-8-n1: each listed motion name links to the motion the page numbers it with', async () => {
    const doc = loadPage('h-tk-20192020-31-8-n1.html');
    const root = doc.querySelector('#broodtekst')!;
    await annotate(root, realOptions({ documentDate: null, submitted: null, pairNumbers: [] }));
    const items = Array.from(root.querySelectorAll('ul.expliciet > li'));
    expect(items).toHaveLength(14);
    for (const li of items) {
      const pageTarget = li
        .querySelector('a[href^="kst-"]')!
        .getAttribute('href')!
        .replace(/\.html$/, '');
      const ours = refLinks(li);
      expect(ours).toHaveLength(1);
      expect(ours[0]!.dataset.klKind).toBe('motion');
      expect(ours[0]!.textContent).toMatch(/^motie-/);
      expect(ours[0]!.dataset.klTarget).toBe(pageTarget);
      expect(ours[0]!.getAttribute('href')).toBe(`${SITE}/${pageTarget}.html`);
    }
    const first = refLinks(items[0]!)[0]!;
    expect(first.textContent).toBe('motie-Van Aalst/Remco Dijkstra');
    expect(first && linkDescription(first)).toBe('Motie, Kamerstuk 35 300 A nr. 15');
  });
});

describe('annotate rules on small pages', () => {
  function page(build: (doc: Document, root: HTMLElement) => void) {
    const doc = blankPage();
    const root = doc.createElement('div');
    doc.body.append(root);
    build(doc, root);
    return { doc, root };
  }
  const opts = realOptions({ documentDate: '2022-06-08', submitted: null, pairNumbers: [] });

  it('leaves text in links, scripts, styles, form fields, buttons and editable regions alone', async () => {
    const { root } = page((doc, root) => {
      for (const tag of ['a', 'script', 'style', 'textarea', 'button', 'select', 'code']) {
        const el = doc.createElement(tag);
        if (tag === 'select') {
          const o = doc.createElement('option');
          o.textContent = 'Stb. 2019, 123';
          el.append(o);
        } else el.textContent = 'Stb. 2019, 123';
        root.append(el);
      }
      const editable = doc.createElement('div');
      editable.setAttribute('contenteditable', 'true');
      const p = doc.createElement('p');
      p.textContent = 'Stb. 2019, 123';
      editable.append(p);
      root.append(editable);
    });
    const handle = await annotate(root, opts);
    expect(handle.count).toBe(0);
    expect(refLinks(root)).toHaveLength(0);
  });

  it('does not link a reference split by an element', async () => {
    const { root } = page((doc, root) => {
      const p = doc.createElement('p');
      const i = doc.createElement('i');
      i.textContent = '35 165';
      p.append('Zie Kamerstuk ', i, ', nr. 2 en Stb. 2019, 123.');
      root.append(p);
    });
    await annotate(root, opts);
    expect(refLinks(root).map((a) => a.dataset.klTarget)).toEqual(['stb-2019-123']);
  });

  it('borrows a motion number only from a page link right after "("', async () => {
    const { root } = page((doc, root) => {
      for (const [before, href] of [
        ['de motie-Van Aalst over de N35 (', 'kst-35300-A-15.html'],
        ['de motie-Van Aalst over de N35, zie ', 'kst-35300-A-16.html'],
        ['de motie-Van Aalst over de N35 (', 'https://example.org/page.html'],
      ]) {
        const p = doc.createElement('p');
        const a = doc.createElement('a');
        a.setAttribute('href', href!);
        a.textContent = '35300-A';
        p.append(before!, a, ');');
        root.append(p);
      }
    });
    await annotate(root, opts);
    expect(refLinks(root).map((a) => [a.textContent, a.dataset.klTarget])).toEqual([
      ['motie-Van Aalst', 'kst-35300-A-15'],
      ['motie-Van Aalst', ''],
      ['motie-Van Aalst', ''],
    ]);
  });

  it('refuses hrefs off the allowlist whatever link() returns', async () => {
    const { root } = page((doc, root) => {
      const p = doc.createElement('p');
      p.textContent =
        'Stb. 2019, 123 en Stcrt. 2020, 12345 en Trb. 2008, 175 en ECLI:NL:HR:2019:2007';
      root.append(p);
    });
    const bad = [
      'javascript:alert(1)',
      'http://zoek.officielebekendmakingen.nl/x.html',
      'https://evil.example/',
      '//evil.example/',
    ];
    let i = 0;
    const handle = await annotate(root, { ...opts, link: () => bad[i++ % bad.length]! });
    expect(handle.count).toBe(0);
    expect(root.querySelectorAll('a')).toHaveLength(0);
  });

  it('survives a recognizer that throws or returns nonsense', async () => {
    const { root } = page((doc, root) => {
      for (const t of ['eerste alinea', 'Stb. 2019, 123', 'derde alinea']) {
        const p = doc.createElement('p');
        p.textContent = t;
        root.append(p);
      }
    });
    const textBefore = root.textContent;
    const nonsense: Match[] = [
      { kind: 'staatsblad', start: -3, end: 2, text: '', target: 'stb-2019-123', date: null },
      { kind: 'staatsblad', start: 5, end: 2, text: '', target: 'stb-2019-123', date: null },
      { kind: 'staatsblad', start: 0, end: 999, text: '', target: 'stb-2019-123', date: null },
      { kind: 'staatsblad', start: 0.5, end: 3, text: '', target: 'stb-2019-123', date: null },
    ];
    const handle = await annotate(root, {
      ...opts,
      recognize: (text, at) => {
        if (text.startsWith('eerste')) throw new Error('boom');
        if (text.startsWith('derde')) return nonsense;
        return opts.recognize(text, at);
      },
    });
    expect(handle.count).toBe(1);
    expect(root.textContent).toBe(textBefore);
  });

  it('yields between slices and gives the same result as one long run', async () => {
    const a = answerPage();
    const b = answerPage();
    const sliced = await annotate(a.root, { ...a.opts, sliceMs: 0 });
    const whole = await annotate(b.root, { ...b.opts, sliceMs: Number.POSITIVE_INFINITY });
    expect(sliced.count).toBe(whole.count);
    expect(a.root.outerHTML).toBe(b.root.outerHTML);
  });

  it('stops on abort, and what it did can be undone', async () => {
    const { doc, root, opts: o } = answerPage();
    const before = doc.body.outerHTML;
    const controller = new AbortController();
    let calls = 0;
    const handle = await annotate(root, {
      ...o,
      sliceMs: 0,
      batchChars: 1,
      signal: controller.signal,
      recognize: (text, at) => {
        if (++calls === 3) controller.abort();
        return o.recognize(text, at);
      },
    });
    expect(handle.aborted).toBe(true);
    expect(calls).toBe(3);
    const full = await annotate(answerPage().root, o);
    expect(handle.count).toBeLessThan(full.count);
    handle.undo();
    expect(doc.body.outerHTML).toBe(before);

    const pre = new AbortController();
    pre.abort();
    const none = await annotate(root, { ...o, signal: pre.signal });
    expect([none.count, none.aborted]).toEqual([0, true]);
    expect(doc.body.outerHTML).toBe(before);
  });

  it('recognizes the texts of one context together where contexts alternate', async () => {
    const build = () =>
      page((doc, root) => {
        for (let i = 1; i <= 6; i++) {
          for (const role of ['vraag', 'antwoord']) {
            const p = doc.createElement('p');
            p.className = role;
            p.textContent = `${role} ${i}: zie de brief van ${i} maart jl. (Kamerstuk 35 165, nr. ${i})`;
            root.append(p);
          }
        }
      });
    const contextOf = (node: Text) => (node.parentElement?.className === 'vraag' ? 'q' : 'a');
    const seen: string[] = [];
    const grouped = build();
    const handle = await annotate(grouped.root, {
      ...opts,
      contextOf,
      recognize: (text, at) => {
        seen.push(contextOf(at));
        return opts.recognize(text, at);
      },
    });
    // One call per context, not one per block.
    expect(seen.sort()).toEqual(['a', 'q']);
    const alone = build();
    const single = await annotate(alone.root, { ...opts, contextOf, batchChars: 1 });
    expect(handle.count).toBe(24);
    expect(single.count).toBe(handle.count);
    expect(grouped.root.innerHTML).toBe(alone.root.innerHTML);
  });

  it('copes with the page removing nodes while it yields', async () => {
    const { doc, root, opts: o } = answerPage();
    const handle = await annotate(root, {
      ...o,
      sliceMs: 0,
      batchChars: 1,
      recognize: (text, at) => {
        // Simulate a page script: when we reach the motion (answer 5), drop every answer block.
        if (text.includes('Buitenweg'))
          for (const el of doc.querySelectorAll('div.antwoord')) el.remove();
        return o.recognize(text, at);
      },
    });
    // Links are built detached and swapped in afterwards: none go into text the page removed.
    expect(handle.count).toBeGreaterThan(0);
    expect(refLinks(doc)).toHaveLength(handle.count);
    expect(refLinks(doc).every((a) => a.isConnected && !a.closest('div.antwoord'))).toBe(true);
    expect(() => handle.undo()).not.toThrow();
    expect(refLinks(doc)).toHaveLength(0);
  });
});

describe('tooltip', () => {
  it('shows the description on focus and hover, hides on Escape and blur, and goes with undo', async () => {
    const { doc, root, opts } = answerPage();
    const handle = await annotate(root, opts);
    // Nothing of it is in the page until a link is hovered or focused.
    expect(doc.getElementById('kamerlens-tooltip')).toBeNull();

    const motion = linkWithText(root, 'motie Buitenweg en Verhoeven (30821–90)')!;
    motion.focus();
    const tip = doc.getElementById('kamerlens-tooltip')!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.getAttribute('data-kamerlens')).toBe('tooltip');
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe('Motie, Kamerstuk 30 821 nr. 90');
    expect(motion.getAttribute('aria-describedby')).toBe('kamerlens-tooltip');

    doc.dispatchEvent(
      new doc.defaultView!.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(tip.hidden).toBe(true);
    expect(tip.textContent).toBe('');
    expect(motion.hasAttribute('aria-describedby')).toBe(false);

    const date = root.querySelector('time[datetime="2019-11-20"]')!;
    date.dispatchEvent(new doc.defaultView!.MouseEvent('mouseover', { bubbles: true }));
    expect(tip.textContent).toBe('woensdag 20 november 2019 — 841 dagen vóór indiening');
    date.parentElement!.dispatchEvent(
      new doc.defaultView!.MouseEvent('mouseout', { bubbles: true }),
    );
    expect(tip.hidden).toBe(true);

    handle.undo();
    expect(doc.getElementById('kamerlens-tooltip')).toBeNull();
  });
});
