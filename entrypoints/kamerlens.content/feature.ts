import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageInfo } from '@/lib/page/types';
import type { DocumentModel } from '@/lib/model/types';
import type { SideBySideHandle } from '@/lib/dom/side-by-side';

/** Feature switches the content script reads; lib/settings.ts holds the stored, user-facing ones. */
export interface FeatureSettings {
  sideBySide: boolean;
  references: boolean;
  [key: string]: unknown;
}

/** What features leave for the features after them (the grid for the copy buttons, …). */
export interface SharedState {
  sideBySide?: SideBySideHandle | null;
  [key: string]: unknown;
}

export interface FeatureContext {
  page: PageInfo;
  model: DocumentModel;
  document: Document;
  /** Aborted when the feature is switched off or the content script is invalidated. */
  signal: AbortSignal;
  ctx: ContentScriptContext;
  settings: FeatureSettings;
  shared: SharedState;
}

/** Undoes what a feature did to the page. */
export type Undo = () => void;

export interface Feature {
  name: string;
  /** Whether to run with these settings on this page; default: always. */
  enabled?(context: FeatureContext): boolean;
  run(context: FeatureContext): Promise<Undo | void> | Undo | void;
}
