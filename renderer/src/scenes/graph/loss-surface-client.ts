/**
 * The main-thread side of the loss-surface workers: a pool of one worker per spare core, created on first
 * use. Each request is split into bands of rows, one per worker; the bands are merged here and each
 * grid (coarse first) is delivered once complete. Only the newest request's answers are delivered
 * (older ones are cancelled in the workers too).
 */
import type { BandRequest, BandResponse, SurfaceRequest, SurfaceResponse } from './loss-surface-protocol';
import { BandMerger } from './loss-surface-protocol';

export type SurfaceListener = (response: SurfaceResponse) => void;

/**
 * One per core except the page's own (at least one, at most eight: more would only add start-up and
 * merge cost). Taking every core starved the page's thread: on two cores its p95 frame while
 * refining was 8–22× idle; the coarse grid is small enough for one worker.
 */
export const poolSize = (cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number =>
  Math.max(1, Math.min(8, (cores ?? 2) - 1));

export class SurfaceClient {
  private workers: Worker[] = [];
  private nextId = 1;
  private listener: SurfaceListener | undefined;
  private current = 0;
  private merger: BandMerger | null = null;
  private started = 0;
  private failed = false;

  /** Starts computing; `listener` hears the coarse grid, the refined grid(s) or an error. */
  request(req: Omit<SurfaceRequest, 'id'>, listener: SurfaceListener): void {
    if (this.workers.length === 0) {
      this.workers = Array.from({ length: poolSize() }, () => {
        const w = new Worker(new URL('./loss-surface.worker.ts', import.meta.url), { type: 'module' });
        w.onmessage = (e: MessageEvent<BandResponse>) => this.receive(e.data);
        return w;
      });
    }
    this.current = this.nextId++;
    this.listener = listener;
    this.merger = new BandMerger(req.resolutions);
    this.started = performance.now();
    this.failed = false;
    // $state proxies cannot be cloned into a worker: send plain data.
    const plain = JSON.parse(JSON.stringify({ ...req, id: this.current })) as SurfaceRequest;
    const count = this.workers.length;
    this.workers.forEach((w, index) => {
      const band: BandRequest = { ...plain, band: { index, count } };
      w.postMessage(band);
    });
  }

  private receive(r: BandResponse): void {
    if (r.id !== this.current || this.failed) return;
    if (r.kind === 'error') {
      // Every worker fails the same way on a bad request: report it once.
      this.failed = true;
      this.listener?.({ id: r.id, kind: 'error', message: r.message });
      return;
    }
    const done = this.merger?.add(r.resolution, r.rowFrom, r.rowTo, r.values) ?? [];
    for (const d of done) this.listener?.({ id: r.id, kind: 'grid', grid: d.grid, final: d.final, ms: performance.now() - this.started });
  }

  dispose(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.listener = undefined;
    this.merger = null;
  }
}
