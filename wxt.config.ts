import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The official publications site, https only: the tests serve their fixtures over https on
// loopback too (tests/e2e/support/fixture-server.ts), so no build ever asks for http.
const SITE = 'https://zoek.officielebekendmakingen.nl/*';
// Tweede Kamer open data (vote results); optional, asked for when the user turns it on.
const OPEN_DATA = 'https://gegevensmagazijn.tweedekamer.nl/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  // The sources zip AMO asks for: what a reviewer needs to rebuild, not our test data or outputs.
  zip: {
    excludeSources: ['demo-output/**', 'bench-output/**', 'tests/**', '.scratch/**', 'docs/*.png'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    host_permissions: [SITE],
    optional_host_permissions: [OPEN_DATA],
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
              // Nothing is collected unless the user turns on open data, which sends the zaak
              // number of the Kamervraag being read and the numbers of cited motions to the
              // Tweede Kamer: asked for together with that host (lib/settings.ts, docs/store.md).
              data_collection_permissions: {
                required: ['none'],
                optional: ['browsingActivity', 'websiteContent'],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
          // Manifest V2 has no optional_host_permissions: there, hosts go in optional_permissions.
          optional_permissions: [OPEN_DATA],
        }
      : {}),
  }),
});
