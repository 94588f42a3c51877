import { describe, expect, it } from 'vitest';
import type { PageContext } from '@/entrypoints/kamerlens.content/context';
import { Controller } from '../../../entrypoints/kamerlens.content/controller';
import type { Feature } from '../../../entrypoints/kamerlens.content/feature';
import { nextTask, workSlice } from '../../../entrypoints/kamerlens.content/yield';
import { parseDocument } from '../../../lib/model/parse';
import { detectPage } from '../../../lib/page/detect';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { loadPage } from '../helpers/fixture-page';

/** The real answer page 2021–2022 nr. 3019, detected and parsed as the content script does. */
function answerPage() {
  const { url, document } = loadPage('ah-tk-20212022-3019');
  const page = detectPage(url, document)!;
  return { document, page, model: parseDocument(page, document) };
}

function fakeContext(): PageContext {
  return { isInvalid: false, onInvalidated: () => () => {} } as unknown as PageContext;
}

/** Every microtask queued so far (and the ones those queue) has run; no macrotask has. */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

function recorder(log: string[], names: string[]): Feature[] {
  return names.map((name) => ({
    name,
    run: ({ model }) => {
      log.push(`${name}:${model.pairs.length}`);
      return () => log.push(`undo ${name}`);
    },
  }));
}

describe('Controller: each feature starts in a task of its own', () => {
  it('runs every feature on the parsed page, in order, none in the task that enabled them', async () => {
    const { page, model } = answerPage();
    expect(model.pairs.length).toBeGreaterThan(0);
    const log: string[] = [];
    const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    const controller = new Controller(
      fakeContext(),
      page,
      model,
      settings,
      recorder(log, ['a', 'b', 'c']),
    );
    const enabling = controller.enable();
    await drainMicrotasks();
    // Microtasks alone never reach a feature: the first one waits for the next task.
    expect(log).toEqual([]);
    await enabling;
    const n = model.pairs.length;
    expect(log).toEqual([`a:${n}`, `b:${n}`, `c:${n}`]);
  });

  it('switching off while a feature works: it is undone when it finishes, later ones never start', async () => {
    const { page, model } = answerPage();
    const log: string[] = [];
    let finish = () => {};
    const slow: Feature = {
      name: 'slow',
      run: async ({ signal }) => {
        log.push('slow started');
        await new Promise<void>((resolve) => (finish = resolve));
        log.push(`slow done, aborted: ${signal.aborted}`);
        return () => log.push('undo slow');
      },
    };
    const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    const features = [...recorder(log, ['a']), slow, ...recorder(log, ['c'])];
    const controller = new Controller(fakeContext(), page, model, settings, features);
    const enabling = controller.enable();
    while (!log.includes('slow started')) await nextTask();
    controller.disable();
    finish();
    await enabling;
    expect(log).toEqual([
      `a:${model.pairs.length}`,
      'slow started',
      'undo a',
      'slow done, aborted: true',
      'undo slow',
    ]);
    expect(controller.active).toBe(false);
  });
});

describe('workSlice', () => {
  it('is over once the slice time has passed, and fresh again after a yield', async () => {
    let clock = 0;
    const slice = workSlice(8, () => clock);
    expect(slice.over()).toBe(false);
    clock = 7.9;
    expect(slice.over()).toBe(false);
    clock = 8;
    expect(slice.over()).toBe(true);
    await slice.yield();
    expect(slice.over()).toBe(false);
  });
});
