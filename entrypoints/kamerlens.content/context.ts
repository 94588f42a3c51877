import { nextTask } from './yield';

/**
 * The content script's context: stands in for WXT's `ContentScriptContext` in the loader's build
 * (modules/content-app.ts aliases `wxt/utils/content-script-context` to this file), with the same
 * constructor and the members Kamerlens uses.
 *
 * Why not WXT's: it reads `runtime.id` when its class is defined and announces itself to older
 * copies of the script in its constructor, both in the script's first task. The first use of the
 * extension API in a page's isolated world builds that API's bindings: a content script that
 * only reads `chrome.runtime.id` took 6–34 ms to evaluate on a browser's first page load, one that
 * only sets a mark 1–9 ms (traced). With WXT's context, our loader's first task was 47–79 ms on
 * such loads. Here nothing touches the API until a task later, when the loader wakes the
 * background (index.ts) and this context announces itself.
 *
 * The announcement is WXT's: a `CustomEvent` on the document whose name holds the extension's id
 * and the script's name. A copy that hears a newer one stops (its signal aborts), so a copy of an
 * older version of the extension and this one tell each other apart the same way.
 */
export interface ContextOptions {
  /** WXT's option; kept for its type. We never post the announcement to the page's window. */
  noScriptStartedPostMessage?: boolean;
}

/** What the rest of Kamerlens uses of a context: this one, or WXT's where WXT's types say so. */
export interface PageContext {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
}

/** The part of the extension API's runtime the loader and its context use. */
export interface Runtime {
  /** Undefined once the extension is gone (reloaded, removed). */
  id?: string;
  getURL(path: string): string;
  /** Promise-based in Firefox and in Chromium's MV3 (no callback given). */
  sendMessage?(message: unknown): Promise<unknown> | undefined;
}

/**
 * The extension API's runtime, read only when called (its first read builds the API's bindings):
 * promise-based `browser`, else `chrome`; undefined outside an extension.
 */
export function extensionRuntime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** The announcement's event name, as WXT names it: one per extension and content script. */
export const startedEventName = (scriptName: string): string =>
  `${extensionRuntime()?.id}:${scriptName}:wxt:content-script-started`;

export class ContentScriptContext implements PageContext {
  private readonly abortController = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  // WXT's entry passes its options; the one it has (noScriptStartedPostMessage) is what we do anyway.
  constructor(
    readonly contentScriptName: string,
    _options?: ContextOptions,
  ) {
    void this.announceLater();
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  /** True once a newer copy took over or the extension is gone (reloaded, removed). */
  get isInvalid(): boolean {
    if (extensionRuntime()?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** Calls `cb` once the context is invalidated; returns a function that cancels that. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  /** A task after the script's first: tells older copies to stop, then listens for newer ones. */
  private async announceLater(): Promise<void> {
    await nextTask();
    if (this.signal.aborted) return;
    const name = startedEventName(this.contentScriptName);
    const detail = { contentScriptName: this.contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(name, { detail }));
    const onNewer = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const from = event.detail as Partial<typeof detail> | null;
      if (from?.contentScriptName === this.contentScriptName && from.messageId !== this.id)
        this.notifyInvalidated();
    };
    document.addEventListener(name, onNewer);
    this.onInvalidated(() => document.removeEventListener(name, onNewer));
  }
}
