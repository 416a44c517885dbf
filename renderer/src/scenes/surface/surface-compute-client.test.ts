import { describe, expect, it } from 'vitest';
import type { Expr } from '$shared/expr/ast';
import { STUCK_MS, WorkerEngine } from './surface-compute-client';
import { SyncEngine } from './surface-sync-engine';
import type { SurfaceJob, SurfaceJobResult } from './surface-job';

const X: Expr = { kind: 'var', name: 'x' };
const job = (gen: number): SurfaceJob => ({ gen, expr: X, axes: ['x', 'y'], params: {}, symbolic: true, grid: null });
const answer = (gen: number): SurfaceJobResult => ({ gen, kind: 'done', symbolic: null, surface: null, ms: 1 });

/** A stand-in for a Worker: records posts, answers when the test says. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: SurfaceJob[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<SurfaceJobResult>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(j: SurfaceJob): void {
    this.posted.push(j);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(r: SurfaceJobResult): void {
    this.onmessage?.({ data: r } as MessageEvent<SurfaceJobResult>);
  }
}

let clock = 1000;
function engine(): WorkerEngine {
  FakeWorker.made = [];
  clock = 1000;
  return new WorkerEngine(() => new FakeWorker() as unknown as Worker, () => clock);
}

describe('WorkerEngine: cancel on new input', () => {
  it('delivers only the newest job: an older answer arriving late is dropped', () => {
    const e = engine();
    const heard: number[] = [];
    e.run(job(1), (r) => heard.push(r.gen));
    e.run(job(2), (r) => heard.push(r.gen * 10));
    const w = FakeWorker.made[0]!;
    expect(w.posted.map((j) => j.gen)).toEqual([1, 2]);
    w.reply(answer(1));
    expect(heard).toEqual([]);
    w.reply(answer(2));
    expect(heard).toEqual([20]);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('delivers a superseded slider-drag (live) job to its own listener, never after a newer answer', () => {
    const e = engine();
    const heard: string[] = [];
    const live = (gen: number): SurfaceJob => ({ ...job(gen), live: true });
    e.run(live(1), (r) => heard.push(`a${r.gen}`));
    e.run(live(2), (r) => heard.push(`b${r.gen}`));
    e.run(live(3), (r) => heard.push(`c${r.gen}`));
    const w = FakeWorker.made[0]!;
    // The worker finished job 1 although 2 and 3 had arrived (a fast drag): it is shown.
    w.reply(answer(1));
    expect(heard).toEqual(['a1']);
    // The newest answer, then a late answer of job 2: dropped, it is older than what is shown.
    w.reply(answer(3));
    w.reply(answer(2));
    expect(heard).toEqual(['a1', 'c3']);
  });

  it('keeps a worker that answers drag steps: progress resets the stuck clock', () => {
    const e = engine();
    const live = (gen: number): SurfaceJob => ({ ...job(gen), live: true });
    e.run(live(1), () => undefined);
    clock += STUCK_MS - 10;
    e.run(live(2), () => undefined);
    FakeWorker.made[0]!.reply(answer(1));
    clock += STUCK_MS - 10;
    e.run(live(3), () => undefined);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(false);
  });

  it('drops a superseded typing job even when the worker answers it', () => {
    const e = engine();
    const heard: number[] = [];
    e.run(job(1), (r) => heard.push(r.gen));
    e.run({ ...job(2), live: true }, (r) => heard.push(r.gen));
    FakeWorker.made[0]!.reply(answer(1));
    expect(heard).toEqual([]);
  });

  it('replaces a worker stuck on a stale job, so new input never waits behind it', () => {
    const e = engine();
    const heard: number[] = [];
    e.run(job(1), (r) => heard.push(r.gen));
    clock += STUCK_MS + 50;
    e.run(job(2), (r) => heard.push(r.gen));
    const [first, second] = FakeWorker.made;
    expect(first?.terminated).toBe(true);
    expect(second?.posted.map((j) => j.gen)).toEqual([2]);
    second?.reply(answer(2));
    expect(heard).toEqual([2]);
  });

  it('does not replace a busy worker younger than STUCK_MS (a burst of keystrokes)', () => {
    const e = engine();
    e.run(job(1), () => {});
    clock += STUCK_MS / 2;
    e.run(job(2), () => {});
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('does not replace a worker that answers in time', () => {
    const e = engine();
    e.run(job(1), () => {});
    FakeWorker.made[0]!.reply(answer(1));
    clock += STUCK_MS * 10;
    e.run(job(2), () => {});
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('turns a crashed worker into an error for the current job and starts a new one next time', () => {
    const e = engine();
    const heard: SurfaceJobResult[] = [];
    e.run(job(3), (r) => heard.push(r));
    const w = FakeWorker.made[0]!;
    w.onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(heard[0]?.kind).toBe('error');
    expect(heard[0]?.gen).toBe(3);
    expect(w.terminated).toBe(true);
    e.run(job(4), () => {});
    expect(FakeWorker.made).toHaveLength(2);
  });
});

describe('WorkerEngine: deferred first start', () => {
  it('creates no worker until firstStart calls back, then runs only the newest held job', () => {
    FakeWorker.made = [];
    let start: (() => void) | null = null;
    const e = new WorkerEngine(() => new FakeWorker() as unknown as Worker, () => clock, (s) => (start = s));
    const got: number[] = [];
    e.run(job(1), (r) => got.push(r.gen));
    e.run(job(2), (r) => got.push(r.gen));
    expect(FakeWorker.made).toHaveLength(0);
    expect(start).not.toBeNull();
    start!();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.posted.map((j) => j.gen)).toEqual([2]);
    FakeWorker.made[0]!.reply(answer(2));
    expect(got).toEqual([2]);
  });

  it('drops the held job when disposed before the start', () => {
    FakeWorker.made = [];
    let start: (() => void) | null = null;
    const e = new WorkerEngine(() => new FakeWorker() as unknown as Worker, () => clock, (s) => (start = s));
    e.run(job(1), () => undefined);
    e.dispose();
    start!();
    expect(FakeWorker.made).toHaveLength(0);
  });
});

describe('SyncEngine', () => {
  it('answers before run returns, with the same pure job code', () => {
    const e = new SyncEngine();
    let got: SurfaceJobResult | null = null;
    e.run(job(7), (r) => (got = r));
    expect(got).not.toBeNull();
    expect((got as SurfaceJobResult | null)?.gen).toBe(7);
  });
});
