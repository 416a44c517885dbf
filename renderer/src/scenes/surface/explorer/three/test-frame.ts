/** Frames and buffer checks shared by the overlay geometry tests. */
import { makeWorldFrame, type WorldFrame } from '../../world-frame';

/** Domain [−2, 2]², z range [0, 8]: s = 0.5 world per unit, sz = 1.1 / 8 = 0.1375. */
export const FRAME: WorldFrame = makeWorldFrame({ xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, 0, 8);

/** True when every one of the first `n` entries is a finite number. */
export function allFinite(a: ArrayLike<number>, n = a.length): boolean {
  for (let i = 0; i < n; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/** The `k`-th point (x, y, z) of a packed xyz array. */
export function point(a: ArrayLike<number>, k: number): [number, number, number] {
  return [a[3 * k] ?? Number.NaN, a[3 * k + 1] ?? Number.NaN, a[3 * k + 2] ?? Number.NaN];
}
