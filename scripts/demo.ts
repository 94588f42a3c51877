/**
 * `npm run demo`: build, serve the fixture pages on loopback under the real host name, and open
 * Chromium with the extension on the answer page of Kamervraag 2022Z04510. Without a display it
 * runs headless, writes screenshots (pages and the popup) to demo-output/ and exits; with one it
 * stays open until Ctrl-C.
 * `--no-build` skips the build (the tests' build is reused).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../tests/e2e/support/browsers';
import { MissingBrowserError, resolveBrowser } from '../tests/e2e/support/browser-executable';
import { ROOT } from '../tests/e2e/support/build-output';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { settle, waitForGrid } from '../tests/e2e/support/page-ready';

const ANSWER_PAGE = 'ah-tk-20212022-3019.html';
const QUESTION_PAGE = 'kv-tk-2022Z04510.html';
const OUT = join(ROOT, 'demo-output');

// Before the build: a missing browser is one line and exit status 1, not a stack trace a minute later.
try {
  resolveBrowser('chromium');
} catch (error) {
  if (!(error instanceof MissingBrowserError)) throw error;
  console.error(`npm run demo: ${error.message}`);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const headless = !process.env.DISPLAY;
const server = await startFixtureServer();
const browser = await launchChromium({ port: server.port, headless });
console.log(
  `Chromium (${CHROMIUM_PATH}), ${headless ? 'headless: no DISPLAY' : `on display ${process.env.DISPLAY}`}`,
);
console.log(
  `Fixture pages served on 127.0.0.1:${server.port} as http://zoek.officielebekendmakingen.nl/…`,
);

/**
 * The toolbar popup, opened as a page for the answer page's tab (`popup.html?tab=<id>`), since a
 * headless browser has no toolbar to click.
 */
async function screenshotPopup(pageUrl: string, file: string): Promise<void> {
  const { context } = browser;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
    };
    return (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id;
  }, pageUrl);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-kl="counts"]', { timeout: 15_000 });
  await popup.locator('details[data-kind]').first().locator('summary').click();
  await popup.screenshot({ path: file, fullPage: true });
  await popup.close();
}

const shutdown = async () => {
  await browser.close();
  await server.close();
};

try {
  const answer = await browser.newPage(1280, 900);
  await answer.goto(server.siteUrl(ANSWER_PAGE));
  await waitForGrid(answer);
  await settle(answer);

  if (headless) {
    mkdirSync(OUT, { recursive: true });
    const full = join(OUT, 'ah-tk-20212022-3019-full.png');
    await answer.screenshot(full, true);
    // The viewport shot starts a little above the grid so the first rows and the toolbar show.
    await answer.evaluate(() => {
      const top = document.querySelector('[data-kamerlens="grid"]')!.getBoundingClientRect().top;
      scrollTo(0, scrollY + top - 120);
    }, null);
    const grid = join(OUT, 'ah-tk-20212022-3019-grid-1280x900.png');
    await answer.screenshot(grid, false);

    const question = await browser.newPage(1280, 900);
    await question.goto(server.siteUrl(QUESTION_PAGE));
    await settle(question);
    const questionShot = join(OUT, 'kv-tk-2022Z04510-full.png');
    await question.screenshot(questionShot, true);

    const popupShot = join(OUT, 'popup-ah-tk-20212022-3019.png');
    await screenshotPopup(server.siteUrl(ANSWER_PAGE), popupShot);

    const errors = [...answer.errors, ...question.errors];
    for (const file of [full, grid, questionShot, popupShot]) console.log(`wrote ${file}`);
    if (errors.length) console.log(`page errors:\n  ${errors.join('\n  ')}`);
    await shutdown();
  } else {
    const question = await browser.newPage(1280, 900);
    await question.goto(server.siteUrl(QUESTION_PAGE));
    console.log('Open: the answer page and the question page are in two tabs. Ctrl-C to stop.');
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
    await shutdown();
  }
} catch (error) {
  await shutdown();
  throw error;
}
