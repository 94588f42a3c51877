/**
 * lib/dom/per-task.ts: a memo kept for one task. Within it, every use gets the same value, made
 * once; once the task's microtasks have run (any `await`), the next use makes a new one.
 */
import { describe, expect, it } from 'vitest';
import { perTask } from '../../../lib/dom/per-task';

describe('perTask', () => {
  it('makes its value once per task and afresh after the microtasks ran', async () => {
    let made = 0;
    const memo = perTask(() => ({ serial: ++made }));
    expect(made).toBe(0);
    const first = memo();
    expect(memo()).toBe(first);
    expect(memo()).toBe(first);
    expect(made).toBe(1);

    await Promise.resolve();
    const second = memo();
    expect(second).not.toBe(first);
    expect(second.serial).toBe(2);
    expect(memo()).toBe(second);

    // Not used in a task: nothing made.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(made).toBe(2);
    expect(memo().serial).toBe(3);
  });
});
