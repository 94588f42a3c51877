import { browser } from 'wxt/browser';

/** The background's reply, or why there is none. */
type BackgroundReply =
  { answered: true; value: unknown } | { answered: false; why: 'timeout' | 'failed' };

/**
 * One message to the background and its reply; never rejects. `failed` when sending fails (no
 * listener, the extension reloaded under the open page: sendMessage then throws at once, not in
 * its promise); `timeout` when no reply comes within `guardMs`, which only guards against a
 * message never answered.
 */
export async function askBackground(message: unknown, guardMs: number): Promise<BackgroundReply> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<BackgroundReply>((resolve) => {
    timer = setTimeout(() => resolve({ answered: false, why: 'timeout' }), guardMs);
  });
  const reply = Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .then(
      (value: unknown): BackgroundReply => ({ answered: true, value }),
      (): BackgroundReply => ({ answered: false, why: 'failed' }),
    );
  try {
    return await Promise.race([reply, guard]);
  } finally {
    clearTimeout(timer);
  }
}
