import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';
import type { ScalarField } from './partialDerivative';
import { gradient } from './partialDerivative';
import { centralStep } from './stepSize';

export interface DirectionalDerivative {
  /** u / ‖u‖. */
  readonly unit: Float64Array;
  /** D_u f(p) measured directly: central difference of t ↦ f(p + t·unit) at t = 0. */
  readonly value: number;
  /** ∇f(p)·unit, with the numeric gradient: the identity the deck proves, checked numerically. */
  readonly gradientDot: number;
  readonly gradient: Float64Array;
}

/**
 * Rate of change of f at p along the direction u (normalized here; any nonzero length). Returns
 * both the direct measurement and ∇f·u so the UI can show that they agree.
 */
export function directionalDerivative(f: ScalarField, p: ArrayLike<number>, u: ArrayLike<number>): Result<DirectionalDerivative, LocalizedText> {
  if (u.length !== p.length) {
    return err(text('The direction must have as many components as the point.', '方向向量的分量个数必须与点的维数相同。'));
  }
  let norm = 0;
  for (let i = 0; i < u.length; i++) norm = Math.hypot(norm, u[i] ?? 0);
  if (!(norm > 0) || !Number.isFinite(norm)) {
    return err(text('The direction must be a nonzero, finite vector.', '方向必须是非零的有限向量。'));
  }
  const unit = Float64Array.from(u, (v) => v / norm);
  let scale = 1;
  for (let i = 0; i < p.length; i++) scale = Math.max(scale, Math.abs(p[i] ?? 0));
  const h = centralStep(scale);
  const q = new Float64Array(p.length);
  const along = (t: number): number => {
    for (let i = 0; i < p.length; i++) q[i] = (p[i] ?? 0) + t * (unit[i] ?? 0);
    return f(q);
  };
  const value = (along(h) - along(-h)) / (2 * h);
  const g = gradient(f, p);
  let dot = 0;
  for (let i = 0; i < g.length; i++) dot += (g[i] ?? 0) * (unit[i] ?? 0);
  return ok({ unit, value, gradientDot: dot, gradient: g });
}

/**
 * The steepest-ascent argument in 2D: for each angle θ (radians), ∇f·u(θ) with u = (cos θ, sin θ).
 * It equals ‖∇f‖·cos(θ − θ_∇): maximal (‖∇f‖) along ∇f, zero along the contour (θ_∇ ± π/2),
 * minimal (−‖∇f‖) along −∇f. (The deck writes ΔL; it is the gradient ∇L — DESIGN.md §4.)
 */
export function directionalProfile(grad: readonly [number, number], angles: ArrayLike<number>): Float64Array {
  const [gx, gy] = grad;
  const out = new Float64Array(angles.length);
  for (let k = 0; k < angles.length; k++) {
    const t = angles[k] ?? 0;
    out[k] = gx * Math.cos(t) + gy * Math.sin(t);
  }
  return out;
}

/** The angle θ_∇ = atan2(gy, gx) of steepest ascent (radians, in (−π, π]); NaN for a zero gradient. */
export function steepestAscentAngle(grad: readonly [number, number]): number {
  const [gx, gy] = grad;
  return gx === 0 && gy === 0 ? Number.NaN : Math.atan2(gy, gx);
}
