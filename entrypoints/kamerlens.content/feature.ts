import type { PageContext } from './context';
import type { PageInfo } from '@/lib/page/types';
import type { DocumentModel } from '@/lib/model/types';
import type { SideBySideHandle } from '@/lib/dom/side-by-side';
import type { Settings } from '@/lib/settings';

/** The user's settings as the features read them (lib/settings.ts). */
export type FeatureSettings = Settings;

/** What features leave for the features after them (the grid for the copy buttons, …). */
export interface SharedState {
  sideBySide?: SideBySideHandle | null;
  /** Switches side by side for this page view (toolbar, page key and browser command agree). */
  toggleSideBySide?: () => Promise<void>;
  /** Focuses a question (the keyboard feature's cursor, while it runs); false when not found. */
  jumpToPair?: (number: string) => boolean;
  /**
   * Links the references in blocks copied into the page from the document `from` (the answers a
   * question page loads), read in that document's context, until `signal` aborts; resolves to
   * their undo. Set while the references feature runs.
   */
  linkCopies?: (roots: readonly Element[], from: PageInfo, signal: AbortSignal) => Promise<Undo>;
  [key: string]: unknown;
}

export interface FeatureContext {
  page: PageInfo;
  model: DocumentModel;
  document: Document;
  /** Aborted when the feature is switched off or the content script is invalidated. */
  signal: AbortSignal;
  ctx: PageContext;
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
