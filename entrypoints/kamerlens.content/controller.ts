import type { PageContext } from './context';
import type { PageInfo } from '@/lib/page/types';
import type { DocumentModel } from '@/lib/model/types';
import type { Feature, FeatureContext, FeatureSettings, SharedState, Undo } from './feature';
import { quietly } from './diagnostics';
import { nextTask } from './yield';

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
  /** Bumped whenever features are taken back: a run that started before stops at its next feature. */
  private generation = 0;

  constructor(
    private readonly ctx: PageContext,
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
    const generation = this.generation;
    for (const feature of this.features.slice(index)) {
      // Each feature starts in a task of its own: awaits alone would chain them all into one long
      // task after the first one's last await.
      await nextTask();
      if (this.ctx.isInvalid || generation !== this.generation) return;
      const abort = new AbortController();
      this.ctx.onInvalidated(() => abort.abort());
      const context = this.context(abort);
      const entry: Running = { feature, undo: null, abort };
      this.running.push(entry);
      await quietly(`feature ${feature.name}`, async () => {
        if (feature.enabled && !feature.enabled(context)) return;
        entry.undo = (await feature.run(context)) ?? null;
      });
      // Taken back while it was still working (switched off, settings changed): undo what it did.
      if (abort.signal.aborted && entry.undo) {
        const undo = entry.undo;
        entry.undo = null;
        await quietly(`undo ${feature.name}`, undo);
      }
    }
  }

  private undoFrom(index: number): void {
    this.generation++;
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
