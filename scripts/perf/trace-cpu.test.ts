import { cpuBetween, dedicatedWorkerBusy, findMainThread, findResourceFinish, type TraceEvent } from './trace-cpu';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (pid: number, ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
  tdur,
});
const mark = (pid: number, ts: number, message: string): TraceEvent => ({
  name: 'TimeStamp',
  ph: 'I',
  pid,
  tid: pid,
  ts,
  args: { data: { message } },
});

describe('findMainThread', () => {
  it('picks the renderer main thread that carries the probe marks, not another renderer', () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(2, 2, 'CrRendererMain'),
      task(1, 0, 100, 90),
      task(2, 0, 100, 50),
      mark(2, 10, 'bench-change'),
      mark(2, 5, 'other'),
    ];
    const main = findMainThread(events);
    expect(main?.pid).toBe(2);
    expect(main?.marks).toEqual([{ message: 'bench-change', ts: 10 }]);
    expect(main?.tasks).toHaveLength(1);
  });

  it('is null when no thread has marks', () => {
    expect(findMainThread([thread(1, 1, 'CrRendererMain'), task(1, 0, 10, 10)])).toBeNull();
  });
});

describe('cpuBetween', () => {
  it('counts thread time, not wall time, and cuts tasks at the window edges in proportion', () => {
    // A 2 ms task that ran for 1 ms of CPU (the rest it waited for a core), half inside the window.
    const tasks = [task(1, 0, 2000, 1000), task(1, 3000, 1000, 1000), task(1, 9000, 1000, 1000)];
    expect(cpuBetween(tasks, 1000, 5000)).toBe(1.5);
  });
});

describe('dedicatedWorkerBusy', () => {
  const workerTask = (pid: number, tid: number, ts: number, dur: number, tdur: number): TraceEvent => ({
    ...task(pid, ts, dur, tdur),
    tid,
  });

  it('sums the page’s worker tasks up to the end, wall and CPU, and no other process’s worker', () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(1, 7, 'DedicatedWorker thread'),
      thread(2, 8, 'DedicatedWorker thread'),
      mark(1, 0, 'bench-paint'),
      // Waited for a core half the time.
      workerTask(1, 7, 0, 4000, 2000),
      // Half of it before the end.
      workerTask(1, 7, 9000, 2000, 2000),
      workerTask(2, 8, 0, 5000, 5000),
    ];
    const main = findMainThread(events)!;
    expect(dedicatedWorkerBusy(events, main, 10_000)).toEqual({ taskMs: 5, cpuMs: 3 });
  });

  it('is null for a page without a worker', () => {
    const events = [thread(1, 1, 'CrRendererMain'), mark(1, 0, 'bench-paint')];
    expect(dedicatedWorkerBusy(events, findMainThread(events)!, 10_000)).toBeNull();
  });
});

describe('findResourceFinish', () => {
  it('finds when the matching request finished, by its request id', () => {
    const events: TraceEvent[] = [
      {
        name: 'ResourceSendRequest',
        ph: 'I',
        pid: 1,
        tid: 1,
        ts: 10,
        args: { data: { url: 'http://x/app.js', requestId: 'a' } },
      },
      {
        name: 'ResourceSendRequest',
        ph: 'I',
        pid: 1,
        tid: 1,
        ts: 20,
        args: { data: { url: 'http://x/data/dataset.json', requestId: 'b' } },
      },
      { name: 'ResourceFinish', ph: 'I', pid: 1, tid: 1, ts: 30, args: { data: { requestId: 'a' } } },
      { name: 'ResourceFinish', ph: 'I', pid: 1, tid: 1, ts: 400, args: { data: { requestId: 'b' } } },
    ];
    expect(findResourceFinish(events, /\/data\/dataset\.json$/)).toBe(400);
    expect(findResourceFinish(events, /nothing/)).toBeNull();
  });
});
