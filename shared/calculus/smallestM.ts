import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';
import { largestDelta } from './largestDelta';

/**
 * The ε-M instrument's answer for lim_{x→±∞} f(x) = L (the ε-δ definition at infinity: for every
 * ε > 0 there is M with x > M ⇒ |f(x) − L| < ε, or x < M for −∞).
 * - 'bound': every sampled x beyond M satisfies the condition; the true smallest |M| lies in
 *   [|M| − tolerance, |M|] unless `limitedBy` is 'search-radius' (then nothing closer to 0 than
 *   `M` was examined, and a smaller |M| may work too). `violation` is the sampled point just
 *   before M that breaks the condition.
 * - 'counterexample': a violation beyond |x| = 10¹² — numerically, no M works.
 */
export type EpsilonMAnswer =
  | {
      readonly kind: 'bound';
      readonly M: number;
      readonly tolerance: number;
      readonly limitedBy: 'violation' | 'search-radius';
      readonly violation?: { readonly x: number; readonly fx: number };
    }
  | { readonly kind: 'counterexample'; readonly x: number; readonly fx: number };

export interface EpsilonMOptions {
  /** Smallest |x| examined (default 0.1): M is never reported closer to 0 than this. */
  readonly nearest?: number;
}

/**
 * Smallest |M| (searched numerically) such that every x beyond M has |f(x) − L| < ε. Computed as
 * `largestDelta` of t ↦ f(±1/t) at t = 0 from the right (x = ±1/t, M = ±1/δ), so it inherits its
 * scan (geometric, 100 points per decade, t down to 10⁻¹² i.e. |x| up to 10¹², plus 2000 uniform)
 * and its honesty: evidence on the sampled set, not a proof.
 */
export function smallestM(
  f: (x: number) => number,
  direction: 1 | -1,
  L: number,
  eps: number,
  options: EpsilonMOptions = {},
): Result<EpsilonMAnswer, LocalizedText> {
  const nearest = options.nearest ?? 0.1;
  if (!(nearest > 0) || !Number.isFinite(nearest) || nearest > 1e9) {
    return err(text('The smallest |x| examined must be a positive number below 10⁹.', '检查的最小 |x| 必须是小于 10⁹ 的正数。'));
  }
  // Only t > 0 is the approach to ±∞; t ≤ 0 is "outside the domain" (NaN) for largestDelta.
  const g = (t: number): number => (t > 0 ? f(direction / t) : Number.NaN);
  const r = largestDelta(g, 0, L, eps, { searchRadius: 1 / nearest });
  if (!r.ok) return r;
  const a = r.value;
  if (a.kind === 'counterexample') return ok({ kind: 'counterexample', x: direction / a.x, fx: a.fx });
  const M = direction / a.delta;
  if (a.limitedBy === 'search-radius') return ok({ kind: 'bound', M, tolerance: 0, limitedBy: 'search-radius' });
  const outer = a.delta + a.tolerance;
  return ok({
    kind: 'bound',
    M,
    tolerance: Math.abs(M) - 1 / outer,
    limitedBy: 'violation',
    ...(a.violation ? { violation: { x: direction / a.violation.x, fx: a.violation.fx } } : {}),
  });
}
