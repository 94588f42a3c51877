import type { PageContext } from './context';
import type { PageInfo } from '@/lib/page/types';
import { parseDocument } from '@/lib/model/parse';
import { withIntroDates } from '@/lib/page/detect';
import { Controller } from './controller';
import { FEATURES } from './features';
import { loadFeatureSettings } from './settings';
import { mountToolbar } from './toolbar';
import { note, quietly } from './diagnostics';
import { modelFromXml } from './xml-fallback';
import { setUiLanguage } from '@/lib/i18n';
import { watchSettings } from '@/lib/settings';
import { markPerformance, nextTask } from './yield';
import { startPopupBridge } from './popup-bridge';

/**
 * The main module (built apart as an ES module, see modules/content-app.ts): on a page the loader
 * (index.ts) recognized, parse, run the features, show the toolbar, answer the popup.
 */
export async function start(ctx: PageContext, identified: PageInfo): Promise<void> {
  // Parsing in a task of its own: the module's evaluation already fills this one.
  await nextTask();
  // The loader identified the page without its intro's dates (lib/page/identify.ts).
  const page = withIntroDates(identified, document);
  let model = parseDocument(page, document);
  if (model.strategy === 'none' && (page.kind === 'question' || page.kind === 'answer')) {
    model = (await modelFromXml(page, ctx.signal)) ?? model;
  }
  note(`${page.id}: ${model.pairs.length} vragen (strategie: ${model.strategy}).`);
  for (const line of model.diagnostics) note(line);
  const settings = await loadFeatureSettings();
  setUiLanguage(settings.uiLanguage);
  let redraw = () => {};
  const controller = new Controller(ctx, page, model, settings, FEATURES, () => redraw());
  // The popup's side: owned by the page view, so it answers with features or the master switch off.
  ctx.onInvalidated(startPopupBridge({ document, model, shared: controller.shared }));
  await controller.enable();
  await nextTask();
  redraw = mountToolbar(ctx, controller);
  await quietly('instellingen volgen', () => {
    const stop = watchSettings((next) => {
      setUiLanguage(next.uiLanguage);
      void controller.applySettings(next);
    });
    ctx.onInvalidated(stop);
  });
  markPerformance('kamerlens:ready');
}
