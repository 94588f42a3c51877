import { browser as ownApi } from '@wxt-dev/browser';

/**
 * `wxt/browser` inside the main module (modules/content-app.ts points the import here): the
 * browser's own promise-based `browser` where the content script has one (Firefox; Chromium 156),
 * else webextension-polyfill over `chrome`, imported only then. Measured: the polyfill cost the
 * loader about 4 ms of evaluation and 2.8 kB gzip where it only handed the native object through
 * (docs/performance.md).
 */
const native = (globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id;

export const browser: typeof ownApi = native
  ? ownApi
  : ((await import('webextension-polyfill')).default as unknown as typeof ownApi);
