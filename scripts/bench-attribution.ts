/**
 * Whose is a long task? `npm run bench` counts every main-thread task in our window (from our
 * script's start to a second after our last mark), and the Long Tasks API cannot say what ran in
 * one. So the bench loads each page a few more times under a Chromium trace and classes each task
 * over the limit by what filled it:
 * - `ours`: script of an extension (only ours is loaded in the bench browser): evaluating it, its
 *   functions, compiling it, and V8 writing its code cache; the microtasks our awaits resume in
 *   (V8 names no file for them, but the bench's pages run no script of their own); and the
 *   untraced time of a task the module map posts when our main module has loaded (the pages load
 *   no modules of their own);
 * - `rendering`: a frame (style, layout, paint); our changes are in it, but so is the browser's
 *   own work of that frame, such as its page-text capture for translation after the load;
 * - `browser`: the rest: the page's or the browser's timers, garbage collection outside our script,
 *   and the time in a task that no traced event covers (timers and message handling are not in
 *   these trace categories; our script always is), named by where the task was posted from.
 * A trace makes tasks run longer, so these durations are an upper bound of the untraced ones.
 */
import type { BrowserContext } from 'playwright-core';
import { overCdp, type Evaluate } from './bench-cdp';

export type TaskOwner = 'ours' | 'rendering' | 'browser';

export interface AttributedTask {
  /** Start, in ms after the `kamerlens:start` mark. */
  atMs: number;
  ms: number;
  owner: TaskOwner;
  /** Time of each owner's work inside the task. */
  byOwner: Record<TaskOwner, number>;
  /** The largest pieces of the task (its outermost events, by name), longest first. */
  parts: { name: string; ms: number }[];
  /**
   * Where the task was posted from, as the scheduler traces it (`file.cc Function`): it names a
   * task whose own work no traced event covers, such as Blink's timer that reports the page's
   * links to the browser (`anchor_element_metrics_sender.cc MaybeUpdateMetrics`). Null if untold.
   */
  postedFrom: string | null;
}

/** The fields of a Chrome trace event that the attribution reads. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'renderer',
  'cc',
];

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/**
 * The microtask checkpoint at a task's end is traced after the task's own event, as a sibling; it
 * belongs to the task (the event loop runs it as the task's last step), and it is where our
 * awaits resume.
 */
const TASK_END = 'BlinkScheduler_OnTaskCompleted';
const UNTRACED = 'untraced (timers, messages)';
const UNTRACED_MODULE = 'untraced (our module loading)';
/**
 * Posting sites whose untraced time is ours: the module map finishing a module's load (fetched,
 * compiled, instantiated). The bench's pages load no modules of their own; our main module and
 * its chunks are the only ones, and their compiling is not in these trace categories.
 */
const OUR_POSTING_FILES = new Set(['module_map.cc']);
const MICROTASKS = new Set(['BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);

const FRAME_NAMES = new Set(['ProxyMain::BeginMainFrame', 'WebFrameWidgetImpl::UpdateLifecycle']);

/** The phases a frame's time is told in. */
const FRAME_PHASES = new Set([
  'UpdateLayoutTree',
  'Layout',
  'Blink.CompositingInputs.UpdateTime',
  'Blink.PrePaint.UpdateTime',
  'Paint',
  'ChromeRenderFrameObserver::CapturePageText',
  'LocalFrameView::UpdateViewportIntersectionsForSubtree',
]);
const EXTENSION_URL = /chrome-extension:\/\/[a-p]{32}\/([\w./-]+)/;

/** The file of ours an event names (`content-app/app.js`); null when it names none. */
const extensionPath = (e: TraceEvent): string | null =>
  e.args === undefined ? null : (EXTENSION_URL.exec(JSON.stringify(e.args))?.[1] ?? null);

/** Complete events of one thread that no other event of the list contains. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of events) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}

/** A task: its own event, and the checkpoint traced right after it, when there is one. */
interface Task {
  ts: number;
  dur: number;
}

/** The posting site a scheduler event's arguments name (`src_file`, `src_func`), if any. */
function postingSite(e: TraceEvent): string | null {
  const file = e.args?.['src_file'];
  const func = e.args?.['src_func'];
  if (typeof file !== 'string' || typeof func !== 'string') return null;
  return `${file.slice(file.lastIndexOf('/') + 1)} ${func}`;
}

/** The thread's tasks, each with the microtask checkpoint that ends it. */
function tasksOf(thread: TraceEvent[]): Task[] {
  const tasks: Task[] = [];
  for (const e of outermost(thread.filter((e) => TASK_NAMES.has(e.name) || e.name === TASK_END))) {
    const last = tasks[tasks.length - 1];
    // Within 0.1 ms of the task's end: its own checkpoint, not a task of its own.
    if (e.name === TASK_END && last && e.ts - (last.ts + last.dur) <= 100)
      last.dur = e.ts + e.dur! - last.ts;
    else tasks.push({ ts: e.ts, dur: e.dur! });
  }
  return tasks;
}

/**
 * The events of `thread` (sorted by start) that lie wholly inside `task`. A binary search for the
 * first, so classifying every task of a long page's trace stays linear in its events.
 */
function eventsWithin(thread: TraceEvent[], task: Task): TraceEvent[] {
  let lo = 0;
  let hi = thread.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (thread[mid]!.ts < task.ts) lo = mid + 1;
    else hi = mid;
  }
  const end = task.ts + task.dur;
  const inside: TraceEvent[] = [];
  for (let i = lo; i < thread.length && thread[i]!.ts < end; i++)
    if (thread[i]!.ts + thread[i]!.dur! <= end) inside.push(thread[i]!);
  return inside;
}

/**
 * The tasks over `limitMs` on the thread our `kamerlens:start` mark ran on, from that mark to
 * `settleMs` after the last of `endMarks`, each with what ran in it. Empty without the start mark.
 */
export function attributeLongTasks(
  events: TraceEvent[],
  opts: { limitMs: number; settleMs: number; endMarks: string[] },
): AttributedTask[] {
  const start = events.find((e) => e.name === 'kamerlens:start');
  if (!start) return [];
  const ends = events.filter((e) => opts.endMarks.includes(e.name)).map((e) => e.ts);
  const until = Math.max(start.ts, ...ends) + opts.settleMs * 1000;
  const thread = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = tasksOf(thread).filter(
    (t) => t.dur > opts.limitMs * 1000 && t.ts + t.dur >= start.ts && t.ts <= until,
  );
  return tasks.map((task) => {
    const inside = eventsWithin(thread, task);
    // Its pieces: the outermost events under the scheduler's task wrappers.
    const pieces = outermost(inside.filter((e) => !TASK_NAMES.has(e.name) && e.name !== TASK_END));
    // The thread controller's event, a few µs inside the task's outer one, carries the site.
    const postedFrom =
      inside
        .filter((e) => TASK_NAMES.has(e.name))
        .map(postingSite)
        .find((site) => site !== null) ?? null;
    const postedByUs = postedFrom !== null && OUR_POSTING_FILES.has(postedFrom.split(' ')[0]!);
    const byOwner: Record<TaskOwner, number> = { ours: 0, rendering: 0, browser: 0 };
    const sizes = new Map<string, number>();
    const add = (name: string, us: number) => sizes.set(name, (sizes.get(name) ?? 0) + us / 1000);
    for (const piece of pieces) {
      const span = inside.filter((e) => e.ts >= piece.ts && e.ts + e.dur! <= piece.ts + piece.dur!);
      let script: string | null = null;
      for (const e of [piece, ...span]) if ((script = extensionPath(e)) !== null) break;
      if (FRAME_NAMES.has(piece.name)) {
        byOwner.rendering += piece.dur! / 1000;
        // A frame's name says nothing of what took its time: name its phases.
        let named = 0;
        for (const phase of outermost(span.filter((e) => FRAME_PHASES.has(e.name)))) {
          add(phase.name, phase.dur!);
          named += phase.dur!;
        }
        add('rest of the frame', piece.dur! - named);
      } else if (script !== null || MICROTASKS.has(piece.name) || postedByUs) {
        // V8 names no file for script run from the microtask queue, nor for a module it
        // evaluates; the bench's pages run no script of their own, so it is ours.
        byOwner.ours += piece.dur! / 1000;
        add(script !== null ? `${piece.name} ${script}` : piece.name, piece.dur!);
      } else {
        byOwner.browser += piece.dur! / 1000;
        add(piece.name, piece.dur!);
      }
    }
    // What no traced event covers: in these traces, the browser's timers and message handling
    // (a content script that does nothing has them too), and the loading of our module; our
    // script itself is always traced.
    const untraced = (task.dur - pieces.reduce((sum, p) => sum + p.dur!, 0)) / 1000;
    if (untraced >= 1) {
      byOwner[postedByUs ? 'ours' : 'browser'] += untraced;
      add(postedByUs ? UNTRACED_MODULE : UNTRACED, untraced * 1000);
    }
    const owner = (['ours', 'rendering', 'browser'] as const).reduce((a, b) =>
      byOwner[b] > byOwner[a] ? b : a,
    );
    const round = (x: number) => Number(x.toFixed(1));
    return {
      atMs: round((task.ts - start.ts) / 1000),
      ms: round(task.dur / 1000),
      owner,
      byOwner: {
        ours: round(byOwner.ours),
        rendering: round(byOwner.rendering),
        browser: round(byOwner.browser),
      },
      parts: [...sizes]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([name, ms]) => ({ name, ms: round(ms) })),
      postedFrom,
    };
  });
}

/**
 * One load of `url` in a new tab under a trace, until `ready` says our marks are set; the trace's
 * events. The marks are asked for over CDP, as the bench does (not with Playwright's waits).
 */
export async function tracedLoad(
  context: BrowserContext,
  url: string,
  ready: (evaluate: Evaluate) => Promise<void>,
): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await ready(overCdp(cdp));
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await page.close();
  }
  return events;
}

/**
 * Of attributed tasks, the one with the most of our work in it (ties: the longer), or null when
 * none holds any. Its duration is what the limit is about for our own tasks: the loader's
 * evaluation, each feature's task, a pass's slices and the microtasks they resume in.
 */
export function ourLongestTask<T extends AttributedTask>(tasks: T[]): T | null {
  let best: T | null = null;
  for (const t of tasks) {
    if (t.byOwner.ours <= 0) continue;
    if (
      !best ||
      t.byOwner.ours > best.byOwner.ours ||
      (t.byOwner.ours === best.byOwner.ours && t.ms > best.ms)
    )
      best = t;
  }
  return best;
}
