/**
 * Where the content script's main module lies in the built extension (web-accessible on the site's
 * pages only). The loader imports it; modules/content-app.ts builds it there.
 */
export const APP_MODULE_DIR = 'content-app';
export const APP_MODULE_PATH = `/${APP_MODULE_DIR}/app.js`;
