/**
 * The main-thread side of the loss-surface worker: one worker, created on first use, and only the
 * newest request's answers are delivered (older ones are cancelled in the worker too).
 */
import type { SurfaceRequest, SurfaceResponse } from './loss-surface-protocol';

export type SurfaceListener = (response: SurfaceResponse) => void;

export class SurfaceClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private listener: SurfaceListener | undefined;
  private current = 0;

  /** Starts computing; `listener` hears the coarse grid, the refined grid(s) or an error. */
  request(req: Omit<SurfaceRequest, 'id'>, listener: SurfaceListener): void {
    if (this.worker === undefined) {
      this.worker = new Worker(new URL('./loss-surface.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<SurfaceResponse>) => {
        if (e.data.id === this.current) this.listener?.(e.data);
      };
    }
    this.current = this.nextId++;
    this.listener = listener;
    // $state proxies cannot be cloned into a worker: send plain data.
    const plain: SurfaceRequest = JSON.parse(JSON.stringify({ ...req, id: this.current })) as SurfaceRequest;
    this.worker.postMessage(plain);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.listener = undefined;
  }
}
