import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TimelineCard } from '../../../components/TimelineCard';
import { setUiLanguage } from '../../../lib/i18n';
import { detectPage } from '../../../lib/page/detect';
import { loadAnswerDocuments } from '../../../lib/sources/load-answers';
import { timelineView } from '../../../lib/timeline/from-documents';
import { SITE, fakeSite, htmlDoc, pageHtml } from '../sources/fixtures';

const ids = ['ah-tk-20212022-3019', 'ah-tk-20212022-mededeling-placeholder'];
let host: HTMLElement | null = null;

afterEach(() => {
  setUiLanguage('nl');
  if (host) render(null, host);
  host?.remove();
  host = null;
});

async function viewFor(routes: Parameters<typeof fakeSite>[0]) {
  const doc = htmlDoc(pageHtml('kv-tk-2022Z04510'));
  const page = detectPage(`${SITE}/kv-tk-2022Z04510.html`, doc)!;
  const load = await loadAnswerDocuments(page, doc, {
    origin: SITE,
    fetchImpl: fakeSite(routes).fetchImpl,
    cache: null,
    timeoutMs: 50,
  });
  return { view: timelineView(page, load, '2026-11-29', SITE), failed: load.failures.length > 0 };
}

function mount(node: preact.ComponentChild) {
  host = document.createElement('div');
  document.body.appendChild(host);
  act(() => render(node, host!));
  return host;
}

/** A row's text as read aloud: term, then description. */
const field = (root: HTMLElement, name: string) => {
  const el = root.querySelector(`[data-field="${name}"]`);
  if (!el) return undefined;
  const parts =
    el.children.length && el.querySelector('dt')
      ? Array.from(el.children).map((c) => c.textContent)
      : [el.textContent];
  return parts.join(' ').replace(/\s+/g, ' ').trim();
};

describe('TimelineCard', () => {
  it('shows the 2022Z04510 timeline with links to the answer and the notice', async () => {
    const { view, failed } = await viewFor(
      Object.fromEntries(ids.map((id) => [`/${id}.html`, pageHtml(id)])),
    );
    const root = mount(
      <TimelineCard view={view} loading={false} failed={failed} onRetry={() => undefined} />,
    );
    expect(field(root, 'submitted')).toBe(
      'Ingezonden 10 maart 2022 Vragen (kv-tk-2022Z04510), deze pagina',
    );
    expect(field(root, 'notice')).toMatch(
      /^Uitstel \(Mededeling\) 1 april 2022 Mededeling \(uitstel\) \(ah-tk-20212022-mededeling-placeholder\) ?Tekst van de Mededeling ?Hierbij deel ik u,/,
    );
    // The notice's own text, behind a native (keyboard-operable) disclosure.
    const details = root.querySelector('[data-field="notice"] details')!;
    expect(details.querySelector('summary')?.textContent).toBe('Tekst van de Mededeling');
    expect(details.textContent).toContain(
      'niet binnen de gebruikelijke termijn kunnen worden beantwoord',
    );
    expect(field(root, 'answered')).toBe('Beantwoord 8 juni 2022 Antwoord (ah-tk-20212022-3019)');
    expect(field(root, 'days')).toBe('Duur 90 dagen');
    expect(field(root, 'term')).toBe('Termijn 6 weken, tot 21 april 2022: te laat (48 dagen)');
    const links = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `${SITE}/ah-tk-20212022-mededeling-placeholder.html`,
      `${SITE}/ah-tk-20212022-3019.html`,
    ]);
    expect(root.querySelector('[data-field="failure"]')).toBeNull();
    // Named region for assistive technology.
    const section = root.querySelector('section')!;
    expect(root.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent).toMatch(
      /tijdlijn/,
    );
  });

  it('on failure: one line with a keyboard-reachable retry button, and no false "nog niet beantwoord"', async () => {
    const { view, failed } = await viewFor({
      [`/${ids[0]}.html`]: { status: 500 },
      [`/${ids[1]}.html`]: pageHtml(ids[1]!),
    });
    expect(failed).toBe(true);
    const onRetry = vi.fn();
    const root = mount(
      <TimelineCard view={view} loading={false} failed={failed} onRetry={onRetry} />,
    );
    expect(field(root, 'failure')).toBe('Antwoord kon niet worden geladen — opnieuw proberen');
    expect(field(root, 'term')).not.toMatch(/nog niet beantwoord/);
    const button = root.querySelector('button')!;
    expect(button.type).toBe('button');
    act(() => button.click());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('while loading: says so in a live region', async () => {
    const { view } = await viewFor({});
    const root = mount(
      <TimelineCard view={view} loading={true} failed={false} onRetry={() => undefined} />,
    );
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Antwoord wordt geladen…');
    expect(field(root, 'answered')).toBe('Beantwoord …');
  });

  it('speaks the chosen UI language: every line of the card in English, dates too', async () => {
    const { view, failed } = await viewFor(
      Object.fromEntries(ids.map((id) => [`/${id}.html`, pageHtml(id)])),
    );
    setUiLanguage('en');
    const root = mount(
      <TimelineCard view={view} loading={false} failed={failed} onRetry={() => undefined} />,
    );
    expect(root.querySelector('h2')?.textContent).toBe(
      'Kamerlens · timeline of these parliamentary questions',
    );
    expect(field(root, 'submitted')).toBe(
      'Submitted 10 March 2022 Questions (kv-tk-2022Z04510), this page',
    );
    expect(field(root, 'notice')).toMatch(
      /^Delay \(notice\) 1 April 2022 Notice of delay \(ah-tk-20212022-mededeling-placeholder\) ?Text of the notice/,
    );
    expect(field(root, 'answered')).toBe('Answered 8 June 2022 Answer (ah-tk-20212022-3019)');
    expect(field(root, 'days')).toBe('Time taken 90 days');
    expect(field(root, 'term')).toBe('Term 6 weeks, until 21 April 2022: late (48 days)');
  });

  it('in English: the failure line, the retry button and the unknown term', async () => {
    const { view, failed } = await viewFor({
      [`/${ids[0]}.html`]: { status: 500 },
      [`/${ids[1]}.html`]: pageHtml(ids[1]!),
    });
    setUiLanguage('en');
    const root = mount(
      <TimelineCard view={view} loading={false} failed={failed} onRetry={() => undefined} />,
    );
    expect(field(root, 'failure')).toBe('The answer could not be loaded — try again');
    expect(field(root, 'term')).toBe(
      'Term 6 weeks, until 21 April 2022: unknown: the answer was not loaded',
    );
    expect(root.textContent).not.toMatch(/Antwoord|geladen|Ingezonden|dagen/);
  });
});
