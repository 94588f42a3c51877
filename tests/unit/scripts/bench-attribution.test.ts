import { describe, expect, it } from 'vitest';
import {
  attributeLongTasks,
  ourLongestTask,
  type TraceEvent,
} from '../../../scripts/bench-attribution';

/**
 * Event names and argument shapes as Chromium 156 writes them in a trace of our pages (the
 * question page and the 1.5 MB Handelingen page); times in microseconds, as in a trace.
 */
const MAIN = { pid: 7, tid: 1 };
const OTHER_THREAD = { pid: 7, tid: 2 };
const EXT = 'chrome-extension://ameddameljonpbjdmljlbijdhegdbmii';

const complete = (
  name: string,
  ts: number,
  dur: number,
  args?: TraceEvent['args'],
): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...MAIN,
  ...(args ? { args } : {}),
});
const mark = (name: string, ts: number): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  ts,
  ...MAIN,
});
/**
 * A task as the scheduler wraps it: the toplevel RunTask and, starting 13 µs later as in
 * Chromium's traces, the thread controller's, which names where the task was posted from when
 * `from` is given.
 */
const task = (
  ts: number,
  dur: number,
  inside: TraceEvent[],
  from?: { src_file: string; src_func: string },
): TraceEvent[] => [
  complete('RunTask', ts, dur),
  complete('ThreadControllerImpl::RunTask', ts + 13, dur - 15, from),
  ...inside,
];

const START = 1_000_000;
const events: TraceEvent[] = [
  // Before our script starts: not ours to count.
  ...task(START - 200_000, 80_000, [complete('ParseHTML', START - 200_000, 79_000)]),
  mark('kamerlens:start', START),
  // The loader: evaluated in a task, with a garbage collection inside it.
  ...task(START - 10_000, 60_000, [
    complete('EvaluateScript', START - 10_000, 59_000, {
      data: { url: `${EXT}/content-scripts/kamerlens.js` },
    }),
    complete('v8.run', START - 9_000, 57_000, { fileName: `${EXT}/content-scripts/kamerlens.js` }),
    complete('MajorGC', START - 8_000, 20_000),
  ]),
  // A short task of ours: under the limit.
  ...task(START + 100_000, 8_000, [
    complete('FunctionCall', START + 100_000, 8_000, {
      data: { url: `${EXT}/content-app/app.js` },
    }),
  ]),
  // V8 writing the module's code cache: only the inner event names the file.
  ...task(START + 150_000, 55_000, [
    complete('v8.produceModuleCache', START + 150_000, 40_000),
    complete('v8.produceModuleCache', START + 150_100, 39_000, {
      fileName: `${EXT}/content-app/app.js`,
    }),
    complete('v8.produceModuleCache', START + 190_500, 14_500),
  ]),
  // The browser's own timer.
  ...task(START + 250_000, 70_000, [complete('TimerBase::run', START + 250_000, 70_000)]),
  // A message's task (15 ms), then the microtasks our awaits resume in, traced as a sibling.
  ...task(START + 330_000, 15_000, [complete('Receive mojo message', START + 330_000, 15_000)]),
  complete('BlinkScheduler_OnTaskCompleted', START + 345_050, 40_050),
  complete('BlinkScheduler_PerformMicrotaskCheckpoint', START + 345_060, 39_900),
  complete('RunMicrotasks', START + 345_070, 39_800),
  // A frame: style and layout of our changes, and the browser's page-text capture.
  ...task(START + 400_000, 90_000, [
    complete('ProxyMain::BeginMainFrame', START + 400_000, 90_000),
    complete('WebFrameWidgetImpl::UpdateLifecycle', START + 400_500, 85_000),
    complete('UpdateLayoutTree', START + 401_000, 3_000),
    complete('Layout', START + 404_000, 9_000),
    complete('Blink.CompositingInputs.UpdateTime', START + 413_000, 20_000),
    complete('ChromeRenderFrameObserver::CapturePageText', START + 440_000, 45_000),
  ]),
  // A task with nothing traced inside (a timer or message outside the trace's categories): Blink
  // reporting the page's links to the browser.
  ...task(START + 500_000, 52_000, [], {
    src_file: 'third_party/blink/renderer/core/html/anchor_element_metrics_sender.cc',
    src_func: 'MaybeUpdateMetrics',
  }),
  // Our main module loaded: the module map's task, its compiling untraced.
  ...task(START + 560_000, 51_000, [complete('v8.evaluateModule', START + 580_000, 3_000)], {
    src_file: 'third_party/blink/renderer/core/script/module_map.cc',
    src_func: 'DispatchFinishedNotificationAsync',
  }),
  // Long, but on another thread.
  { ...complete('RunTask', START + 500_000, 90_000), ...OTHER_THREAD },
  mark('kamerlens:annotate:end', START + 600_000),
  // After the settle time: not counted.
  ...task(START + 600_000 + 1_200_000, 70_000, [
    complete('TimerBase::run', START + 1_800_000, 70_000),
  ]),
];

/** The tasks over `limitMs` in the bench's window (a second after our last mark). */
const attribute = (list: TraceEvent[], limitMs = 50) =>
  attributeLongTasks(list, {
    limitMs,
    settleMs: 1000,
    endMarks: ['kamerlens:annotate:end', 'kamerlens:ready'],
  });

describe('attributeLongTasks', () => {
  const tasks = attribute(events);

  it('counts the long tasks on our thread from our start to the settle time after our last mark', () => {
    expect(tasks.map((t) => [t.atMs, t.ms])).toEqual([
      [-10, 60],
      [150, 55],
      [250, 70],
      [330, 55.1],
      [400, 90],
      [500, 52],
      [560, 51],
    ]);
  });

  it('names whose work filled each task', () => {
    expect(tasks.map((t) => t.owner)).toEqual([
      'ours',
      'ours',
      'browser',
      'ours',
      'rendering',
      'browser',
      'ours',
    ]);
    expect(tasks[0]!.parts[0]).toEqual({
      name: 'EvaluateScript content-scripts/kamerlens.js',
      ms: 59,
    });
    expect(tasks[1]!.parts[0]).toEqual({
      name: 'v8.produceModuleCache content-app/app.js',
      ms: 40,
    });
    // The second cache write names no file of ours: the task's rest is the browser's.
    expect(tasks[1]!.byOwner).toEqual({ ours: 40, rendering: 0, browser: 14.5 });
    expect(tasks[2]!.parts).toEqual([{ name: 'TimerBase::run', ms: 70 }]);
    // Nothing traced inside: not ours (our script is always in the trace).
    expect(tasks[5]!.parts).toEqual([{ name: 'untraced (timers, messages)', ms: 52 }]);
  });

  it('names where a task was posted from when the scheduler says', () => {
    expect(tasks[5]!.postedFrom).toBe('anchor_element_metrics_sender.cc MaybeUpdateMetrics');
    expect(tasks[0]!.postedFrom).toBeNull();
  });

  it("counts the untraced time of the module map's task as ours: our main module loading", () => {
    expect(tasks[6]!.byOwner).toEqual({ ours: 51, rendering: 0, browser: 0 });
    expect(tasks[6]!.parts).toEqual([
      { name: 'untraced (our module loading)', ms: 48 },
      { name: 'v8.evaluateModule', ms: 3 },
    ]);
  });

  it("counts the microtask checkpoint traced after a task in that task, as our script's", () => {
    expect(tasks[3]!.byOwner).toEqual({ ours: 39.9, rendering: 0, browser: 15 });
    expect(tasks[3]!.parts[0]).toEqual({
      name: 'BlinkScheduler_PerformMicrotaskCheckpoint',
      ms: 39.9,
    });
  });

  it("tells a frame's time by its phases, the browser's text capture among them", () => {
    const frame = tasks[4]!;
    expect(frame.byOwner).toEqual({ ours: 0, rendering: 90, browser: 0 });
    expect(frame.parts.slice(0, 3)).toEqual([
      { name: 'ChromeRenderFrameObserver::CapturePageText', ms: 45 },
      { name: 'Blink.CompositingInputs.UpdateTime', ms: 20 },
      { name: 'rest of the frame', ms: 13 },
    ]);
  });

  it('finds nothing without our start mark', () => {
    expect(attribute(events.filter((e) => e.name !== 'kamerlens:start'))).toEqual([]);
  });
});

describe('ourLongestTask', () => {
  const everyTask = (list: TraceEvent[]) => attribute(list, 1);

  it('finds short tasks too when asked for every task of a millisecond or more', () => {
    expect(everyTask(events).map((t) => [t.atMs, t.ms])).toContainEqual([100, 8]);
  });

  it('picks the task with the most of our work, not the longest task', () => {
    // The 90 ms frame and the 70 ms timer are longer; the loader's task holds the most of ours.
    const t = ourLongestTask(everyTask(events))!;
    expect([t.atMs, t.ms, t.byOwner.ours]).toEqual([-10, 60, 59]);
  });

  it('finds our short task when it is our only one', () => {
    const onlyShort = events.filter(
      (e) =>
        !(e.args && JSON.stringify(e.args).includes('kamerlens.js')) &&
        !e.name.startsWith('v8.produceModuleCache') &&
        !e.name.startsWith('BlinkScheduler_') &&
        e.name !== 'RunMicrotasks' &&
        !(e.ts >= START + 560_000 && e.ts < START + 611_000),
    );
    const t = ourLongestTask(everyTask(onlyShort))!;
    expect([t.atMs, t.ms, t.owner]).toEqual([100, 8, 'ours']);
  });

  it('is null when no task holds work of ours', () => {
    expect(ourLongestTask(everyTask(events).filter((t) => t.byOwner.ours === 0))).toBeNull();
    expect(ourLongestTask([])).toBeNull();
  });
});
