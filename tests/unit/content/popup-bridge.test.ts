import { describe, expect, it } from 'vitest';
import type { PageContext } from '@/entrypoints/kamerlens.content/context';
import type { FeatureContext, SharedState } from '../../../entrypoints/kamerlens.content/feature';
import { references } from '../../../entrypoints/kamerlens.content/features/references';
import {
  startPopupBridge,
  type MessageEvents,
} from '../../../entrypoints/kamerlens.content/popup-bridge';
import { MESSAGE, type SummaryResponse } from '../../../lib/messages';
import { parseDocument } from '../../../lib/model/parse';
import { detectPage } from '../../../lib/page/detect';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { loadPage } from '../helpers/fixture-page';

type Listener = (message: unknown) => Promise<unknown> | undefined;

/** Stands in for browser.runtime.onMessage: `send` is what the popup's tabs.sendMessage does. */
function fakeEvents() {
  const listeners = new Set<Listener>();
  const events: MessageEvents = {
    addListener: (l) => listeners.add(l),
    removeListener: (l) => listeners.delete(l),
  };
  const send = async (message: unknown): Promise<unknown> => {
    for (const l of listeners) {
      const answer = l(message);
      if (answer) return answer;
    }
    return undefined;
  };
  return { events, send, listeners };
}

function answerPage() {
  const { url, document } = loadPage('ah-tk-20212022-3019');
  const page = detectPage(url, document)!;
  return { document, page, model: parseDocument(page, document) };
}

describe('popup bridge: answers the popup whatever the features do', () => {
  it('gives the summary with no feature run (master switch off), and every link once references ran and were undone', async () => {
    const { document, page, model } = answerPage();
    const shared: SharedState = {};
    const { events, send, listeners } = fakeEvents();
    const stop = startPopupBridge({ document, model, shared }, events);

    const ask = async () => (await send({ type: MESSAGE.summary })) as SummaryResponse;
    const off = await ask();
    expect(off.ok).toBe(true);
    if (!off.ok) return;
    expect(off.summary).toMatchObject({ id: 'ah-tk-20212022-3019', pairs: 15, answered: 14 });
    expect(off.summary.references).toEqual([]);

    // The references feature runs: the same bridge now counts its links.
    const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    const abort = new AbortController();
    const context: FeatureContext = {
      page,
      model,
      document,
      signal: abort.signal,
      ctx: { isInvalid: false, onInvalidated: () => () => {} } as unknown as PageContext,
      settings,
      shared,
    };
    const undo = await references.run(context);
    const linked = document.querySelectorAll('a[data-kamerlens="ref"][data-kl-kind]').length;
    expect(linked).toBeGreaterThan(0);
    const on = await ask();
    if (!on.ok) throw new Error('no summary');
    expect(on.summary.references.reduce((n, g) => n + g.count, 0)).toBe(linked);

    // Master switch off again: the links are gone, the bridge still answers.
    undo?.();
    const again = await ask();
    if (!again.ok) throw new Error('no summary');
    expect(again.summary.pairs).toBe(15);
    expect(again.summary.references).toEqual([]);

    stop();
    expect(listeners.size).toBe(0);
    expect(await send({ type: MESSAGE.summary })).toBeUndefined();
  });

  it('jumps to a question with the keyboard cursor when it runs, else by scrolling; unknown numbers say false', async () => {
    const { document, model } = answerPage();
    const shared: SharedState = {};
    const { events, send } = fakeEvents();
    startPopupBridge({ document, model, shared }, events);
    const scrolled: string[] = [];
    // jsdom has no layout: record the scroll instead.
    Object.defineProperty(document.defaultView!.HTMLElement.prototype, 'scrollIntoView', {
      configurable: true,
      value(this: HTMLElement) {
        scrolled.push((this.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 7));
      },
    });
    expect(await send({ type: MESSAGE.jump, to: { pair: '3' } })).toBe(true);
    expect(scrolled).toEqual(['Vraag 3']);
    expect(await send({ type: MESSAGE.jump, to: { pair: '99' } })).toBe(false);

    const asked: string[] = [];
    shared.jumpToPair = (n) => (asked.push(n), true);
    expect(await send({ type: MESSAGE.jump, to: { pair: '4' } })).toBe(true);
    expect(asked).toEqual(['4']);
    expect(scrolled).toHaveLength(1);
  });

  it('passes the toggle command to the controller, and ignores messages that are not ours', async () => {
    const { document, model } = answerPage();
    const shared: SharedState = {};
    const { events, send } = fakeEvents();
    startPopupBridge({ document, model, shared }, events);
    expect(await send({ type: MESSAGE.toggleSideBySide })).toBe(false);
    let toggled = 0;
    shared.toggleSideBySide = async () => void toggled++;
    expect(await send({ type: MESSAGE.toggleSideBySide })).toBe(true);
    expect(toggled).toBe(1);
    expect(await send({ type: 'something-else' })).toBeUndefined();
    expect(await send('kamerlens:summary')).toBeUndefined();
  });
});
