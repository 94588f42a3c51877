import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ContentScriptContext,
  startedEventName,
} from '../../../entrypoints/kamerlens.content/context';

/** An extension API whose runtime counts how often it is read; `id` null: the extension is gone. */
function fakeApi(id: string | null = 'abcdefghijklmnop') {
  const reads = { count: 0 };
  const api = {
    get runtime() {
      reads.count++;
      return { id: id ?? undefined };
    },
  };
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', api);
  return reads;
}

/** Lets the task a context waits for run (nextTask: a MessageChannel message or scheduler.yield). */
const aTaskLater = () => new Promise((resolve) => setTimeout(resolve, 20));

const contexts: ContentScriptContext[] = [];
const context = (name = 'kamerlens') => {
  const ctx = new ContentScriptContext(name, { noScriptStartedPostMessage: true });
  contexts.push(ctx);
  return ctx;
};

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  vi.unstubAllGlobals();
});

describe('ContentScriptContext (the loader’s, in place of WXT’s)', () => {
  it('does not touch the extension API in the task it is made in', async () => {
    const reads = fakeApi();
    const heard: Event[] = [];
    const name = 'abcdefghijklmnop:kamerlens:wxt:content-script-started';
    document.addEventListener(name, (e) => heard.push(e));
    context();
    expect(reads.count).toBe(0);
    expect(heard).toHaveLength(0);
    await aTaskLater();
    // A task later it announces itself, under WXT's event name.
    expect(reads.count).toBeGreaterThan(0);
    expect(heard).toHaveLength(1);
    expect((heard[0] as CustomEvent).detail).toMatchObject({ contentScriptName: 'kamerlens' });
  });

  it('names its announcement as WXT does: extension id, script name, event', () => {
    fakeApi('xyz');
    expect(startedEventName('kamerlens')).toBe('xyz:kamerlens:wxt:content-script-started');
  });

  it('stops an older copy when a newer one announces itself, and not the newer one', async () => {
    fakeApi();
    const older = context();
    await aTaskLater();
    const newer = context();
    await aTaskLater();
    expect(older.signal.aborted).toBe(true);
    expect(older.isInvalid).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    expect(newer.isValid).toBe(true);
  });

  it('leaves a copy of another content script alone', async () => {
    fakeApi();
    const other = context('another-script');
    await aTaskLater();
    context();
    await aTaskLater();
    expect(other.signal.aborted).toBe(false);
  });

  it('is invalid once the extension is gone (no runtime id), and calls back', () => {
    fakeApi(null);
    const ctx = context();
    const onInvalidated = vi.fn();
    ctx.onInvalidated(onInvalidated);
    expect(ctx.isInvalid).toBe(true);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
  });

  it('announces nothing when stopped before its first task ends', async () => {
    const reads = fakeApi();
    const ctx = context();
    ctx.abort();
    await aTaskLater();
    expect(reads.count).toBe(0);
  });
});
