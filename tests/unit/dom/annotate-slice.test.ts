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

  it('yieldToBrowser resolves in a later task, after the microtasks queued before it', async () => {
    const order: string[] = [];
    const yielded = yieldToBrowser().then(() => order.push('yielded'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'yielded']);
  });
});
