import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';

/** A rectangle of the (x, y) plane, in the formula's own units. */
export interface Domain {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Samples per axis (including both ends), each an integer in [MIN_RESOLUTION, MAX_RESOLUTION]. */
export interface Resolution {
  readonly nx: number;
  readonly ny: number;
}

export const MIN_RESOLUTION = 2;
export const MAX_RESOLUTION = 1024;

/**
 * One axis [lo, hi] sampled n times: finite ends, lo < hi, a finite width, and a spacing that
 * doubles can still resolve next to the ends (else neighbouring samples would coincide).
 */
export function validateInterval(lo: number, hi: number, n: number, axis: string): Result<true, LocalizedText> {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    return err(text(`The ${axis} range must have finite bounds.`, `${axis} 的范围必须是有限的数。`));
  }
  if (!(lo < hi)) {
    return err(text(`The ${axis} range is empty: the minimum must be smaller than the maximum.`, `${axis} 的范围为空：最小值必须小于最大值。`));
  }
  const width = hi - lo;
  if (!Number.isFinite(width)) {
    return err(text(`The ${axis} range is too wide to compute with.`, `${axis} 的范围太大，无法计算。`));
  }
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  if (width / (n - 1) <= 4 * Number.EPSILON * magnitude) {
    return err(text(`The ${axis} range is too narrow for its distance from 0 (samples would coincide).`, `${axis} 的范围相对其数值大小过窄（采样点会重合）。`));
  }
  return ok(true);
}

/** Resolution check: integers in [2, 1024] on both axes. */
export function validateResolution(resolution: Resolution): Result<Resolution, LocalizedText> {
  const good = (v: number): boolean => Number.isInteger(v) && v >= MIN_RESOLUTION && v <= MAX_RESOLUTION;
  if (!good(resolution.nx) || !good(resolution.ny)) {
    return err(
      text(
        `The grid resolution must be a whole number from ${MIN_RESOLUTION} to ${MAX_RESOLUTION} on each axis.`,
        `网格分辨率在每个方向上都必须是 ${MIN_RESOLUTION} 到 ${MAX_RESOLUTION} 之间的整数。`,
      ),
    );
  }
  return ok(resolution);
}

/** Domain and resolution together (resolution first: the interval check needs n). */
export function validateGridSpec(domain: Domain, resolution: Resolution): Result<true, LocalizedText> {
  const r = validateResolution(resolution);
  if (!r.ok) return r;
  const x = validateInterval(domain.xMin, domain.xMax, resolution.nx, 'x');
  if (!x.ok) return x;
  return validateInterval(domain.yMin, domain.yMax, resolution.ny, 'y');
}

/** The k-th of n evenly spaced coordinates from lo to hi, with both ends exact. */
export function gridCoordinate(lo: number, hi: number, k: number, n: number): number {
  return k === n - 1 ? hi : lo + ((hi - lo) * k) / (n - 1);
}
