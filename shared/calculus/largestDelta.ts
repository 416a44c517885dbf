import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';

/** Which side of a limited the δ, or whether no violation was found within the search radius. */
export type DeltaLimiter = 'left' | 'right' | 'search-radius';

/**
 * The ε-δ instrument's answer.
 * - 'delta': every sampled x with 0 < |x − a| < delta has |f(x) − L| < ε, and the true supremum δ*
 *   lies in [delta, delta + tolerance] (unless `limitedBy` is 'search-radius': then δ* ≥ delta).
 *   `violation` is the sampled point just beyond delta that breaks the condition.
 * - 'counterexample': a point closer to a than `minDistance` with |f(x) − L| ≥ ε — at the resolution
 *   of doubles, no δ works, so L is not the limit (or ε is too small to certify numerically).
 */
export type EpsilonDeltaAnswer =
  | {
      readonly kind: 'delta';
      readonly delta: number;
      readonly tolerance: number;
      readonly limitedBy: DeltaLimiter;
      readonly violation?: { readonly x: number; readonly fx: number };
    }
  | { readonly kind: 'counterexample'; readonly x: number; readonly fx: number; readonly side: 'left' | 'right' };

export interface EpsilonDeltaOptions {
  /** Largest distance from a that is examined (default 10·max(1, |a|)). */
  readonly searchRadius?: number;
  /** Smallest δ the instrument will certify (default 1e-12·max(1, |a|)). */
  readonly minDistance?: number;
  /** Relative width of the final bracket around δ (default 1e-9). */
  readonly relativeTolerance?: number;
  /** Geometric scan density (default 100 points per decade). */
  readonly samplesPerDecade?: number;
  /** Extra evenly spaced distances in (0, searchRadius] (default 2000). */
  readonly uniformSamples?: number;
}

interface SideBound {
  /** Largest distance known to be fine on this side (from the scan and bisection). */
  readonly ok: number;
  /** Smallest distance known to violate, if any. */
  readonly bad?: { readonly d: number; readonly x: number; readonly fx: number };
}

/** The scan grid: geometric from minDistance/10 (dense near a, where limits live) plus uniform. */
function scanDistances(dMin: number, radius: number, perDecade: number, uniform: number): Float64Array {
  const decades = Math.log10(radius / dMin);
  const nGeo = Math.max(2, Math.ceil(decades * perDecade) + 1);
  const out = new Float64Array(nGeo + uniform);
  for (let k = 0; k < nGeo; k++) out[k] = dMin * Math.pow(radius / dMin, k / (nGeo - 1));
  for (let k = 1; k <= uniform; k++) out[nGeo + k - 1] = (radius * k) / uniform;
  out.sort();
  return out;
}

/**
 * Largest δ such that 0 < |x − a| < δ ⇒ |f(x) − L| < ε, searched numerically.
 *
 * Method: on each side, distances d are scanned in increasing order (geometric, `samplesPerDecade`
 * per decade from minDistance/10 up to `searchRadius`, merged with `uniformSamples` evenly spaced
 * ones); the first violating sample and the fine one before it bracket the side's bound, which
 * bisection narrows to `relativeTolerance`. δ is the smaller side bound. Points where f is NaN are
 * outside f's domain and are skipped; ±∞ counts as a violation. The point a itself is never used
 * (the definition excludes it: f(a) may be anything, or undefined).
 *
 * Honesty: this certifies δ only on the sampled set. A violation narrower than the sample spacing
 * can be missed, and bisection finds a crossing inside the first violating gap, not necessarily
 * the first one. A violation closer than `minDistance` is reported as a counterexample; a true δ
 * below `minDistance` cannot be told apart from "no δ" in double precision.
 *
 * Note (DESIGN.md §4 errata): the condition is |f(x) − L| < ε, not 0 < |f(x) − L| < ε; f(x) = L is fine.
 */
export function largestDelta(
  f: (x: number) => number,
  a: number,
  L: number,
  eps: number,
  options: EpsilonDeltaOptions = {},
): Result<EpsilonDeltaAnswer, LocalizedText> {
  if (!Number.isFinite(a) || !Number.isFinite(L)) {
    return err(text('The point a and the limit L must be finite numbers.', '点 a 和极限 L 必须是有限的数。'));
  }
  if (!Number.isFinite(eps) || eps <= 0) {
    return err(text('ε must be a positive number.', 'ε 必须是正数。'));
  }
  if (eps < 1e-12 * Math.max(1, Math.abs(L))) {
    return err(text('ε is too small to be checked in double precision (at least 1e-12·max(1, |L|)).', 'ε 太小，双精度浮点数无法检验（至少为 1e-12·max(1, |L|)）。'));
  }
  const unit = Math.max(1, Math.abs(a));
  const radius = options.searchRadius ?? 10 * unit;
  const dMin = options.minDistance ?? 1e-12 * unit;
  const relTol = options.relativeTolerance ?? 1e-9;
  const perDecade = Math.round(options.samplesPerDecade ?? 100);
  const uniform = Math.round(options.uniformSamples ?? 2000);
  if (!(radius > dMin) || !Number.isFinite(radius) || !(dMin > 0) || a + dMin === a || a - dMin === a) {
    return err(
      text(
        'The search radius must be finite and larger than the minimum distance, which must be resolvable next to a.',
        '搜索半径必须有限且大于最小距离，而最小距离在 a 附近必须可分辨。',
      ),
    );
  }
  if (!(relTol > 0 && relTol < 1) || !(perDecade >= 1 && perDecade <= 10000) || !(uniform >= 0 && uniform <= 1e6)) {
    return err(text('Tolerance or sampling density out of range.', '容差或采样密度超出范围。'));
  }

  const violates = (fx: number): boolean => !Number.isNaN(fx) && !(Math.abs(fx - L) < eps);
  const distances = scanDistances(dMin / 10, radius, perDecade, uniform);

  const searchSide = (sign: 1 | -1): SideBound => {
    let lastOk = 0;
    for (const d of distances) {
      const x = a + sign * d;
      const fx = f(x);
      if (!violates(fx)) {
        lastOk = d;
        continue;
      }
      if (d < dMin || lastOk === 0) return { ok: 0, bad: { d, x, fx } };
      // Bisection between the fine distance lastOk and the violating d.
      let lo = lastOk;
      let hi = d;
      let bad = { d, x, fx };
      while (hi - lo > relTol * hi) {
        const mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        const xm = a + sign * mid;
        const fm = f(xm);
        if (violates(fm)) {
          hi = mid;
          bad = { d: mid, x: xm, fx: fm };
        } else {
          lo = mid;
        }
      }
      return { ok: lo, bad };
    }
    return { ok: radius };
  };

  const left = searchSide(-1);
  const right = searchSide(1);
  for (const [side, bound] of [['left', left], ['right', right]] as const) {
    if (bound.ok === 0 && bound.bad) return ok({ kind: 'counterexample', x: bound.bad.x, fx: bound.bad.fx, side });
  }
  const limitedBy: DeltaLimiter = !left.bad && !right.bad ? 'search-radius' : left.ok <= right.ok ? 'left' : 'right';
  const chosen = limitedBy === 'right' ? right : left;
  const delta = Math.min(left.ok, right.ok);
  return ok({
    kind: 'delta',
    delta,
    tolerance: chosen.bad ? chosen.bad.d - delta : 0,
    limitedBy,
    ...(chosen.bad ? { violation: { x: chosen.bad.x, fx: chosen.bad.fx } } : {}),
  });
}
