/**
 * How a function behaves as its argument approaches a point from one side, judged from samples.
 * Shared by two-sided limits at a point and limits at ±∞ (which approach t → 0⁺ with x = ±1/t).
 */

/** The numeric behaviour of one side of a limit. */
export type SideBehaviour =
  /** Values settle on `value`; `errorEstimate` is the estimated distance to the true limit (≥ 0). */
  | { readonly kind: 'finite'; readonly value: number; readonly errorEstimate: number }
  /** Values grow without bound with this sign (monotone, not slowing down geometrically). */
  | { readonly kind: 'infinite'; readonly sign: 1 | -1 }
  /** Values keep swinging over [low, high] however close one gets. */
  | { readonly kind: 'oscillates'; readonly low: number; readonly high: number }
  /** The function is undefined (NaN) at most sampled points on this side. */
  | { readonly kind: 'undefined' }
  /** None of the above could be established (e.g. a very slow, logarithmic-like approach to a finite value). */
  | { readonly kind: 'inconclusive' };

/** Relative size of a step below which consecutive values count as equal. */
const SETTLED = 1e-9;
/** Largest ratio of successive differences that still counts as geometric convergence. */
const GEOMETRIC_RATIO = 0.7;
/** Growth of successive differences that marks the onset of rounding noise. */
const NOISE_JUMP = 4;
/** Relative size of differences below which rounding noise may dominate. */
const NOISE_FLOOR = 1e-6;
/** Largest ratio accepted when only one ratio of differences is available. */
const SINGLE_RATIO = 0.3;
/** Largest projected remaining error (relative to the value scale) we accept from a geometric tail. */
const GEOMETRIC_ERROR = 1e-3;

function maxAbsFinite(values: readonly number[]): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * Convergence test on the coarse sequence v_k = g(t_k), t_k shrinking by 10 each step.
 * Floating-point cancellation makes the last values noisy, so instead of trusting the smallest t
 * we take the pair of neighbours that agree best (the bottom of the error "V"), and accept it if
 * they agree to ~1e-9 of the value scale, or if the differences before it shrink geometrically, in
 * which case Aitken's Δ² extrapolates the tail and the geometric series bounds the error.
 */
function convergence(coarse: readonly number[], all: readonly number[]): SideBehaviour | undefined {
  const n = coarse.length;
  const diffs: number[] = [];
  for (let k = 0; k + 1 < n; k++) {
    const a = coarse[k] ?? Number.NaN;
    const b = coarse[k + 1] ?? Number.NaN;
    diffs.push(Number.isFinite(a) && Number.isFinite(b) ? b - a : Number.NaN);
  }
  // Search only the first descent of |differences|: once they jump up (by more than NOISE_JUMP),
  // rounding noise has taken over, and anything after that — even an exactly flat run of zeros
  // such as (1 − cos x)/x² for |x| < 1e-8 — is an artefact.
  // A jump only counts as noise once the differences are already tiny relative to the values
  // around them (NOISE_FLOOR): other jumps are genuine, e.g. c1·x + c2·x² switching from its x²
  // to its x regime, or a sequence crossing zero.
  // It also needs a real descent before it (the best difference 10× below the first one): a
  // nearly flat function can have a small first difference by coincidence.
  let m = -1;
  let first = Number.NaN;
  for (let k = 0; k < diffs.length; k++) {
    const seen = Math.max(Math.abs(coarse[k - 1] ?? 0), Math.abs(coarse[k] ?? 0), Math.abs(coarse[k + 1] ?? 0));
    const d = Math.abs(diffs[k] ?? Number.NaN);
    if (!Number.isFinite(d)) continue;
    if (m >= 0) {
      const best = Math.abs(diffs[m] ?? Number.NaN);
      const prev = Math.abs(diffs[k - 1] ?? Number.NaN);
      const descended = best <= 0.1 * first;
      if (Number.isFinite(prev) && d > NOISE_JUMP * prev && prev <= NOISE_FLOOR * seen && descended) break;
      if (d < best) m = k;
    } else {
      m = k;
      first = d;
    }
  }
  if (m < 0) return undefined;
  // The scale is taken from the samples up to the chosen pair only: a divergent tail must not make
  // the early differences look small.
  const scale = maxAbsFinite(coarse.slice(0, m + 2));
  const dm = diffs[m] ?? Number.NaN;
  const last = coarse[m + 1] ?? Number.NaN;
  // Settled values are trusted only after a clean descent: a 100× jump of the differences on the
  // way means rounding noise took over, and a flat run after it (exact zeros of 1 − cos x at
  // tiny x) says nothing about the limit.
  let clean = true;
  let runningMin = Math.abs(diffs[0] ?? Number.NaN);
  for (let k = 1; k <= m; k++) {
    const d = Math.abs(diffs[k] ?? Number.NaN);
    if (!Number.isFinite(d)) continue;
    if (d > 100 * runningMin + 1e-12 * scale) clean = false;
    runningMin = Number.isFinite(runningMin) ? Math.min(runningMin, d) : d;
  }
  const noise = roundingNoise(all, m + 1, last);
  if (clean && Math.abs(dm) <= SETTLED * scale && noise <= SETTLED * scale) {
    // Two neighbours can agree by coincidence while both carry the same rounding error (ln(1 + x)/x
    // and (eˣ − 1)/x at 0 round 1 + 10⁻ᵏ identically for several k), so |d_m| alone understated
    // the error 1800×: the rounding noise measured around the chosen sample is added, and a
    // flat run inside noise is not trusted at all (the geometric test below then reads the value
    // from earlier, cleaner samples).
    return { kind: 'finite', value: last, errorEstimate: Math.abs(dm) + noise };
  }
  // The bottom of the descent may already carry some noise; then earlier pairs are tried.
  for (let k = m; k >= 1; k--) {
    const found = geometricTail(coarse, all, diffs, k, scale);
    if (found) return found;
  }
  return undefined;
}

/**
 * Rounding noise near the coarse sample c (t = 10^-(c+1)), measured on the dense samples from a
 * decade before it to half a decade after: a smooth approach has tiny second differences on the
 * dense grid (neighbours differ by a factor 10^0.1 in t), while rounding noise of amplitude σ
 * makes |Δ²| up to 4σ. The largest |Δ²| is taken as the bound (the error of one sample need not
 * be zero-mean), plus a few ulps of the value itself.
 */
function roundingNoise(all: readonly number[], c: number, value: number): number {
  let m = 0;
  const from = Math.max(1, (c - 1) * PER_DECADE);
  const to = Math.min(c * PER_DECADE + PER_DECADE / 2, all.length - 2);
  for (let j = from; j <= to; j++) {
    const v = (all[j - 1] ?? Number.NaN) - 2 * (all[j] ?? Number.NaN) + (all[j + 1] ?? Number.NaN);
    if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  }
  return m + 8 * Number.EPSILON * Math.abs(value);
}

/**
 * Geometric-convergence test ending at the coarse difference k: the previous differences shrink
 * by a ratio ρ ≤ 0.7 (two ratios) or ρ ≤ 0.3 (only one available), the projected remaining error
 * d_k·ρ/(1−ρ) is small, and the dense samples between t_k and t_{k+1} stay in the envelope.
 */
function geometricTail(coarse: readonly number[], all: readonly number[], diffs: readonly number[], k: number, scale: number): SideBehaviour | undefined {
  const dk = diffs[k] ?? Number.NaN;
  const d1 = diffs[k - 1] ?? Number.NaN;
  const d2 = diffs[k - 2];
  const last = coarse[k + 1] ?? Number.NaN;
  if (!Number.isFinite(dk) || !Number.isFinite(d1) || d1 === 0) return undefined;
  const r1 = Math.abs(dk / d1);
  let rho: number;
  if (d2 !== undefined && Number.isFinite(d2) && d2 !== 0) {
    rho = Math.max(r1, Math.abs(d1 / d2));
    if (rho > GEOMETRIC_RATIO) return undefined;
  } else {
    rho = r1;
    if (rho > SINGLE_RATIO) return undefined;
  }
  const truncation = (Math.abs(dk) * rho) / (1 - rho);
  if (truncation > GEOMETRIC_ERROR * scale) return undefined;
  // Aitken's Δ²: exact for v_k = L + c·q^k, a good model of a smooth approach sampled at t = 10^-k.
  const denom = dk - d1;
  const correction = denom !== 0 ? (dk * dk) / denom : 0;
  const value = Number.isFinite(correction) && Math.abs(correction) <= 10 * Math.abs(dk) ? last - correction : last;
  // Three coarse samples can look geometric by accident (sin(w/x) sampled at x = 10^-k has
  // pseudo-random phases), so the dense samples in between must stay in the envelope too: a
  // monotone geometric approach keeps every sample between t_k and t_{k+1} within about
  // |v_k − L| of L; random phases do not.
  const envelope = 2 * Math.max(Math.abs((coarse[k] ?? Number.NaN) - value), Math.abs(dk), truncation, 1e-12 * scale);
  for (let j = k * PER_DECADE; j <= (k + 1) * PER_DECADE && j < all.length; j++) {
    const v = all[j] ?? Number.NaN;
    if (!(Math.abs(v - value) <= envelope)) return undefined;
  }
  // The extrapolated value still carries the rounding noise of the samples it was built from.
  return { kind: 'finite', value, errorEstimate: truncation + roundingNoise(all, k + 1, value) };
}

/** Monotone growth of |g| over the dense tail, without geometric slowing down: an infinite limit. */
function divergence(dense: readonly number[]): SideBehaviour | undefined {
  const vals = dense.filter((v) => !Number.isNaN(v));
  if (vals.length < 4) return undefined;
  const tail = vals.slice(-3);
  if (tail.every((v) => v === Number.POSITIVE_INFINITY)) return { kind: 'infinite', sign: 1 };
  if (tail.every((v) => v === Number.NEGATIVE_INFINITY)) return { kind: 'infinite', sign: -1 };
  const finite = vals.filter((v) => Number.isFinite(v));
  if (finite.length !== vals.length) {
    // Mixed overflow: judge by the sign of the infinities at the end.
    const lastInf = vals.filter((v) => !Number.isFinite(v)).at(-1);
    if (lastInf !== undefined && vals.at(-1) === lastInf) return { kind: 'infinite', sign: lastInf > 0 ? 1 : -1 };
    return undefined;
  }
  const first = finite[0] ?? 0;
  const last = finite.at(-1) ?? 0;
  const direction = Math.sign(last - first);
  if (direction === 0) return undefined;
  for (let k = 1; k < finite.length; k++) {
    const step = (finite[k] ?? 0) - (finite[k - 1] ?? 0);
    if (Math.sign(step) !== direction) return undefined;
  }
  if (Math.sign(last) !== direction || Math.abs(last) < 2 * Math.abs(first)) return undefined;
  // A convergent monotone tail slows down; a divergent one does not: compare the last and first
  // thirds of the tail's steps.
  const third = Math.max(1, Math.floor(finite.length / 3));
  const early = Math.abs((finite[third] ?? 0) - first);
  const late = Math.abs(last - (finite[finite.length - 1 - third] ?? 0));
  if (late < 0.5 * early) return undefined;
  return { kind: 'infinite', sign: direction > 0 ? 1 : -1 };
}

/** Repeated large swings over the dense tail: no limit. */
function oscillation(dense: readonly number[]): SideBehaviour | undefined {
  const finite = dense.filter((v) => Number.isFinite(v));
  if (finite.length < 4) return undefined;
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const scale = maxAbsFinite(finite);
  const significant = 1e-3 * scale;
  if (!(high - low > 1e-2 * scale)) return undefined;
  let turns = 0;
  let direction = 0;
  let anchor = finite[0] ?? 0;
  for (const v of finite) {
    const move = v - anchor;
    if (Math.abs(move) < significant) continue;
    const d = Math.sign(move);
    if (direction !== 0 && d !== direction) turns++;
    direction = d;
    anchor = v;
  }
  return turns >= 2 ? { kind: 'oscillates', low, high } : undefined;
}

/** Samples per decade of the approach grid. */
export const PER_DECADE = 10;
/** Decades of the approach grid: t from 10^-1 down to 10^-12. */
const FIRST_DECADE = 1;
const LAST_DECADE = 12;
/** The tail used for divergence and oscillation starts at t = 10^-4. */
const TAIL_START = (4 - FIRST_DECADE) * PER_DECADE;

/**
 * The approach grid t_j = 10^-(1 + j/10), j = 0 … 110: t = 10^-1 … 10^-12 with ten samples per
 * decade. Every tenth sample (t = 10^-k) forms the coarse sequence shown in tables.
 */
export function approachSteps(): number[] {
  const count = (LAST_DECADE - FIRST_DECADE) * PER_DECADE + 1;
  return Array.from({ length: count }, (_, j) => Math.pow(10, -(FIRST_DECADE + j / PER_DECADE)));
}

/** Indices of the coarse samples (t = 10^-1 … 10^-12) within the approach grid. */
export function coarseIndices(): number[] {
  return Array.from({ length: LAST_DECADE - FIRST_DECADE + 1 }, (_, k) => k * PER_DECADE);
}

/**
 * Classifies one side of a limit from g(t_j) on the approach grid (`approachSteps`), t → 0⁺.
 * The coarse decades give the value; the tail t ≤ 10^-4 is checked for divergence and
 * oscillation. Order of tests: defined → converges → diverges → oscillates → inconclusive.
 */
export function classifyApproach(samples: readonly number[]): SideBehaviour {
  const coarse = coarseIndices().map((j) => samples[j] ?? Number.NaN);
  const tail = samples.slice(TAIL_START);
  const definedTail = tail.filter((v) => !Number.isNaN(v)).length;
  const definedCoarse = coarse.filter((v) => !Number.isNaN(v)).length;
  if (definedTail * 2 < tail.length || definedCoarse * 2 < coarse.length) return { kind: 'undefined' };
  return convergence(coarse, samples) ?? divergence(tail) ?? oscillation(tail) ?? { kind: 'inconclusive' };
}
