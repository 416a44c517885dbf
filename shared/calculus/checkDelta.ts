import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';

/**
 * The ε-δ challenge: someone proposes a δ for a given ε, and we look for an x with
 * 0 < |x − a| < δ but |f(x) − L| ≥ ε (a counterexample). Finding none on a dense, adaptively
 * refined sample is evidence that δ works, never a proof — the answer says how much was examined.
 *
 * The scan is written once over "distances" d ∈ (0, δ) and a map d ↦ x per side, so the same code
 * checks x → a (x = a ± d) and x → ±∞ (x = ±1/d, where δ = 1/M; see `checkM`).
 */

/** A sampled point of the check. `gap` is |f(x) − L| (+∞ when f(x) is ±∞). */
export interface DeltaCheckPoint {
  readonly x: number;
  readonly fx: number;
  /** Its distance from a in the scan's own units (|x − a|; for x → ±∞ it is 1/|x|). */
  readonly distance: number;
  readonly gap: number;
  readonly side: 'left' | 'right';
}

export type DeltaCheck =
  | {
      readonly kind: 'confirmed';
      /** Function evaluations spent (scan and refinement). */
      readonly samples: number;
      /** The defined sample with the largest |f(x) − L| (all below ε), if any point was defined. */
      readonly worst?: DeltaCheckPoint;
      /** Distances examined on each side: [from, to] with to = δ·(1 − 10⁻⁹). */
      readonly examined: readonly [number, number];
      /** Sampled points where f was undefined (NaN): outside the domain, they do not count. */
      readonly undefinedCount: number;
    }
  | {
      readonly kind: 'counterexample';
      /**
       * The clearest violation found: among all violating points, the one that is both well inside
       * the δ-interval and well outside the ε-band (maximises min((gap − ε)/ε, (δ − d)/δ)).
       */
      readonly point: DeltaCheckPoint;
      /** The violating point closest to a: when it is tiny, no δ works at all (L is not the limit). */
      readonly nearest: DeltaCheckPoint;
      readonly samples: number;
      /** How many sampled points violate. */
      readonly violations: number;
    };

export interface DeltaCheckOptions {
  /** Geometric scan density near a (default 200 per decade). */
  readonly samplesPerDecade?: number;
  /** Evenly spaced distances in (0, δ) (default 4000 per side). */
  readonly uniformSamples?: number;
  /** How many local maxima of |f − L| are refined by golden-section search (default 24 per side). */
  readonly refineCount?: number;
  /**
   * Smallest distance examined (default max(δ·1e-10, 1e-13·max(1, |a|))): below it, x = a ± d is
   * hardly distinguishable from a in double precision.
   */
  readonly minDistance?: number;
}

/** The part of (0, δ) left out at the top: at |x − a| → δ rounding of δ, x and f decides, not math. */
const TOP_MARGIN = 1e-9;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

type Side = 'left' | 'right';

/** Evaluates the scan at distance d on a side; null when the point is not admissible (x = a, outside the interval). */
type Probe = (side: Side, d: number) => { readonly x: number; readonly fx: number } | null;

interface ScanSetup {
  readonly sides: readonly Side[];
  readonly probe: Probe;
  readonly L: number;
  readonly eps: number;
  readonly delta: number;
  readonly dLow: number;
  readonly perDecade: number;
  readonly uniform: number;
  readonly refine: number;
}

function distances(dLow: number, dHigh: number, perDecade: number, uniform: number): Float64Array {
  const decades = Math.max(0, Math.log10(dHigh / dLow));
  const nGeo = Math.max(2, Math.ceil(decades * perDecade) + 1);
  const out = new Float64Array(nGeo + uniform);
  for (let k = 0; k < nGeo; k++) out[k] = dLow * Math.pow(dHigh / dLow, k / (nGeo - 1));
  // The top point is set exactly: the scan always examines the far end of the interval.
  out[nGeo - 1] = dHigh;
  for (let k = 1; k <= uniform; k++) out[nGeo + k - 1] = (dHigh * k) / (uniform + 1);
  out.sort();
  return out;
}

const gapOf = (fx: number, L: number): number => (Number.isFinite(fx) ? Math.abs(fx - L) : Number.POSITIVE_INFINITY);

/** Shared scan: dense sampling, golden-section refinement of local maxima of |f − L|, then the verdict. */
function scan(s: ScanSetup): DeltaCheck {
  const dHigh = s.delta * (1 - TOP_MARGIN);
  const grid = distances(s.dLow, dHigh, s.perDecade, s.uniform);
  let samples = 0;
  let undefinedCount = 0;
  let worst: DeltaCheckPoint | undefined;
  const violations: DeltaCheckPoint[] = [];

  const visit = (side: Side, d: number): number => {
    const p = s.probe(side, d);
    samples++;
    if (!p || Number.isNaN(p.fx)) {
      if (p) undefinedCount++;
      return Number.NEGATIVE_INFINITY;
    }
    const gap = gapOf(p.fx, s.L);
    const point: DeltaCheckPoint = { x: p.x, fx: p.fx, distance: d, gap, side };
    if (!(gap < s.eps)) violations.push(point);
    else if (!worst || gap > worst.gap) worst = point;
    return gap;
  };

  for (const side of s.sides) {
    const gaps = new Float64Array(grid.length);
    for (let i = 0; i < grid.length; i++) gaps[i] = visit(side, grid[i] ?? 0);
    if (violations.length > 0) continue;
    // Local maxima of the gap, largest first: a narrow spike between two samples is found by
    // maximising the gap on the bracket around the sample that sits on its flank.
    const peaks: number[] = [];
    for (let i = 0; i < grid.length; i++) {
      const g = gaps[i] ?? Number.NEGATIVE_INFINITY;
      if (!Number.isFinite(g)) continue;
      const before = i > 0 ? (gaps[i - 1] ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
      const after = i + 1 < grid.length ? (gaps[i + 1] ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
      if (g >= before && g >= after) peaks.push(i);
    }
    peaks.sort((i, j) => (gaps[j] ?? 0) - (gaps[i] ?? 0));
    for (const i of peaks.slice(0, s.refine)) {
      let lo = i > 0 ? (grid[i - 1] ?? 0) : s.dLow;
      let hi = i + 1 < grid.length ? (grid[i + 1] ?? dHigh) : dHigh;
      let c = hi - GOLDEN * (hi - lo);
      let d = lo + GOLDEN * (hi - lo);
      let gc = visit(side, c);
      let gd = visit(side, d);
      for (let it = 0; it < 60 && violations.length === 0 && hi - lo > 1e-12 * hi; it++) {
        if (gc >= gd) {
          hi = d;
          d = c;
          gd = gc;
          c = hi - GOLDEN * (hi - lo);
          gc = visit(side, c);
        } else {
          lo = c;
          c = d;
          gc = gd;
          d = lo + GOLDEN * (hi - lo);
          gd = visit(side, d);
        }
      }
      if (violations.length > 0) break;
    }
  }

  if (violations.length === 0) {
    return { kind: 'confirmed', samples, ...(worst ? { worst } : {}), examined: [s.dLow, dHigh], undefinedCount };
  }
  const clarity = (p: DeltaCheckPoint): number => Math.min(Math.min(1, (p.gap - s.eps) / s.eps), (s.delta - p.distance) / s.delta);
  let point = violations[0] as DeltaCheckPoint;
  let nearest = point;
  for (const p of violations) {
    if (clarity(p) > clarity(point)) point = p;
    if (p.distance < nearest.distance) nearest = p;
  }
  return { kind: 'counterexample', point, nearest, samples, violations: violations.length };
}

function validate(L: number, eps: number, delta: number): LocalizedText | null {
  if (!Number.isFinite(L)) return text('The limit L must be a finite number.', '极限 L 必须是有限的数。');
  if (!Number.isFinite(eps) || eps <= 0) return text('ε must be a positive number.', 'ε 必须是正数。');
  if (!Number.isFinite(delta) || delta <= 0) return text('δ must be a positive number.', 'δ 必须是正数。');
  return null;
}

const options = (o: DeltaCheckOptions) => ({
  perDecade: Math.round(o.samplesPerDecade ?? 200),
  uniform: Math.round(o.uniformSamples ?? 4000),
  refine: Math.round(o.refineCount ?? 24),
});

function validOptions(o: ReturnType<typeof options>): boolean {
  return o.perDecade >= 1 && o.perDecade <= 10000 && o.uniform >= 0 && o.uniform <= 1e6 && o.refine >= 0 && o.refine <= 1000;
}

/**
 * Looks for x with 0 < |x − a| < δ and |f(x) − L| ≥ ε (the negation of the ε-δ condition, with
 * |f(x) − L| < ε as it should read — DESIGN.md §4: f(x) = L is allowed).
 *
 * Method: on each side, distances from `minDistance` to δ·(1 − 10⁻⁹) are sampled geometrically
 * (`samplesPerDecade`, dense near a where limits live) and uniformly (`uniformSamples`); if no
 * sample violates, the `refineCount` largest local maxima of |f(x) − L| are refined by
 * golden-section search on their brackets, which finds narrow spikes between samples. NaN points
 * are outside f's domain and are skipped; ±∞ violates. The point a itself is never examined.
 *
 * Honesty: 'confirmed' means no violation was found among `samples` points; a violation narrower
 * than the sampling that is not on the flank of a sampled local maximum can be missed, and so can
 * one closer to a than `examined[0]` or in the last 10⁻⁹ of the interval.
 */
export function checkDelta(
  f: (x: number) => number,
  a: number,
  L: number,
  eps: number,
  delta: number,
  opts: DeltaCheckOptions = {},
): Result<DeltaCheck, LocalizedText> {
  if (!Number.isFinite(a)) return err(text('The point a must be a finite number.', '点 a 必须是有限的数。'));
  const bad = validate(L, eps, delta);
  if (bad) return err(bad);
  const unit = Math.max(1, Math.abs(a));
  const dLow = opts.minDistance ?? Math.max(delta * 1e-10, 1e-13 * unit);
  const o = options(opts);
  if (!(dLow > 0) || !(dLow < delta * (1 - TOP_MARGIN)) || a + dLow === a || a - dLow === a || !validOptions(o)) {
    return err(text('δ is too small to be checked next to a in double precision.', 'δ 太小，在 a 附近无法用双精度浮点数检验。'));
  }
  const probe: Probe = (side, d) => {
    const x = side === 'left' ? a - d : a + d;
    // The definition's own conditions, checked on the rounded x: 0 < |x − a| < δ.
    const dist = Math.abs(x - a);
    if (!(dist > 0 && dist < delta)) return null;
    return { x, fx: f(x) };
  };
  return ok(scan({ sides: ['left', 'right'], probe, L, eps, delta, dLow, ...o }));
}

/**
 * The ε-M challenge for a limit at infinity: looks for x with x > M (direction +1) or x < M
 * (direction −1) and |f(x) − L| ≥ ε. M must be positive for +∞ (negative for −∞). Internally
 * x = ±1/t with t ∈ (0, 1/|M|), so the scan reaches |x| = 10¹⁰·|M| (`examined` is in t; the
 * reported points carry x and `distance` = 1/|x|).
 */
export function checkM(
  f: (x: number) => number,
  direction: 1 | -1,
  L: number,
  eps: number,
  M: number,
  opts: DeltaCheckOptions = {},
): Result<DeltaCheck, LocalizedText> {
  if (!Number.isFinite(M) || direction * M <= 0) {
    return err(
      direction > 0
        ? text('M must be a positive number (x > M).', 'M 必须是正数（x > M）。')
        : text('M must be a negative number (x < M).', 'M 必须是负数（x < M）。'),
    );
  }
  const delta = 1 / Math.abs(M);
  const bad = validate(L, eps, delta);
  if (bad) return err(bad);
  const o = options(opts);
  const dLow = opts.minDistance ?? delta * 1e-10;
  if (!(dLow > 0) || !(dLow < delta * (1 - TOP_MARGIN)) || !validOptions(o)) {
    return err(text('M is out of the range that can be checked.', 'M 超出了可检验的范围。'));
  }
  const probe: Probe = (_side, t) => {
    const x = direction / t;
    if (!(direction * x > direction * M) || !Number.isFinite(x)) return null;
    return { x, fx: f(x) };
  };
  return ok(scan({ sides: ['right'], probe, L, eps, delta, dLow, ...o }));
}
