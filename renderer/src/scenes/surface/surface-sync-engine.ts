/**
 * The surface engine without a worker: runs each job at once on the calling thread with the same
 * pure code the worker runs (surface-job.ts). Used in Node (the unit tests, installed by
 * vitest.setup.ts), so the session behaves identically there, only without the wait.
 */
import type { SurfaceEngine, SurfaceJobListener } from './surface-compute-client';
import { runSurfaceJobNow, SymbolicCache, type SurfaceJob } from './surface-job';

/** Runs each job at once on the calling thread. */
export class SyncEngine implements SurfaceEngine {
  readonly asynchronous = false;
  private readonly cache = new SymbolicCache();
  run(job: SurfaceJob, listener: SurfaceJobListener): void {
    listener(runSurfaceJobNow(job, this.cache));
  }
  dispose(): void {}
}

