import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { identifyPage } from '@/lib/page/identify';
import { APP_MODULE_PATH } from '@/lib/app-module';
import { WAKE_MESSAGE } from '@/lib/recognition/wake';
import { note } from './diagnostics';
import { markPerformance, nextTask } from './yield';
import { extensionRuntime, type PageContext, type Runtime } from './context';

/**
 * The loader: only parliamentary document URLs load it; other pages of the site get none of our
 * code. It detects the page, and only on a document it recognizes imports the rest of Kamerlens,
 * an ES module built apart (modules/content-app.ts) whose UI parts load when first needed. So the
 * script the browser evaluates first stays small, and a page that turns out not to be ours pays
 * for nothing more. https only.
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
  // WXT's older "script started" signal is a window.postMessage: the page's own message listeners
  // receive it, and the loader's first task took 17.6 ms with it, 10.7 without (medians of 16
  // traced loads). The custom event WXT also sends still tells an older copy of us to stop.
  noScriptStartedPostMessage: true,
  main(ctx) {
    load(ctx).catch((error: unknown) => note('kon niet starten; pagina ongewijzigd.', error));
  },
});

/** Starts a sleeping background while the main module loads (lib/recognition/wake). */
function wakeBackground(runtime: Runtime | undefined): void {
  try {
    runtime?.sendMessage?.({ type: WAKE_MESSAGE })?.catch(() => undefined);
  } catch {
    // No background to reach (the extension was reloaded): the page recognizes itself.
  }
}

async function load(ctx: PageContext): Promise<void> {
  // Set in the script's own evaluation task, so `npm run bench` counts that task as ours.
  markPerformance('kamerlens:start');
  // Nothing more in this task: compiling and evaluating the script fill it, and the extension
  // API's first use in a page builds its bindings (context.ts has the figures), so that waits.
  await nextTask();
  // Only document URLs load this script, so the background will almost always be needed.
  wakeBackground(extensionRuntime());
  // Detection in a task of its own.
  await nextTask();
  const page = identifyPage(location.href, document);
  if (!page) {
    note('geen parlementair document herkend; pagina ongewijzigd.');
    return;
  }
  // Only an extension runs this script; without a runtime the catch in main() notes why.
  const url = extensionRuntime()!.getURL(APP_MODULE_PATH);
  const app = (await import(/* @vite-ignore */ url)) as typeof import('./app');
  if (ctx.isInvalid) return;
  await app.start(ctx, page);
}
