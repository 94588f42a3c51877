import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ODATA_ORIGIN } from '@/lib/sources/odata';
import { handleODataRequest, isODataRequest } from '@/lib/sources/odata-proxy';

export default defineBackground(() => {
  // Open-data requests of the content script (it cannot fetch that origin itself); only with the
  // optional host permission, checked on every request because the user can revoke it any time.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isODataRequest(message)) return undefined;
    return handleODataRequest(message, {
      hasPermission: () => browser.permissions.contains({ origins: [`${ODATA_ORIGIN}/*`] }),
    });
  });
});
