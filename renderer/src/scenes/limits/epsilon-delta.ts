/**
 * The ε-δ instrument over the chapter's point type: the largest δ (and how far each side alone
 * would allow), the smallest M at ±∞, the student's proposal checked for a counterexample, and the
 * deck's worked example x² at 3 in closed form.
 */
import type { DeltaCheck, DeltaLimiter } from '$shared/calculus';
import { checkDelta, checkM, largestDelta, smallestM } from '$shared/calculus';
import type { Expr } from '$shared/expr/ast';
import { toText } from '$shared/expr/print';
import { simplify } from '$shared/expr/simplify';
import type { Result } from '$shared/result';
import { ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import type { ApproachPoint } from './approach-point';

/** How far one side alone lets x go: a bound with the first violation beyond it, or none found. */
export type SideBound =
  | { readonly kind: 'bound'; readonly d: number; readonly tolerance: number; readonly violation?: { readonly x: number; readonly fx: number } }
  /** No violation within the search radius (10·max(1, |a|)). */
  | { readonly kind: 'radius'; readonly d: number }
  /** A violation right next to a: no δ works on this side. */
  | { readonly kind: 'none'; readonly x: number; readonly fx: number }
  /** f is undefined on this side near a. */
  | { readonly kind: 'undefined' };

export type Instrument =
  | {
      readonly kind: 'delta';
      readonly delta: number;
      readonly tolerance: number;
      readonly limitedBy: DeltaLimiter;
      readonly violation?: { readonly x: number; readonly fx: number };
      readonly left: SideBound;
      readonly right: SideBound;
    }
  | {
      readonly kind: 'M';
      readonly M: number;
      readonly tolerance: number;
      readonly limitedBy: 'violation' | 'search-radius';
      readonly violation?: { readonly x: number; readonly fx: number };
    }
  /** No δ (or M) works numerically: a violation arbitrarily close to a (or far out). */
  | { readonly kind: 'none'; readonly x: number; readonly fx: number };

/** Sides with f undefined on more than half of a scan are "undefined" rather than "fine". */
function definedNear(f: (x: number) => number, a: number, sign: 1 | -1): boolean {
  const unit = Math.max(1, Math.abs(a));
  let defined = 0;
  for (let k = 1; k <= 12; k++) if (!Number.isNaN(f(a + sign * unit * Math.pow(10, -k)))) defined++;
  return defined * 2 >= 12;
}

function sideBound(f: (x: number) => number, a: number, L: number, eps: number, sign: 1 | -1): SideBound {
  if (!definedNear(f, a, sign)) return { kind: 'undefined' };
  // The other side is masked out as "outside the domain" (NaN), so largestDelta sees one side only.
  const masked = (x: number): number => (sign * (x - a) > 0 ? f(x) : Number.NaN);
  const r = largestDelta(masked, a, L, eps);
  if (!r.ok) return { kind: 'undefined' };
  const v = r.value;
  if (v.kind === 'counterexample') return { kind: 'none', x: v.x, fx: v.fx };
  if (v.limitedBy === 'search-radius') return { kind: 'radius', d: v.delta };
  return { kind: 'bound', d: v.delta, tolerance: v.tolerance, ...(v.violation ? { violation: v.violation } : {}) };
}

/** Runs the instrument for (f, point, L, ε). */
export function measure(f: (x: number) => number, point: ApproachPoint, L: number, eps: number): Result<Instrument, LocalizedText> {
  if (point.kind === 'infinity') {
    const r = smallestM(f, point.sign, L, eps);
    if (!r.ok) return r;
    const v = r.value;
    if (v.kind === 'counterexample') return ok({ kind: 'none', x: v.x, fx: v.fx });
    return ok({ kind: 'M', M: v.M, tolerance: v.tolerance, limitedBy: v.limitedBy, ...(v.violation ? { violation: v.violation } : {}) });
  }
  // Each side is its own largestDelta run (the other side masked out); the two-sided answer is the
  // smaller bound — exactly what largestDelta would return on both sides at once (same scan), so
  // it is not computed a third time.
  const left = sideBound(f, point.a, L, eps, -1);
  const right = sideBound(f, point.a, L, eps, 1);
  if (left.kind === 'none') return ok({ kind: 'none', x: left.x, fx: left.fx });
  if (right.kind === 'none') return ok({ kind: 'none', x: right.x, fx: right.fx });
  if (left.kind === 'undefined' && right.kind === 'undefined') {
    const r = largestDelta(f, point.a, L, eps);
    if (!r.ok) return r;
    const v = r.value;
    if (v.kind === 'counterexample') return ok({ kind: 'none', x: v.x, fx: v.fx });
    return ok({ kind: 'delta', delta: v.delta, tolerance: v.tolerance, limitedBy: v.limitedBy, ...(v.violation ? { violation: v.violation } : {}), left, right });
  }
  const reach = (b: SideBound): number => (b.kind === 'bound' || b.kind === 'radius' ? b.d : Number.POSITIVE_INFINITY);
  const byLeft = reach(left) <= reach(right);
  const chosen = byLeft ? left : right;
  const delta = Math.min(reach(left), reach(right));
  const limitedBy: DeltaLimiter = chosen.kind === 'bound' ? (byLeft ? 'left' : 'right') : 'search-radius';
  const violation = chosen.kind === 'bound' ? chosen.violation : undefined;
  return ok({
    kind: 'delta',
    delta,
    tolerance: chosen.kind === 'bound' ? chosen.tolerance : 0,
    limitedBy,
    ...(violation ? { violation } : {}),
    left,
    right,
  });
}

/** Checks the student's δ (finite a) or M (at ±∞) for a counterexample. */
export function checkProposal(f: (x: number) => number, point: ApproachPoint, L: number, eps: number, proposal: number): Result<DeltaCheck, LocalizedText> {
  return point.kind === 'infinity' ? checkM(f, point.sign, L, eps, proposal) : checkDelta(f, point.a, L, eps, proposal);
}

/** True for the deck's worked example: f = x² (in any spelling that simplifies to it), a = 3, L = 9. */
export function isDeckSquare(expr: Expr, variable: string, point: ApproachPoint, L: number): boolean {
  return point.kind === 'finite' && point.a === 3 && L === 9 && toText(simplify(expr)) === `${variable}^2`;
}

/**
 * The two sides of |x² − 9| < ε around x = 3, in closed form (written without cancellation):
 * right: x < √(9+ε), so d < √(9+ε) − 3 = ε/(√(9+ε) + 3) — the deck's δ;
 * left: for ε < 9, x > √(9−ε), so d < 3 − √(9−ε) = ε/(3 + √(9−ε)); for ε = 9 only x = 0 fails
 * (d < 3); for ε > 9 only x ≤ −√(9+ε) fails (d < 3 + √(9+ε)).
 */
export function deckSquareBounds(eps: number): { readonly right: number; readonly left: number } {
  const s = Math.sqrt(9 + eps);
  const right = eps / (s + 3);
  const left = eps < 9 ? eps / (3 + Math.sqrt(9 - eps)) : eps === 9 ? 3 : 3 + s;
  return { right, left };
}
