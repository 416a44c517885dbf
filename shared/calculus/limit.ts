import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';
import type { SideBehaviour } from './approach';
import { approachSteps, classifyApproach, coarseIndices } from './approach';

/**
 * What the numeric evidence says about lim_{x→a} f(x):
 * - 'exists': both sides settle on the same finite value;
 * - 'one-sided-only': both sides settle on different finite values, or only one side is defined;
 * - 'infinite': at least one side grows without bound (see each side for its sign);
 * - 'oscillates': at least one side keeps swinging (sin(1/x));
 * - 'undefined': f is NaN near a on both sides;
 * - 'inconclusive': the samples fit none of these (e.g. a logarithmically slow approach).
 */
export type LimitVerdict = 'exists' | 'one-sided-only' | 'infinite' | 'oscillates' | 'undefined' | 'inconclusive';

/** One row of the approach table the UI shows: the step h, the point x = a ∓ h and f(x). */
export interface LimitSample {
  readonly h: number;
  readonly x: number;
  readonly fx: number;
}

export interface LimitEstimate {
  readonly verdict: LimitVerdict;
  /** The two-sided limit when verdict is 'exists' (mean of the two sides). */
  readonly value?: number;
  /** Estimated absolute error of `value`. */
  readonly errorEstimate?: number;
  readonly left: SideBehaviour;
  readonly right: SideBehaviour;
  /** f(a) itself (NaN when undefined there); the limit never looks at it. */
  readonly valueAtA: number;
  /** True when the limit exists but f(a) is undefined or differs from it (a removable discontinuity). */
  readonly removable: boolean;
  /** Samples at h = 10^-1 … 10^-12 (times `scale`), left (x = a − h) and right (x = a + h). */
  readonly table: { readonly left: readonly LimitSample[]; readonly right: readonly LimitSample[] };
}

export interface LimitOptions {
  /** Unit of the steps h (default max(1, |a|), so that a ± h stays resolvable in doubles). */
  readonly scale?: number;
}

/** f on the approach grid, x = a + sign·t·scale, as table rows. */
const sampleSide = (f: (x: number) => number, a: number, sign: 1 | -1, scale: number): LimitSample[] =>
  approachSteps().map((t) => {
    const x = a + sign * t * scale;
    return { h: Math.abs(x - a), x, fx: f(x) };
  });

const coarseRows = (rows: readonly LimitSample[]): LimitSample[] =>
  coarseIndices().flatMap((j) => {
    const row = rows[j];
    return row ? [row] : [];
  });

/**
 * Two sides agree when they differ by less than 10× their combined error estimates, with a floor
 * of 1e-6 relative to their size (a value the samples at h = 1e-12 can always resolve).
 */
function sidesAgree(l: number, el: number, r: number, er: number): boolean {
  const tol = Math.max(10 * (el + er), 1e-6 * Math.max(Math.abs(l), Math.abs(r)));
  return Math.abs(l - r) <= tol;
}

/** Combines two side behaviours into a verdict (priority: undefined, oscillation, infinity, mismatch). */
export function combineSides(left: SideBehaviour, right: SideBehaviour): { verdict: LimitVerdict; value?: number; errorEstimate?: number } {
  if (left.kind === 'undefined' && right.kind === 'undefined') return { verdict: 'undefined' };
  if (left.kind === 'oscillates' || right.kind === 'oscillates') return { verdict: 'oscillates' };
  if (left.kind === 'infinite' || right.kind === 'infinite') return { verdict: 'infinite' };
  if (left.kind === 'inconclusive' || right.kind === 'inconclusive') return { verdict: 'inconclusive' };
  if (left.kind === 'undefined' || right.kind === 'undefined') return { verdict: 'one-sided-only' };
  if (sidesAgree(left.value, left.errorEstimate, right.value, right.errorEstimate)) {
    return {
      verdict: 'exists',
      value: (left.value + right.value) / 2,
      errorEstimate: Math.max(left.errorEstimate, right.errorEstimate, Math.abs(left.value - right.value) / 2),
    };
  }
  return { verdict: 'one-sided-only' };
}

/**
 * Numeric estimate of lim_{x→a} f(x). Each side is sampled at x = a ∓ h for h = 10^-1 … 10^-12
 * (times `scale`) plus a denser tail; the value is read where neighbouring samples agree best
 * (floating-point cancellation makes the tiniest h unreliable, e.g. (x²−1)/(x−1) at 1), refined
 * by Aitken extrapolation when the approach is geometric. This is evidence, not proof: a function
 * can misbehave between or below the samples.
 */
export function estimateLimit(f: (x: number) => number, a: number, options: LimitOptions = {}): Result<LimitEstimate, LocalizedText> {
  if (!Number.isFinite(a)) {
    return err(text('The point a must be a finite number.', '趋近点 a 必须是有限的数。'));
  }
  const scale = options.scale ?? Math.max(1, Math.abs(a));
  if (!(scale > 0) || !Number.isFinite(scale) || a + 1e-12 * scale === a) {
    return err(text('The step scale must be positive and large enough to move away from a.', '步长尺度必须为正，且足以让 x 离开 a。'));
  }
  const leftRows = sampleSide(f, a, -1, scale);
  const rightRows = sampleSide(f, a, 1, scale);
  const left = classifyApproach(leftRows.map((s) => s.fx));
  const right = classifyApproach(rightRows.map((s) => s.fx));
  const combined = combineSides(left, right);
  const valueAtA = f(a);
  const removable =
    combined.verdict === 'exists' &&
    combined.value !== undefined &&
    (!Number.isFinite(valueAtA) || !sidesAgree(valueAtA, 0, combined.value, combined.errorEstimate ?? 0));
  return ok({ ...combined, left, right, valueAtA, removable, table: { left: coarseRows(leftRows), right: coarseRows(rightRows) } });
}

export interface LimitAtInfinityEstimate {
  readonly behaviour: SideBehaviour;
  /** Samples at x = ±10^1 … ±10^12 (h is 1/|x|). */
  readonly table: readonly LimitSample[];
}

/**
 * Numeric estimate of lim_{x→±∞} f(x), by the substitution x = ±1/t, t → 0⁺, with the same
 * classification as one side of `estimateLimit`.
 */
export function estimateLimitAtInfinity(f: (x: number) => number, direction: 1 | -1): LimitAtInfinityEstimate {
  const rows = approachSteps().map((t) => {
    const x = direction / t;
    return { h: t, x, fx: f(x) };
  });
  return { behaviour: classifyApproach(rows.map((s) => s.fx)), table: coarseRows(rows) };
}
