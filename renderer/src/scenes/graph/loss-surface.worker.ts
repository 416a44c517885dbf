/**
 * One worker of the loss-surface pool (loss-surface-client.ts starts one per core): it computes its
 * band of rows of every grid, coarse first, and sends each band as soon as it is done. Between
 * chunks of rows of the finer grids it yields, so a newer request (the user picked other
 * parameters or trained further) cancels the stale one instead of queueing behind it.
 */
import type { BandRequest, BandResponse } from './loss-surface-protocol';
import { bandRows, prepareSurface } from './loss-surface-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<BandRequest>) => void) | null;
  postMessage: (message: BandResponse, transfer: Transferable[]) => void;
};

let latest = 0;

const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function run(req: BandRequest): Promise<void> {
  const t0 = performance.now();
  const prep = prepareSurface(req);
  if (!prep.ok) {
    scope.postMessage({ id: req.id, kind: 'error', message: prep.error }, []);
    return;
  }
  for (let r = 0; r < req.resolutions.length; r++) {
    const resolution = req.resolutions[r] ?? 32;
    const { from, to } = bandRows(resolution, req.band.index, req.band.count);
    const out = new Float64Array(resolution * resolution);
    const chunk = Math.max(1, Math.floor(4096 / resolution));
    for (let row = from; row < to; row += chunk) {
      if (req.id !== latest) return;
      const done = prep.value(resolution, out, row, Math.min(to, row + chunk));
      if (!done.ok) {
        scope.postMessage({ id: req.id, kind: 'error', message: done.error }, []);
        return;
      }
      // The first (coarse) grid is sent without yielding so it arrives as early as possible.
      if (r > 0) await yieldToMessages();
    }
    if (req.id !== latest) return;
    const values = out.slice(from * resolution, to * resolution);
    scope.postMessage({ id: req.id, kind: 'rows', resolution, rowFrom: from, rowTo: to, values, ms: performance.now() - t0 }, [values.buffer]);
    await yieldToMessages();
  }
}

scope.onmessage = (e) => {
  latest = Math.max(latest, e.data.id);
  void run(e.data);
};
