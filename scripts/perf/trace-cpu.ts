/**
 * Main-thread CPU time from a Chromium trace. On a shared 2-core machine wall-clock timings swing with the
 * other processes; the thread time of the renderer's tasks (`tdur`) counts only the time the page's main
 * thread actually ran, so it is the steadier figure to compare runs by. The probe marks the moments that
 * matter with `console.timeStamp`, which the trace records on the same clock as the tasks.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { message?: string; url?: string; requestId?: string } };
}

export interface TraceMark {
  message: string;
  /** Microseconds on the trace clock. */
  ts: number;
}

export interface MainThread {
  pid: number;
  tid: number;
  marks: TraceMark[];
  /** The main thread's top-level tasks. */
  tasks: TraceEvent[];
}

/** The renderer main thread that carries the probe's marks (a trace also holds other renderers' threads). */
export function findMainThread(events: readonly TraceEvent[], markPrefix = 'bench-'): MainThread | null {
  const mainThreads = events.filter(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  for (const thread of mainThreads) {
    const own = (event: TraceEvent) => event.pid === thread.pid && event.tid === thread.tid;
    const marks = events
      .filter((event) => own(event) && event.name === 'TimeStamp' && event.args?.data?.message?.startsWith(markPrefix))
      .map((event) => ({ message: event.args?.data?.message ?? '', ts: event.ts }))
      .sort((a, b) => a.ts - b.ts);
    if (marks.length === 0) continue;
    const tasks = events.filter((event) => own(event) && event.name === 'RunTask' && event.ph === 'X');
    return { pid: thread.pid, tid: thread.tid, marks, tasks };
  }
  return null;
}

/** CPU milliseconds the thread's tasks spent inside [from, to] (µs); a task cut by an edge counts in proportion. */
export function cpuBetween(tasks: readonly TraceEvent[], from: number, to: number): number {
  let micros = 0;
  for (const task of tasks) {
    const duration = task.dur ?? 0;
    const end = task.ts + duration;
    const overlap = Math.min(end, to) - Math.max(task.ts, from);
    if (overlap <= 0 || duration <= 0) continue;
    micros += (task.tdur ?? duration) * (overlap / duration);
  }
  return micros / 1000;
}

/** A thread's tasks: how long they took, and how much of that the thread actually ran on a core. */
export interface ThreadBusy {
  taskMs: number;
  cpuMs: number;
}

/**
 * The page's dedicated workers (the dashboard has one: the dataset reader), in the main thread's process, up to
 * `until` (µs). A worker whose tasks ran for much less CPU than they took was waiting for a core: on a machine with
 * two, the load's threads took turns.
 */
export function dedicatedWorkerBusy(events: readonly TraceEvent[], main: MainThread, until: number): ThreadBusy | null {
  const workers = new Set(
    events
      .filter(
        (event) =>
          event.ph === 'M' &&
          event.name === 'thread_name' &&
          event.pid === main.pid &&
          event.args?.name === 'DedicatedWorker thread',
      )
      .map((event) => event.tid),
  );
  if (workers.size === 0) return null;
  const tasks = events.filter(
    (event) => event.pid === main.pid && workers.has(event.tid) && event.name === 'RunTask' && event.ph === 'X',
  );
  let taskMicros = 0;
  for (const task of tasks) {
    const end = Math.min(task.ts + (task.dur ?? 0), until);
    if (end > task.ts) taskMicros += end - task.ts;
  }
  return { taskMs: Math.round(taskMicros / 1000), cpuMs: Math.round(cpuBetween(tasks, -Infinity, until)) };
}

/** When the dataset's response finished loading, on the trace clock, from the network events. */
export function findResourceFinish(events: readonly TraceEvent[], urlPattern: RegExp): number | null {
  const request = events.find(
    (event) => event.name === 'ResourceSendRequest' && urlPattern.test(event.args?.data?.url ?? ''),
  )?.args?.data?.requestId;
  if (request === undefined) return null;
  const finish = events.find((event) => event.name === 'ResourceFinish' && event.args?.data?.requestId === request);
  return finish?.ts ?? null;
}
