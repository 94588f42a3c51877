import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The official publications site; http is allowed too so tests can serve fixtures on loopback
// under the real host name.
const SITE = '*://zoek.officielebekendmakingen.nl/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    host_permissions: [SITE],
    // Tweede Kamer open data is asked for only when the user turns it on in the options.
    optional_host_permissions: ['https://gegevensmagazijn.tweedekamer.nl/*'],
    commands: {
      'toggle-side-by-side': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kamerlens@kamerlens.nl',
              // The data-collection declaration needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
