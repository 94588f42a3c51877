import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageInfo } from '@/lib/page/types';
import type { DocumentModel } from '@/lib/model/types';
import type { Feature, FeatureContext, FeatureSettings, SharedState, Undo } from './feature';
import { quietly } from './diagnostics';

interface Running {
  feature: Feature;
  undo: Undo | null;
  abort: AbortController;
}

/**
 * Runs the features on one page and takes them back: all of them (the master switch), or one
 * switch and everything after it. A feature that throws is reported quietly and skipped; the page
 * keeps what the other features did.
 */
export class Controller {
  private running: Running[] = [];
  readonly shared: SharedState = {};
  active = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    readonly page: PageInfo,
    readonly model: DocumentModel,
    readonly settings: FeatureSettings,
    private readonly features: readonly Feature[],
    private readonly onChange: () => void = () => {},
  ) {
    this.shared.toggleSideBySide = () =>
      this.set('sideBySide', !this.settings.sideBySide, 'side-by-side');
  }

  async enable(): Promise<void> {
    this.active = true;
    await this.runFrom(0);
    this.onChange();
  }

  disable(): void {
    this.undoFrom(0);
    this.active = false;
    this.onChange();
  }

  /** New stored settings (the options page changed): the features run again with them. */
  async applySettings(next: FeatureSettings): Promise<void> {
    Object.assign(this.settings, next);
    if (!this.active) return this.onChange();
    this.undoFrom(0);
    await this.runFrom(0);
    this.onChange();
  }

  /** Changes a setting and re-runs the features from the first one that reads it onward. */
  async set<K extends keyof FeatureSettings>(
    key: K,
    value: FeatureSettings[K],
    feature: string,
  ): Promise<void> {
    this.settings[key] = value;
    if (!this.active) return this.onChange();
    const index = this.features.findIndex((f) => f.name === feature);
    if (index < 0) return;
    this.undoFrom(index);
    await this.runFrom(index);
    this.onChange();
  }

  private context(abort: AbortController): FeatureContext {
    return {
      page: this.page,
      model: this.model,
      document,
      signal: abort.signal,
      ctx: this.ctx,
      settings: this.settings,
      shared: this.shared,
    };
  }

  private async runFrom(index: number): Promise<void> {
    for (const feature of this.features.slice(index)) {
      if (this.ctx.isInvalid) return;
      const abort = new AbortController();
      this.ctx.onInvalidated(() => abort.abort());
      const context = this.context(abort);
      const entry: Running = { feature, undo: null, abort };
      this.running.push(entry);
      await quietly(`feature ${feature.name}`, async () => {
        if (feature.enabled && !feature.enabled(context)) return;
        entry.undo = (await feature.run(context)) ?? null;
      });
    }
  }

  private undoFrom(index: number): void {
    const names = new Set(this.features.slice(index).map((f) => f.name));
    for (let i = this.running.length - 1; i >= 0; i--) {
      const entry = this.running[i]!;
      if (!names.has(entry.feature.name)) continue;
      entry.abort.abort();
      if (entry.undo) void quietly(`undo ${entry.feature.name}`, entry.undo);
      this.running.splice(i, 1);
    }
  }
}
