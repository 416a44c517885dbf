import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';
import { gridCoordinate, validateInterval } from './domain';
import { gapFiller, robustRange } from './robustRange';
import type { ScalarFunction2 } from './sampleGrid';

/**
 * A 1-D cut through a surface: values[k] = f at parameter t[k] (x for sliceAtY, y for sliceAtX).
 * Gaps (mask 0) follow the same rules as the grid: undefined points and poles beyond the robust
 * fence, with a finite filler; `runs` lists the unbroken [start, end) index ranges to draw.
 */
export interface Slice {
  readonly t: Float64Array;
  readonly values: Float64Array;
  readonly mask: Uint8Array;
  readonly runs: readonly (readonly [number, number])[];
  readonly range: { readonly min: number; readonly max: number };
}

export const MAX_SLICE_SAMPLES = 100000;

function slice(g: (t: number) => number, lo: number, hi: number, n: number, axis: string): Result<Slice, LocalizedText> {
  if (!Number.isInteger(n) || n < 2 || n > MAX_SLICE_SAMPLES) {
    return err(text(`A slice needs a whole number of samples from 2 to ${MAX_SLICE_SAMPLES}.`, `截面的采样数必须是 2 到 ${MAX_SLICE_SAMPLES} 之间的整数。`));
  }
  const valid = validateInterval(lo, hi, n, axis);
  if (!valid.ok) return err(valid.error);
  const t = new Float64Array(n);
  const values = new Float64Array(n);
  const mask = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const tk = gridCoordinate(lo, hi, k, n);
    t[k] = tk;
    const v = g(tk);
    values[k] = v;
    mask[k] = Number.isFinite(v) ? 1 : 0;
  }
  const { range } = robustRange(values, mask, n);
  const runs: [number, number][] = [];
  let start = -1;
  for (let k = 0; k < n; k++) {
    if (mask[k] === 1) {
      if (start < 0) start = k;
    } else {
      values[k] = gapFiller(values[k] ?? 0, range.lo, range.hi);
      if (start >= 0) runs.push([start, k]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, n]);
  return ok({ t, values, mask, runs, range: { min: range.lo, max: range.hi } });
}

/** The curve x ↦ f(x, b) on [xMin, xMax] with n samples (the deck's partial derivative ∂f/∂x as a slice). */
export function sliceAtY(f: ScalarFunction2, b: number, xMin: number, xMax: number, n: number): Result<Slice, LocalizedText> {
  if (!Number.isFinite(b)) return err(text('The slice position y must be finite.', '截面位置 y 必须是有限的数。'));
  return slice((x) => f(x, b), xMin, xMax, n, 'x');
}

/** The curve y ↦ f(a, y) on [yMin, yMax] with n samples. */
export function sliceAtX(f: ScalarFunction2, a: number, yMin: number, yMax: number, n: number): Result<Slice, LocalizedText> {
  if (!Number.isFinite(a)) return err(text('The slice position x must be finite.', '截面位置 x 必须是有限的数。'));
  return slice((y) => f(a, y), yMin, yMax, n, 'y');
}
