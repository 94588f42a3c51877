import './style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '@/components/Popup';
import { setUiLanguage } from '@/lib/i18n';
import {
  MESSAGE,
  type ContentRequest,
  type JumpTarget,
  type SummaryResponse,
} from '@/lib/messages';
import { getSettings } from '@/lib/settings';

const SITE = 'https://zoek.officielebekendmakingen.nl/';
/** Document URLs the content script runs on (see its `matches`). */
const DOCUMENT_URL =
  /^https?:\/\/zoek\.officielebekendmakingen\.nl\/.*(kv|ah|h)-(tk|ek)-|^https?:\/\/zoek\.officielebekendmakingen\.nl\/.*kst-/;

/**
 * The tab to describe: `?tab=<id>` when given (tests open the popup as a page, where there is no
 * active tab of its own), else the active tab of the current window.
 */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function ask(tabId: number): Promise<SummaryResponse | null> {
  const request: ContentRequest = { type: MESSAGE.summary };
  try {
    return (
      ((await browser.tabs.sendMessage(tabId, request)) as SummaryResponse | undefined) ?? null
    );
  } catch {
    return null; // no content script in that tab
  }
}

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const settings = await getSettings().catch(() => null);
  setUiLanguage(settings?.uiLanguage ?? 'nl');
  document.documentElement.lang = settings?.uiLanguage ?? 'nl';

  let view: PopupState = { state: 'loading' };
  let tabId: number | null = null;
  const testMode = new URLSearchParams(location.search).has('tab');

  const onJump = (to: JumpTarget) => {
    if (tabId === null) return;
    const request: ContentRequest = { type: MESSAGE.jump, to };
    void browser.tabs.sendMessage(tabId, request).catch(() => undefined);
    if (!testMode) window.close();
  };
  const draw = () =>
    render(
      <Popup
        view={view}
        siteUrl={SITE}
        onJump={onJump}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />,
      root,
    );
  draw();

  const tab = await targetTab();
  tabId = tab?.id ?? null;
  const response = tab ? await ask(tab.id) : null;
  if (response?.ok) view = { state: 'summary', summary: response.summary };
  // A document URL whose content script did not answer: a reload usually helps.
  else if (tab?.url && DOCUMENT_URL.test(tab.url)) view = { state: 'no-contact' };
  else view = { state: 'not-ours' };
  draw();
}

void main();
