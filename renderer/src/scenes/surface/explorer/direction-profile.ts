/**
 * The data of the directional-derivative dial: ∇f·u(θ) over θ ∈ [0, 2π] and where it is maximal
 * (along ∇f), zero (along the contour) and minimal (along −∇f) — the deck's steepest-descent
 * argument (it is ∇f, not a single partial, that points uphill fastest; DESIGN.md §4).
 */
import { directionalProfile } from '$shared/calculus/index';
import type { PointValues } from './point-model';
import { gradientAngle, wrapAngle } from './point-model';

export interface DirectionMarkers {
  /** θ of steepest ascent (∇f), in [0, 2π). */
  readonly max: number;
  /** θ of steepest descent (−∇f), in [0, 2π). */
  readonly min: number;
  /** The two contour directions (∇f·u = 0), ascending, in [0, 2π). */
  readonly zeros: readonly [number, number];
}

/** Markers, or null when ∇f is zero or undefined (every direction is flat, or nothing is known). */
export function directionMarkers(p: PointValues): DirectionMarkers | null {
  const t = gradientAngle(p);
  if (Number.isNaN(t)) return null;
  const z1 = wrapAngle(t + Math.PI / 2);
  const z2 = wrapAngle(t - Math.PI / 2);
  return { max: t, min: wrapAngle(t + Math.PI), zeros: z1 < z2 ? [z1, z2] : [z2, z1] };
}

/** n + 1 angles evenly covering [0, 2π] (both ends) and ∇f·u at each. */
export function profileSamples(p: PointValues, n = 180): { readonly angles: Float64Array; readonly values: Float64Array } {
  const count = Math.max(2, Math.floor(n)) + 1;
  const angles = Float64Array.from({ length: count }, (_, k) => (2 * Math.PI * k) / (count - 1));
  const values = p.defined ? directionalProfile([p.fx, p.fy], angles) : new Float64Array(count).fill(Number.NaN);
  return { angles, values };
}

/** Degrees (rounded to 0.1°) for display. */
export function toDegrees(theta: number): number {
  return Math.round(((theta * 180) / Math.PI) * 10) / 10;
}
