/**
 * One shape for "what does f do as x → a" whether a is a number or ±∞: the verdict of
 * `estimateLimit` / `estimateLimitAtInfinity`, the sides, f(a), and the approach table.
 */
import type { LimitVerdict, SideBehaviour } from '$shared/calculus';
import { estimateLimit, estimateLimitAtInfinity } from '$shared/calculus';
import type { Result } from '$shared/result';
import { ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import type { ApproachPoint } from './approach-point';

export interface TablePoint {
  readonly x: number;
  readonly fx: number;
}

/** One row of the approach table: the step (h, or |x| at infinity) and the point on each side. */
export interface ApproachRow {
  readonly h: number;
  /** x = a − h (finite a), or the walker toward −∞. */
  readonly left?: TablePoint;
  /** x = a + h (finite a), or the walker toward +∞. */
  readonly right?: TablePoint;
}

export interface LimitAnalysis {
  readonly point: ApproachPoint;
  readonly verdict: LimitVerdict;
  /** The limit, tidied to the shortest decimal within the error estimate (verdict 'exists'). */
  readonly value?: number;
  /** The estimate as computed. */
  readonly rawValue?: number;
  readonly errorEstimate?: number;
  /** Behaviour from the left (x → a⁻); absent at +∞. */
  readonly left?: SideBehaviour;
  /** Behaviour from the right (x → a⁺); absent at −∞. */
  readonly right?: SideBehaviour;
  /** f(a) (NaN when undefined, and at ±∞). */
  readonly valueAtA: number;
  /** The limit exists but f(a) is undefined or differs from it. */
  readonly removable: boolean;
  readonly rows: readonly ApproachRow[];
}

/**
 * The shortest decimal (fewest significant digits, 1 … 15) within max(error estimate,
 * 10⁻¹⁰·max(1, |v|)) of v: 8.999999999982 → 9, −6.1e-13 → 0, 2.7182820533 stays itself. The limit
 * estimate carries rounding noise; the student should read the number the samples support.
 */
export function tidyLimit(v: number, errorEstimate = 0): number {
  if (!Number.isFinite(v)) return v;
  const tol = Math.max(Number.isFinite(errorEstimate) ? errorEstimate : 0, 1e-10 * Math.max(1, Math.abs(v)));
  if (Math.abs(v) <= tol) return 0;
  for (let d = 1; d <= 15; d++) {
    const r = Number(v.toPrecision(d));
    if (Math.abs(r - v) <= tol) return r;
  }
  return v;
}

const verdictAtInfinity = (b: SideBehaviour): LimitVerdict => {
  switch (b.kind) {
    case 'finite':
      return 'exists';
    case 'infinite':
      return 'infinite';
    case 'oscillates':
      return 'oscillates';
    case 'undefined':
      return 'undefined';
    default:
      return 'inconclusive';
  }
};

/** Estimates the limit of f as x approaches the point. */
export function analyseLimit(f: (x: number) => number, point: ApproachPoint): Result<LimitAnalysis, LocalizedText> {
  if (point.kind === 'infinity') {
    const r = estimateLimitAtInfinity(f, point.sign);
    const b = r.behaviour;
    const side = point.sign > 0 ? 'right' : 'left';
    const rows = r.table.map((s) => ({ h: Math.abs(s.x), [side]: { x: s.x, fx: s.fx } }));
    return ok({
      point,
      verdict: verdictAtInfinity(b),
      ...(b.kind === 'finite' ? { value: tidyLimit(b.value, b.errorEstimate), rawValue: b.value, errorEstimate: b.errorEstimate } : {}),
      [side]: b,
      valueAtA: Number.NaN,
      removable: false,
      rows,
    });
  }
  const r = estimateLimit(f, point.a);
  if (!r.ok) return r;
  const e = r.value;
  const rows: ApproachRow[] = e.table.left.map((l, i) => {
    const rr = e.table.right[i];
    return { h: l.h, left: { x: l.x, fx: l.fx }, ...(rr ? { right: { x: rr.x, fx: rr.fx } } : {}) };
  });
  return ok({
    point,
    verdict: e.verdict,
    ...(e.value !== undefined ? { value: tidyLimit(e.value, e.errorEstimate), rawValue: e.value, errorEstimate: e.errorEstimate } : {}),
    left: e.left,
    right: e.right,
    valueAtA: e.valueAtA,
    removable: e.removable,
    rows,
  });
}

/** The finite one-sided value of a side, if it settles. */
export const sideValue = (b: SideBehaviour | undefined): number | undefined =>
  b && b.kind === 'finite' ? tidyLimit(b.value, b.errorEstimate) : undefined;
