/**
 * The plot's cursor: the x under the pointer or moved with the arrow keys, and what the read-out
 * says there.
 */
import { niceStep } from '../scenes/surface/ticks';
import type { CursorReading, PlotLayer } from './plot-types';

/** Arrow-key step: about 1/50 of the view (×5 with Shift), at a nice number. */
export function cursorStep(xMin: number, xMax: number, big: boolean): number {
  // A hair under the span, so 0.01/50 = 0.00020000000000000004 still rounds to the nice 2e-4.
  return Number(niceStep((xMax - xMin) * (1 - 1e-12), big ? 10 : 50).toPrecision(12));
}

/**
 * The cursor after one arrow press: starts at the middle when there is none, snaps to the step
 * grid (so values read 0.2, 0.4 … rather than 0.37, 0.57 …), stays inside the view.
 */
export function moveCursor(cursor: number | null, dir: -1 | 1, step: number, xMin: number, xMax: number): number {
  const clamp = (v: number): number => Math.min(xMax, Math.max(xMin, v));
  if (cursor === null || !Number.isFinite(cursor)) return clamp(snap((xMin + xMax) / 2, step));
  const onGrid = Math.abs(cursor / step - Math.round(cursor / step)) < 1e-6;
  const next = onGrid ? cursor + dir * step : dir > 0 ? Math.ceil(cursor / step) * step : Math.floor(cursor / step) * step;
  return clamp(snap(next, step));
}

/** v rounded to a multiple of step, cleaned of float noise (0.30000000000000004 → 0.3). */
function snap(v: number, step: number): number {
  const k = Math.round(v / step);
  const r = k * step;
  const decimals = Math.max(0, Math.min(15, -Math.floor(Math.log10(step)) + 2));
  const cleaned = Number(r.toFixed(decimals));
  return cleaned === 0 ? 0 : cleaned;
}

/** The read-out rows at x: every curve with readout !== false, named by name, label or id. */
export function readingsAt(layers: readonly PlotLayer[], x: number): CursorReading[] {
  const out: CursorReading[] = [];
  for (const l of layers) {
    if (l.kind !== 'curve' || l.readout === false) continue;
    let value = Number.NaN;
    try {
      value = l.f(x);
    } catch {
      // undefined at x
    }
    out.push({ id: l.id, name: l.name ?? l.label ?? l.id, value: typeof value === 'number' ? value : Number.NaN });
  }
  return out;
}
