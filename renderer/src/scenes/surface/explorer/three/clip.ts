/**
 * Parametric clipping (Liang–Barsky): a segment p(t) = p0 + t·(p1 − p0), t ∈ [t0, t1], narrowed
 * one coordinate at a time to a slab lo ≤ p ≤ hi. Used to cut slice curves, tangent lines, arrows
 * and trails at the edges of the world box instead of letting them poke out or spike.
 */

/** A mutable parameter interval, reused across calls so clipping allocates nothing. */
export class ParamRange {
  t0 = 0;
  t1 = 1;
  reset(t0 = 0, t1 = 1): this {
    this.t0 = t0;
    this.t1 = t1;
    return this;
  }
  get empty(): boolean {
    return !(this.t0 <= this.t1);
  }
}

/**
 * Narrows `range` to the parameters where lo ≤ p0 + t·(p1 − p0) ≤ hi. Returns false when the
 * result is empty (or any input is NaN).
 */
export function clipSlab(p0: number, p1: number, lo: number, hi: number, range: ParamRange): boolean {
  // Halved differences cannot overflow for finite inputs (a walker may report 1e308).
  const d = 0.5 * p1 - 0.5 * p0;
  if (Number.isNaN(d)) {
    range.t1 = Number.NEGATIVE_INFINITY;
    return false;
  }
  if (d === 0) {
    if (!(p0 >= lo && p0 <= hi)) range.t1 = Number.NEGATIVE_INFINITY;
    return !range.empty;
  }
  let ta = (0.5 * lo - 0.5 * p0) / d;
  let tb = (0.5 * hi - 0.5 * p0) / d;
  if (ta > tb) {
    const s = ta;
    ta = tb;
    tb = s;
  }
  if (ta > range.t0) range.t0 = ta;
  if (tb < range.t1) range.t1 = tb;
  return !range.empty;
}

/**
 * Linear interpolation p0 + t·(p1 − p0) for t ∈ [0, 1], finite whenever the ends and the result
 * are (measured from the nearer end with halved differences, so 1e308 inputs do not overflow).
 */
export function lerp(p0: number, p1: number, t: number): number {
  const half = 0.5 * p1 - 0.5 * p0;
  return t <= 0.5 ? p0 + 2 * t * half : p1 - 2 * (1 - t) * half;
}

/** Writes the triple (x, y, z) at out[o..o+2]. */
export function put3(out: Float32Array, o: number, x: number, y: number, z: number): void {
  out[o] = x;
  out[o + 1] = y;
  out[o + 2] = z;
}
