/**
 * The preview wiring (lib/dom/preview.ts) and the card (components/PreviewCard.tsx) on the real answer
 * page and motion page fixtures. Kept under tests/unit/sources/ with the other motion tests.
 */
import { ensureTooltip } from '@/lib/dom/tooltip';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreviewCard, type PreviewCardProps } from '../../../components/PreviewCard';
import { setUiLanguage } from '../../../lib/i18n';
import { pageFailureLine } from '../../../lib/sources/motion-format';
import {
  PREVIEW_HOST_ATTR,
  installPreviews,
  placeCard,
  previewTargetOf,
  type PreviewTarget,
} from '../../../lib/dom/preview';
import { parseMotionHtml } from '../../../lib/sources/motion-page';
import { readMotionVote } from '../../../lib/sources/odata';
import { insideRoles } from '../helpers/marked';

const ORIGIN = 'https://zoek.officielebekendmakingen.nl';
const load = (name: string) => readFileSync(resolve('tests/fixtures', name), 'utf8');

function setPage(html: string): void {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    html,
    'text/html',
  ).documentElement.innerHTML;
}

describe('previewTargetOf', () => {
  beforeEach(() => setPage(load('pages/h-tk-20172018-70-6.html')));

  it('takes our reference links by their data attributes', () => {
    const a = document.createElement('a');
    a.setAttribute('data-kamerlens', 'ref');
    a.setAttribute('data-kl-kind', 'motion');
    a.setAttribute('data-kl-target', 'kst-30821-90');
    expect(previewTargetOf(a, ORIGIN)).toEqual({ target: 'kst-30821-90', kind: 'motion' });
    a.setAttribute('data-kl-kind', 'date');
    expect(previewTargetOf(a, ORIGIN)).toBeNull();
  });

  it("takes the page's own kst links, and nothing else", () => {
    const links = [...document.querySelectorAll('a')];
    const targets = links.map((a) => previewTargetOf(a, 'http://localhost:3000')?.target ?? null);
    // jsdom's base URL is localhost: the fixture's relative links resolve there, same origin.
    expect(targets.filter(Boolean)).toContain('kst-21501-08-719');
    expect(targets.filter(Boolean).every((t) => /^kst-21501-08-\d+$/.test(t!))).toBe(true);
    const pdf = links.find((a) => a.getAttribute('href')?.endsWith('.pdf'))!;
    expect(previewTargetOf(pdf, 'http://localhost:3000')).toBeNull();
    const offsite = document.createElement('a');
    offsite.href = 'https://example.org/kst-30821-90.html';
    expect(previewTargetOf(offsite, 'http://localhost:3000')).toBeNull();
  });

  it("takes the page's kst links in the grid too, but none in our own UI", () => {
    const link = () => {
      const a = document.createElement('a');
      a.setAttribute('href', '/kst-30821-90.html');
      return a;
    };
    for (const [roles, expected] of [
      [['grid', 'group', 'answer', 'imported'], 'kst-30821-90'],
      [['grid', 'group', 'question'], 'kst-30821-90'],
      [['grid', 'group', 'source'], null],
      [['toolbar'], null],
    ] as const) {
      const a = link();
      insideRoles(document.body, roles).append(a);
      expect(previewTargetOf(a, 'http://localhost:3000')?.target ?? null, roles.join(' > ')).toBe(
        expected,
      );
    }
  });
});

describe('placeCard', () => {
  const view = { width: 1000, height: 800, scrollX: 0, scrollY: 500 };
  it('puts the card above the link when it fits, in page coordinates', () => {
    expect(
      placeCard(
        { left: 100, top: 400, right: 200, bottom: 420 },
        { width: 400, height: 200 },
        view,
      ),
    ).toEqual({
      left: 100,
      top: 692,
    });
  });
  it('puts it below when there is no room above, and keeps it inside the viewport', () => {
    const pos = placeCard(
      { left: 900, top: 50, right: 980, bottom: 70 },
      { width: 400, height: 200 },
      view,
    );
    expect(pos.top).toBeGreaterThan(570);
    expect(pos.left).toBe(592);
  });
});

describe('installPreviews', () => {
  let controller: AbortController;
  let rendered: PreviewTarget[];
  let unrendered: number;

  beforeEach(() => {
    vi.useFakeTimers();
    setPage(load('pages/h-tk-20172018-70-6.html'));
    controller = new AbortController();
    rendered = [];
    unrendered = 0;
    installPreviews(document, {
      signal: controller.signal,
      render(mount, _link, target) {
        rendered.push(target);
        mount.container.textContent = `card ${target.target}`;
      },
      unrender() {
        unrendered++;
      },
    });
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const firstKstLink = () =>
    document.querySelector<HTMLAnchorElement>('a[href="kst-21501-08-719.html"]')!;
  const hosts = () => document.querySelectorAll(`[${PREVIEW_HOST_ATTR}]`);

  it('opens nothing before the hover delay, then one card for the link', () => {
    firstKstLink().dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(399);
    expect(rendered).toEqual([]);
    expect(hosts()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(rendered).toEqual([{ target: 'kst-21501-08-719', kind: 'kamerstuk' }]);
    const host = hosts()[0]!;
    expect(host.getAttribute('data-kamerlens')).toBe('preview');
    expect(host.shadowRoot?.textContent).toBe('card kst-21501-08-719');
  });

  it('the card replaces the tooltip of our reference link: one at a time', () => {
    const link = document.createElement('a');
    link.href = 'kst-30821-90.html';
    link.textContent = 'motie Buitenweg en Verhoeven (30821–90)';
    const attributes: Record<string, string> = {
      'data-kamerlens': 'ref',
      'data-kl-kind': 'motion',
      'data-kl-target': 'kst-30821-90',
      'data-kl-desc': 'Motie, Kamerstuk 30 821 nr. 90',
    };
    for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
    document.querySelector('p')!.append(link);
    ensureTooltip(document);
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const tooltip = document.getElementById('kamerlens-tooltip')!;
    expect(tooltip.hidden).toBe(false);
    vi.advanceTimersByTime(400);
    expect(rendered).toEqual([{ target: 'kst-30821-90', kind: 'motion' }]);
    expect(tooltip.hidden).toBe(true);
  });

  it('does not open when the pointer leaves before the delay', () => {
    const a = firstKstLink();
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    a.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    vi.advanceTimersByTime(1000);
    expect(rendered).toEqual([]);
  });

  it('stays open while the pointer moves from the link into the card', () => {
    const a = firstKstLink();
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(400);
    const host = hosts()[0]!;
    a.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: host }));
    host.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(1000);
    expect(hosts()).toHaveLength(1);
    host.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(300);
    expect(hosts()).toHaveLength(0);
  });

  it('gives no preview to a link to the page itself', () => {
    controller.abort();
    const c2 = new AbortController();
    const seen: string[] = [];
    installPreviews(document, {
      signal: c2.signal,
      selfTarget: 'kst-21501-08-719',
      render: (_m, _l, t) => void seen.push(t.target),
      unrender: () => {},
    });
    firstKstLink().focus();
    expect(seen).toEqual([]);
    c2.abort();
  });

  it('opens at once on keyboard focus and closes on Escape', () => {
    firstKstLink().focus();
    expect(rendered).toHaveLength(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(0);
    expect(unrendered).toBe(1);
  });

  it('closes after the pointer leaves the link, and removes everything when aborted', () => {
    const a = firstKstLink();
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(400);
    a.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    vi.advanceTimersByTime(300);
    expect(hosts()).toHaveLength(0);
    a.focus();
    expect(hosts()).toHaveLength(1);
    controller.abort();
    expect(hosts()).toHaveLength(0);
    a.blur();
    a.focus();
    expect(hosts()).toHaveLength(0);
  });
});

describe('PreviewCard', () => {
  const page = parseMotionHtml(load('pages/kst-30821-90.html'))!;
  const base: PreviewCardProps = {
    target: 'kst-30821-90',
    href: `${ORIGIN}/kst-30821-90.html`,
    page: { state: 'ok', value: page },
    vote: null,
    onClose: () => {},
  };
  const draw = (props: PreviewCardProps) => {
    const el = document.createElement('div');
    render(<PreviewCard {...props} />, el);
    return el;
  };

  it('shows title, date, indieners and dictum of motion 30821-90', () => {
    const el = draw(base);
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe(
      el.querySelector('h2')?.id,
    );
    expect(el.querySelector('[data-part="title"]')?.textContent).toMatch(
      /Buitenweg en Verhoeven over onderzoek/,
    );
    expect(el.querySelector('[data-part="date"]')?.textContent).toBe('25 juni 2019');
    expect(el.querySelector('[data-part="indieners"]')?.textContent).toBe(
      'Ingediend door Buitenweg en Verhoeven',
    );
    expect(el.querySelector('[data-part="dictum"]')?.textContent).toMatch(/verzoekt de regering/);
    expect(el.textContent).toContain('Kamerstuk 30 821, nr. 90 · motie');
    expect(el.querySelector('a')?.getAttribute('href')).toBe(`${ORIGIN}/kst-30821-90.html`);
  });

  it('shows the vote with parties and seats', () => {
    const json = JSON.parse(load('odata/motion-21501-08-721.json')) as unknown;
    const r = readMotionVote(json, { dossier: 21501, toevoeging: '08', volgnummer: 721 });
    if (!r.ok) throw new Error('fixture');
    const el = draw({ ...base, vote: { state: 'ok', value: r.vote } });
    const vote = el.querySelector('[data-part="vote"]')?.textContent ?? '';
    expect(vote).toContain('Aangenomen op 10 april 2018');
    expect(vote).toContain('Voor (128): VVD (33), CDA (19)');
    expect(vote).toContain('Tegen (22): PVV (20), FvD (2)');
    expect(vote).toContain('Kabinetsappreciatie: Oordeel Kamer');
  });

  it('keeps the rest of the card when the vote is unavailable, in one line', () => {
    const el = draw({ ...base, vote: { state: 'error', line: 'Stemuitslag niet beschikbaar.' } });
    expect(el.querySelector('[data-part="vote-error"]')?.textContent).toBe(
      'Stemuitslag niet beschikbaar.',
    );
    expect(el.querySelector('[data-part="dictum"]')).not.toBeNull();
  });

  it('speaks the UI language: English when the user chose it', () => {
    const json = JSON.parse(load('odata/motion-21501-08-721.json')) as unknown;
    const r = readMotionVote(json, { dossier: 21501, toevoeging: '08', volgnummer: 721 });
    if (!r.ok) throw new Error('fixture');
    setUiLanguage('en');
    try {
      const el = draw({ ...base, vote: { state: 'ok', value: r.vote } });
      expect(el.querySelector('[data-part="date"]')?.textContent).toBe('25 June 2019');
      expect(el.querySelector('[data-part="indieners"]')?.textContent).toBe(
        'Submitted by Buitenweg and Verhoeven',
      );
      expect(el.textContent).toContain('Kamerstuk 30 821, no. 90 · motion');
      const vote = el.querySelector('[data-part="vote"]')?.textContent ?? '';
      expect(vote).toContain('Adopted on 10 April 2018');
      expect(vote).toContain('For (128): VVD (33), CDA (19)');
      expect(el.querySelector('button')?.getAttribute('aria-label')).toBe('Close the preview');
      expect(el.querySelector('.foot a')?.textContent).toBe('Open the document');
      expect(pageFailureLine('not-found')).toBe(
        'This document was not found on the official site.',
      );
    } finally {
      setUiLanguage('nl');
    }
  });

  it('says a page failure in one line', () => {
    const el = draw({
      ...base,
      page: { state: 'error', line: 'Dit document is niet gevonden op de officiële site.' },
    });
    expect(el.querySelector('[data-part="page-error"]')?.textContent).toBe(
      'Dit document is niet gevonden op de officiële site.',
    );
    expect(el.querySelector('a')?.getAttribute('href')).toBe(`${ORIGIN}/kst-30821-90.html`);
  });
});
