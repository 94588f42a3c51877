import { join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { APP_MODULE_DIR } from '../lib/app-module';

/**
 * Builds the content script's main module apart from the loader WXT builds
 * (entrypoints/kamerlens.content/index.ts): an ES module with chunks of its own for what only some
 * pages need (timeline card, preview card, the popup's summary), which the browser evaluates only
 * when they are imported. WXT bundles each content script as one IIFE, which cannot be split, so
 * this is a second Vite build with the same config (plugins, aliases, globals) into
 * `<outDir>/content-app/`, web-accessible on the site's pages only (the loader imports it from
 * there). `wxt dev` does not rebuild it on change; `npm run build` does.
 */
const ENTRY = 'entrypoints/kamerlens.content/app.ts';
/** The loader's context, in place of WXT's. */
const CONTEXT = 'entrypoints/kamerlens.content/context.ts';
/** `wxt/browser` in the main module: native `browser`, the polyfill only where there is none. */
const BROWSER_API = 'entrypoints/kamerlens.content/browser-api.ts';
const SITE_PAGES = ['https://zoek.officielebekendmakingen.nl/*'];
/** Must be the file's first line (V8's explicit compile hints). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint on each chunk's first line, after minifying (which drops comments). */
function compileHint() {
  return {
    name: 'kamerlens:compile-hint',
    generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk') file.code = `${COMPILE_HINT}\n${file.code}`;
    },
  };
}

export default defineWxtModule({
  name: 'kamerlens:content-app',
  setup(wxt) {
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      const files = `${APP_MODULE_DIR}/*`;
      if (manifest.manifest_version === 2) {
        manifest.web_accessible_resources = [
          ...((manifest.web_accessible_resources as string[] | undefined) ?? []),
          files,
        ];
      } else {
        manifest.web_accessible_resources = [
          ...((manifest.web_accessible_resources as object[] | undefined) ?? []),
          { resources: [files], matches: SITE_PAGES },
        ] as typeof manifest.web_accessible_resources;
      }
    });

    // The loader (WXT's content-script build) uses only runtime.getURL and runtime.id, which
    // `chrome` has too: it gets no polyfill. Extension pages and the background keep it. And it
    // gets our context instead of WXT's, which touches the extension API in the script's first
    // task (entrypoints/kamerlens.content/context.ts says why).
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
        (alias as Record<string, string>)['wxt/utils/content-script-context'] = join(
          wxt.config.root,
          CONTEXT,
        );
      }
    });

    wxt.hook('build:done', async (wxt) => {
      const vite = await import('vite');
      const { config: c } = wxt;
      const base = await c.vite(c.env);
      const globals = {
        MANIFEST_VERSION: c.manifestVersion,
        BROWSER: c.browser,
        CHROME: c.browser === 'chrome',
        FIREFOX: c.browser === 'firefox',
        ENTRYPOINT: 'kamerlens',
      };
      await vite.build({
        ...base,
        configFile: false,
        root: c.root,
        mode: c.mode,
        logLevel: 'warn',
        publicDir: false,
        // A V8 compile hint: compile every function of a chunk with it, not at first call, so the
        // code cache the browser keeps for these files holds them all. Recognizers and annotation
        // then start warm on later pages instead of compiling while the page waits (about 30%
        // less annotation work on the small pages; docs/performance.md).
        plugins: [...(base.plugins ?? []), compileHint()],
        resolve: {
          ...base.resolve,
          alias: {
            ...c.alias,
            ...(base.resolve?.alias as Record<string, string> | undefined),
            'wxt/browser': join(c.root, BROWSER_API),
          },
        },
        define: {
          ...base.define,
          ...Object.fromEntries(
            Object.entries(globals).map(([k, v]) => [`import.meta.env.${k}`, JSON.stringify(v)]),
          ),
          'process.env.NODE_ENV': JSON.stringify(c.mode),
        },
        build: {
          outDir: join(c.outDir, APP_MODULE_DIR),
          emptyOutDir: true,
          copyPublicDir: false,
          // No <link rel="modulepreload"> into the page: chunks are imported by the module itself.
          modulePreload: false,
          // Library builds keep whitespace by default; the extension ships minified code.
          // KAMERLENS_NO_MINIFY=1 keeps names readable in CPU profiles (docs/performance.md).
          minify: c.command !== 'serve' && !process.env.KAMERLENS_NO_MINIFY,
          lib: { entry: join(c.root, ENTRY), formats: ['es'], fileName: () => 'app.js' },
          rollupOptions: {
            output: {
              chunkFileNames: '[name]-[hash].js',
              // Everything the main module imports statically, in one chunk. The bundler's own
              // split made nine modules of it (code shared with the lazy parts went apart), and
              // each module loaded costs the page a task of its own: one chunk halved the loading
              // tasks on the answer page (docs/performance.md). The lazy parts stay lazy.
              codeSplitting: { groups: [{ name: 'main', tags: ['$initial'] }] },
              minify: c.command !== 'serve' && !process.env.KAMERLENS_NO_MINIFY,
            },
          },
        },
      });
    });
  },
});
