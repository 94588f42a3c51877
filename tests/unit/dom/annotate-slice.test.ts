import { describe, expect, it } from 'vitest';
import { slicer, yieldToBrowser } from '../../../lib/dom/annotate-slice';

describe('slicer', () => {
  it('yields once the slice is used up and counts only the time spent working', async () => {
    let clock = 0;
    const slice = slicer(8, () => clock);
    clock = 5;
    expect(slice.maybeYield()).toBeNull();
    clock = 9;
    const pause = slice.maybeYield();
    expect(pause).not.toBeNull();
    // What the browser does while we yield is not our work.
    clock = 40;
    await pause;
    expect(slice.workMs()).toBe(9);
    clock = 43;
    expect(slice.maybeYield()).toBeNull();
    expect(slice.workMs()).toBe(12);
  });

  it('waiting for work elsewhere is neither work nor unnoticed: the clock stops, a yield counts', async () => {
    let clock = 0;
    const slice = slicer(8, () => clock);
    clock = 3;
    let answer!: (value: string) => void;
    const waiting = slice.wait(new Promise<string>((resolve) => (answer = resolve)));
    clock = 300;
    answer('done');
    await expect(waiting).resolves.toBe('done');
    expect(slice.yields()).toBe(1);
    clock = 302;
    expect(slice.workMs()).toBe(5);
    // A failure elsewhere reaches the caller, and the clock runs again.
    clock = 310;
    await expect(slice.wait(Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(slice.yields()).toBe(2);
    expect(slice.workMs()).toBe(13);
  });

  it('yieldToBrowser resolves in a later task, after the microtasks queued before it', async () => {
    const order: string[] = [];
    const yielded = yieldToBrowser().then(() => order.push('yielded'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'yielded']);
  });
});
