/**
 * The message that starts the background early. The background recognizes a page's references
 * (lib/recognition/elsewhere); a service worker that went to sleep takes about 150 ms to start and
 * load its code, measured. The loader sends this first thing (only document URLs load it), so that
 * start overlaps detection and the loading of the main module. Its own module: the loader must
 * not import the recognizers with it.
 */
export const WAKE_MESSAGE = 'kamerlens:wake';

export function isWakeMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === WAKE_MESSAGE;
}
