/**
 * Where the surface session's heavy work runs. In the app: one worker (surface-compute.worker.ts),
 * started on first use. Without workers (Node, the unit tests): synchronously, the same pure code
 * (surface-job.ts), so the session behaves identically, only without the wait.
 *
 * Cancel on new input: every job carries a generation; the engine delivers the newest job's
 * result (`SurfaceEngine.run` replaces the listener) and the worker abandons stale jobs between
 * stages — except now and then a slider drag's (live) job, so a fast drag still shows progress;
 * an answer older than one already delivered is never delivered. A stage cannot be interrupted,
 * so a worker still busy with a stale job after STUCK_MS when new input arrives is terminated
 * and replaced: the new job never waits for it.
 */
import { surfaceDemand } from './surface-demand';
import type { SurfaceJob, SurfaceJobResult } from './surface-job';

export type SurfaceJobListener = (result: SurfaceJobResult) => void;

export interface SurfaceEngine {
  /**
   * Starts `job`; `listener` hears its result unless a newer job was started first — or, for a
   * live job, unless a newer job's result was delivered first.
   */
  run(job: SurfaceJob, listener: SurfaceJobListener): void;
  /** True when results arrive later (a worker), false when `run` calls back before returning. */
  readonly asynchronous: boolean;
  dispose(): void;
}

/** A busy worker older than this is replaced when new input arrives (its stage is too long). */
export const STUCK_MS = 300;

/** Runs jobs in one worker. */
export class WorkerEngine implements SurfaceEngine {
  readonly asynchronous = true;
  private worker: Worker | null = null;
  private listener: SurfaceJobListener | null = null;
  private current = 0;
  /** When the worker last got a job it has not answered yet (0 = idle). */
  private busySince = 0;

  /** The first job, held until `firstStart` lets the worker boot. */
  private held: { job: SurfaceJob; listener: SurfaceJobListener } | null = null;
  private booted: boolean;

  /**
   * `now`: the clock (injected by tests). `firstStart`: when given, the worker is created (and its
   * script fetched) only when this calls back — the app passes "when the page is idle", so the
   * chapter that opens does not wait for the explorer's worker; jobs until then replace each other.
   */
  constructor(
    private readonly create: () => Worker,
    private readonly now: () => number = () => performance.now(),
    firstStart?: (start: () => void) => void,
  ) {
    this.booted = firstStart === undefined;
    firstStart?.(() => {
      this.booted = true;
      const h = this.held;
      this.held = null;
      if (h) this.run(h.job, h.listener);
    });
  }

  run(job: SurfaceJob, listener: SurfaceJobListener): void {
    if (!this.booted) {
      this.held = { job, listener };
      return;
    }
    if (this.worker && this.busySince > 0 && this.now() - this.busySince > STUCK_MS) this.restart();
    const w = this.worker ?? this.start();
    this.current = job.gen;
    this.listener = listener;
    // A live (slider-drag) job may still be answered after newer ones were sent (live-gate.ts);
    // a superseded typing job never is.
    if (job.live === true) this.live.set(job.gen, listener);
    if (this.busySince === 0) this.busySince = this.now();
    w.postMessage(job);
  }

  /** Listeners of live jobs not answered yet, by generation. */
  private readonly live = new Map<number, SurfaceJobListener>();
  /** The newest generation delivered: an older answer arriving late is never shown after it. */
  private delivered = 0;

  private deliver(r: SurfaceJobResult): void {
    const listener = r.gen === this.current ? this.listener : this.live.get(r.gen);
    if (!listener || r.gen <= this.delivered) return;
    this.delivered = r.gen;
    for (const gen of this.live.keys()) if (gen <= r.gen) this.live.delete(gen);
    // The worker is making progress: only the newest job's answer leaves it idle.
    this.busySince = r.gen === this.current ? 0 : this.now();
    listener(r);
  }

  private start(): Worker {
    const w = this.create();
    w.onmessage = (e: MessageEvent<SurfaceJobResult>) => this.deliver(e.data);
    w.onerror = (e) => {
      // A worker that dies (out of memory on a pathological formula) fails the current job with
      // a message; the next job starts a new worker.
      e.preventDefault();
      const gen = this.current;
      this.restart();
      this.listener?.({
        gen,
        kind: 'error',
        message: { en: 'The surface could not be computed; the previous one is still shown.', 'zh-CN': '无法计算这个曲面；仍显示上一个。' },
      });
    };
    this.worker = w;
    return w;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busySince = 0;
    // The old worker's jobs will never be answered.
    this.live.clear();
  }

  dispose(): void {
    this.restart();
    this.held = null;
    this.listener = null;
  }
}

let syncFactory: (() => SurfaceEngine) | null = null;

/**
 * Installs the engine used where there are no workers (Node: vitest.setup.ts installs SyncEngine
 * from surface-sync-engine.ts). Kept out of this module so the page's first chunk does not carry
 * the job code (sampling, contours, symbolic work) that only the worker runs.
 */
export function setSyncEngineFactory(make: () => SurfaceEngine): void {
  syncFactory = make;
}

/** The engine for this environment: a worker where there are workers, else the installed synchronous one. */
export function createSurfaceEngine(): SurfaceEngine {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') {
    if (!syncFactory) throw new Error('No Worker here and no synchronous surface engine installed (setSyncEngineFactory).');
    return syncFactory();
  }
  return new WorkerEngine(() => new Worker(new URL('./surface-compute.worker.ts', import.meta.url), { type: 'module' }), undefined, (start) => surfaceDemand.whenWanted(start));
}
