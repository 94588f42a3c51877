import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { start } from './app';
import { note } from './diagnostics';

/**
 * Only parliamentary document URLs load this script; other pages of the site get none of our code.
 * The script still checks meta tags and body before it changes anything.
 */
export default defineContentScript({
  matches: [
    '*://zoek.officielebekendmakingen.nl/*kv-tk-*',
    '*://zoek.officielebekendmakingen.nl/*kv-ek-*',
    '*://zoek.officielebekendmakingen.nl/*ah-tk-*',
    '*://zoek.officielebekendmakingen.nl/*ah-ek-*',
    '*://zoek.officielebekendmakingen.nl/*kst-*',
    '*://zoek.officielebekendmakingen.nl/*h-tk-*',
    '*://zoek.officielebekendmakingen.nl/*h-ek-*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    start(ctx).catch((error: unknown) => note('kon niet starten; pagina ongewijzigd.', error));
  },
});
