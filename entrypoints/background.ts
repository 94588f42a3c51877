import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleODataRequest, isODataRequest, isTrustedSender } from '@/lib/sources/odata-proxy';
import { MESSAGE } from '@/lib/messages';
import { hasOpenDataPermission } from '@/lib/settings';
import { answerRecognizeRequest, isRecognizeRequest } from '@/lib/recognition/elsewhere';
import { isWakeMessage } from '@/lib/recognition/wake';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Sent only to start this worker early; receiving it was the point.
    if (isWakeMessage(message)) return Promise.resolve({ ok: true });
    // The content script's texts, recognized here off the page's main thread. A failure is an
    // answer too: the page then recognizes them itself.
    if (isRecognizeRequest(message)) {
      if (!isTrustedSender(sender, browser.runtime.id)) return Promise.resolve({ ok: false });
      try {
        return Promise.resolve(answerRecognizeRequest(message));
      } catch {
        return Promise.resolve({ ok: false });
      }
    }
    // Open-data requests of the content script (it cannot fetch that origin itself); only with the
    // optional host permission, checked on every request because the user can revoke it any time.
    if (!isODataRequest(message)) return undefined;
    if (!isTrustedSender(sender, browser.runtime.id))
      return Promise.resolve({ ok: false, error: 'bad-sender', status: null });
    return handleODataRequest(message, {
      hasPermission: hasOpenDataPermission,
    });
  });

  // The browser-level shortcut (manifest `commands`) toggles side by side in the active tab.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'toggle-side-by-side') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      return browser.tabs
        .sendMessage(tab.id, { type: MESSAGE.toggleSideBySide })
        .catch(() => undefined);
    });
  });
});
