/**
 * Computes network loss surfaces off the main thread: the coarse grid first (fast feedback), then
 * each finer grid in chunks of rows, yielding between chunks so a newer request (the user picked
 * other parameters or trained further) cancels the stale one instead of queueing behind it.
 */
import type { SurfaceRequest, SurfaceResponse } from './loss-surface-protocol';
import { prepareSurface, toGrid } from './loss-surface-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SurfaceRequest>) => void) | null;
  postMessage: (message: SurfaceResponse, transfer: Transferable[]) => void;
};

let latest = 0;

const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function run(req: SurfaceRequest): Promise<void> {
  const t0 = performance.now();
  const prep = prepareSurface(req);
  if (!prep.ok) {
    scope.postMessage({ id: req.id, kind: 'error', message: prep.error }, []);
    return;
  }
  for (let r = 0; r < req.resolutions.length; r++) {
    const resolution = req.resolutions[r] ?? 32;
    const out = new Float64Array(resolution * resolution);
    const chunk = Math.max(1, Math.floor(4096 / resolution));
    for (let row = 0; row < resolution; row += chunk) {
      if (req.id !== latest) return;
      const done = prep.value(resolution, out, row, Math.min(resolution, row + chunk));
      if (!done.ok) {
        scope.postMessage({ id: req.id, kind: 'error', message: done.error }, []);
        return;
      }
      // The first (coarse) grid is sent without yielding so it arrives as early as possible.
      if (r > 0) await yieldToMessages();
    }
    if (req.id !== latest) return;
    const grid = toGrid(resolution, out);
    scope.postMessage(
      { id: req.id, kind: 'grid', grid, final: r === req.resolutions.length - 1, ms: performance.now() - t0 },
      [grid.samples.buffer],
    );
    await yieldToMessages();
  }
}

scope.onmessage = (e) => {
  latest = Math.max(latest, e.data.id);
  void run(e.data);
};
