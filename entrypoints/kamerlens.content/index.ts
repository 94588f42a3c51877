import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { start } from './app';
import { note } from './diagnostics';

/**
 * Only parliamentary document URLs load this script; other pages of the site get none of our code.
 * The script still checks meta tags and body before it changes anything. https only.
 */
export default defineContentScript({
  matches: [
    'https://zoek.officielebekendmakingen.nl/*kv-tk-*',
    'https://zoek.officielebekendmakingen.nl/*kv-ek-*',
    'https://zoek.officielebekendmakingen.nl/*ah-tk-*',
    'https://zoek.officielebekendmakingen.nl/*ah-ek-*',
    'https://zoek.officielebekendmakingen.nl/*kst-*',
    'https://zoek.officielebekendmakingen.nl/*h-tk-*',
    'https://zoek.officielebekendmakingen.nl/*h-ek-*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    start(ctx).catch((error: unknown) => note('kon niet starten; pagina ongewijzigd.', error));
  },
});
