import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '../../components/Popup';
import { Options } from '../../components/Options';
import { CopyButtons, type CopyWhat } from '../../components/CopyButtons';
import { setUiLanguage } from '../../lib/i18n';
import { buildSummary } from '../../lib/summary';
import { DEFAULT_SETTINGS, type Settings, type StoredSettings } from '../../lib/settings';
import type { JumpTarget } from '../../lib/messages';
import { loadFixture } from '../unit/copy/fixture';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  setUiLanguage('nl');
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('Popup', () => {
  const { model } = loadFixture('ah-tk-20212022-3019');
  const summary = buildSummary(model, [
    { kind: 'motion', text: 'motie Buitenweg en Verhoeven (30821–90)', target: 'kst-30821-90' },
    { kind: 'date', text: '22 maart 2022', target: '2022-03-22' },
  ]);

  it('shows id, kind, counts, dates, references by kind and the parse diagnostics', () => {
    render(
      <Popup
        view={{ state: 'summary', summary }}
        siteUrl="https://zoek.officielebekendmakingen.nl/"
        onJump={() => {}}
        onOpenOptions={() => {}}
      />,
      root,
    );
    expect(text('header .kind')).toBe('Antwoord op Kamervragen');
    expect(text('header .id a')).toBe('ah-tk-20212022-3019');
    expect(text('[data-kl="counts"]')).toBe('15 vragen, 14 beantwoord, 1 onbeantwoord');
    expect(
      Array.from(root.querySelectorAll('.timeline time')).map((t) => t.getAttribute('datetime')),
    ).toEqual(['2022-03-10', '2022-06-08']);
    expect(
      Array.from(root.querySelectorAll('details[data-kind]')).map((d) =>
        d.getAttribute('data-kind'),
      ),
    ).toEqual(['motion', 'date']);
    expect(text('details[data-kind="motion"] summary')).toBe('Moties 1');
    expect(text('[data-kl="strategy"]')).toBe('Herkend via: de opmaak van de site');
    expect(text('.diagnostics li')).toBe('Vraag 15 is niet beantwoord.');
  });

  it('every button has a name; jump links send the target', () => {
    const jumps: JumpTarget[] = [];
    render(
      <Popup
        view={{ state: 'summary', summary }}
        siteUrl="x"
        onJump={(to) => jumps.push(to)}
        onOpenOptions={() => {}}
      />,
      root,
    );
    for (const button of root.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') ?? button.textContent?.trim()).toBeTruthy();
    }
    (root.querySelector('details[data-kind="motion"] li button') as HTMLButtonElement).click();
    const unanswered = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent === '15',
    )!;
    unanswered.click();
    expect(jumps).toEqual([{ ref: 0 }, { pair: '15' }]);
  });

  it('on a page that is not ours: an explanation and a link to the site, in the chosen language', () => {
    setUiLanguage('en');
    render(
      <Popup
        view={{ state: 'not-ours' }}
        siteUrl="https://zoek.officielebekendmakingen.nl/"
        onJump={() => {}}
        onOpenOptions={() => {}}
      />,
      root,
    );
    expect(text('[data-kl="explain"] p')).toMatch(/^This page is not a parliamentary question/);
    expect(root.querySelector('[data-kl="explain"] a')?.getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/',
    );
  });
});

describe('Options', () => {
  it('each control has a label and reports a change as a settings patch', () => {
    const patches: StoredSettings[] = [];
    const settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    render(
      <Options
        settings={settings}
        status=""
        onChange={(p) => patches.push(p)}
        onOpenData={async () => true}
      />,
      root,
    );
    for (const input of root.querySelectorAll('input')) {
      expect(root.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    expect(root.querySelectorAll('input[type="checkbox"][id^="ref-"]')).toHaveLength(13);
    act(() => (root.querySelector('#sideBySide') as HTMLInputElement).click());
    act(() => (root.querySelector('#ref-date') as HTMLInputElement).click());
    act(() => (root.querySelector('#copyFormat-markdown') as HTMLInputElement).click());
    expect(patches).toEqual([
      { sideBySide: false },
      { references: { date: false } },
      { copyFormat: 'markdown' },
    ]);
  });

  it('turning open data on goes through the permission request, not a plain patch', async () => {
    const asked: boolean[] = [];
    const patches: StoredSettings[] = [];
    render(
      <Options
        settings={structuredClone(DEFAULT_SETTINGS) as Settings}
        status=""
        onChange={(p) => patches.push(p)}
        onOpenData={async (on) => {
          asked.push(on);
          return false;
        }}
      />,
      root,
    );
    act(() => (root.querySelector('#openData') as HTMLInputElement).click());
    expect(asked).toEqual([true]);
    expect(patches).toEqual([]);
  });
});

describe('CopyButtons', () => {
  it('names each button with the question number and says "Gekopieerd" after a copy', async () => {
    const asked: CopyWhat[] = [];
    render(
      <CopyButtons
        numbers={['3']}
        showAll={false}
        floating={false}
        labels={{
          pair: 'Kopieer',
          pairLabel: 'Kopieer vraag $1 met antwoord en bronvermelding',
          citation: 'Bronvermelding',
          citationLabel: 'Kopieer de bronvermelding van vraag $1',
          all: 'Kopieer alles',
          allLabel: 'Kopieer alles',
          done: 'Gekopieerd',
          failed: 'Kopiëren is niet gelukt',
        }}
        onCopy={async (what) => {
          asked.push(what);
          return true;
        }}
      />,
      root,
    );
    const button = root.querySelector('button[data-copy="pair-3"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe(
      'Kopieer vraag 3 met antwoord en bronvermelding',
    );
    await act(async () => {
      button.click();
      // Let the copy promise settle inside act, so the status render is flushed.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(asked).toEqual([{ what: 'pair', number: '3' }]);
    expect(button.textContent).toBe('Gekopieerd');
    expect(text('[role="status"]')).toBe('Gekopieerd');
  });
});
