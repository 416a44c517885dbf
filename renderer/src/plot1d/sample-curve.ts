/**
 * Adaptive sampling of y = f(x) for drawing: a uniform base grid on "nice" x values (so 0, 2, ½ …
 * are hit exactly and holes there are found), refined where the curve bends in pixels, with the
 * pen lifted at poles, jumps and undefined stretches, never a vertical spike across a pole.
 *
 * Work is bounded (a hard cap on evaluations of f), so pathological inputs like sin(1/x) near 0
 * cost the same as any other curve: the unresolvable part is drawn as the dense band a textbook
 * shows, not as an endless refinement.
 */
import { robustRange } from '../scenes/surface/explorer/plot-scale';
import { niceStep, stepDecimals } from '../scenes/surface/ticks';

/** One stretch of curve drawn without lifting the pen (x increasing, every y finite). */
export interface CurveRun {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** A removable hole: both one-sided limits equal `y` at `x`; `value` is f(x) when defined there. */
export interface CurveHole {
  readonly x: number;
  readonly y: number;
  readonly value: number | null;
}

/** A jump at a sampled x: finite one-sided limits that differ; `value` is f(x) when defined. */
export interface CurveJump {
  readonly x: number;
  readonly left: number;
  readonly right: number;
  readonly value: number | null;
}

export interface SampledCurve {
  readonly runs: readonly CurveRun[];
  readonly holes: readonly CurveHole[];
  readonly jumps: readonly CurveJump[];
  /** How many times f was called (never more than the cap). */
  readonly evaluations: number;
  /** The y window the refinement judged pixels against (the given one, or a robust automatic one). */
  readonly yRange: readonly [number, number];
}

export interface SampleOptions {
  readonly xMin: number;
  readonly xMax: number;
  /** Width of the plot area in CSS pixels (sets the grid and the refinement tolerance). */
  readonly pixelWidth: number;
  /** Height of the plot area in CSS pixels (default 0.6 × pixelWidth). */
  readonly pixelHeight?: number;
  /** The visible y window; a missing bound is chosen robustly from the base samples. */
  readonly yMin?: number;
  readonly yMax?: number;
  /** x known to be singular or holed: sampled exactly and approached from both sides, never crossed. */
  readonly breaks?: readonly number[];
  /** Hard cap on evaluations of f (default 20 000). */
  readonly maxSamples?: number;
  /** f at many x in one call, the same numbers as f (see CurveLayer.fMany): used for the base grid. */
  readonly fMany?: (xs: Float64Array, out: Float64Array) => void;
}

export const DEFAULT_MAX_SAMPLES = 20000;
/** A midpoint further than this from the chord (px) asks for a finer sample. */
const TOLERANCE_PX = 0.3;
/** Shape refinement stops at this width (px); below it only discontinuities are chased. */
const MIN_WIDTH_PX = 1 / 8;
/** A difference that survives bisection down to float resolution and exceeds this (px) is a jump. */
const JUMP_PX = 1;
/** Bisection for edges and jumps stops at this fraction of the x span (≈ 45 halvings). */
const RESOLUTION = 1e-13;
/** Every base interval may spend this much (enough to chase one pole to float resolution). */
const MIN_INTERVAL_BUDGET = 240;
/** Evaluations one limit check costs (three each side). */
const LIMIT_COST = 6;

const finite = Number.isFinite;

interface Node {
  readonly x: number;
  /** f(x) as evaluated (may be NaN/±∞). */
  readonly raw: number;
  readonly isBreak: boolean;
}

/** The base grid: xMin, the multiples of a nice step inside, xMax, and the breaks. */
export function baseGrid(xMin: number, xMax: number, count: number, breaks: readonly number[] = []): { readonly xs: number[]; readonly isBreak: boolean[] } {
  const span = xMax - xMin;
  const step = niceStep(span, Math.max(2, count));
  const decimals = stepDecimals(step);
  const candidates: { x: number; b: boolean }[] = [{ x: xMin, b: false }];
  const first = Math.ceil(xMin / step);
  const last = Math.floor(xMax / step);
  const gridValue = decimalMultiple(step, decimals, Math.max(Math.abs(first), Math.abs(last)));
  // Counted from 0: far from the origin (|k| ≥ 2^53) k++ would not move and the loop never end.
  for (let i = 0; i <= last - first && i < 100000; i++) {
    const k = first + i;
    // Decimal rounding makes 0.1·3 exactly 0.3, so f's own hole at 0.3 is sampled exactly.
    const v = gridValue(k);
    // Strictly inside, so xMin and xMax themselves stay the first and last samples.
    if (v - xMin > span * 1e-12 && xMax - v > span * 1e-12) candidates.push({ x: v === 0 ? 0 : v, b: false });
  }
  candidates.push({ x: xMax, b: false });
  for (const b of breaks) if (finite(b) && b > xMin && b < xMax) candidates.push({ x: b, b: true });
  candidates.sort((p, q) => p.x - q.x || Number(q.b) - Number(p.b));
  const xs: number[] = [];
  const isBreak: boolean[] = [];
  const minGap = Math.abs(span) * 1e-12;
  for (const c of candidates) {
    const prev = xs[xs.length - 1];
    if (prev !== undefined && c.x - prev <= minGap) {
      // Same place twice: keep one node, a break wins over a grid point.
      if (c.b) isBreak[isBreak.length - 1] = true;
      continue;
    }
    xs.push(c.x);
    isBreak.push(c.b);
  }
  return { xs, isBreak };
}

/**
 * k ↦ k·step rounded to `decimals` places, i.e. the double nearest the decimal k·m / 10^d where
 * step = m / 10^d. This is exactly what Number((k·step).toFixed(d)) gives (toFixed recovers the
 * integer k·m, Number() rounds k·m / 10^d correctly, and so does IEEE division of two exactly
 * represented integers), without building a string per sample — that was half the cost of
 * sampling a curve. Falls back to toFixed where the shortcut's premises do not hold (a step that
 * is not a whole number of 10^-d, or products beyond 2^53).
 */
export function decimalMultiple(step: number, decimals: number, maxAbsK: number): (k: number) => number {
  if (decimals > 15) return (k) => k * step;
  const slow = (k: number): number => Number((k * step).toFixed(decimals));
  const scale = 10 ** decimals;
  const m = Math.round(step * scale);
  const exact = m >= 1 && Math.abs(m - step * scale) <= 1e-9 * Math.max(1, step * scale) && maxAbsK * m <= Number.MAX_SAFE_INTEGER;
  return exact ? (k) => (k * m) / scale : slow;
}

/** Calls f safely: anything that is not a number (or throws) counts as undefined. */
function safe(f: (x: number) => number): (x: number) => number {
  return (x) => {
    try {
      const y = f(x);
      return typeof y === 'number' ? y : Number.NaN;
    } catch {
      return Number.NaN;
    }
  };
}

/**
 * f at every x: through `many` in one call when given (anything it returns that is not a number
 * reads as undefined, as with f; if it throws, f serves point by point), else point by point.
 */
export function evaluateAll(xs: readonly number[], f: (x: number) => number, many?: (xs: Float64Array, out: Float64Array) => void): Float64Array {
  const out = new Float64Array(xs.length);
  if (many) {
    try {
      many(Float64Array.from(xs), out);
      return out;
    } catch {
      // The point-by-point path below.
    }
  }
  for (let i = 0; i < xs.length; i++) out[i] = f(xs[i] ?? Number.NaN);
  return out;
}

export function sampleCurve(fn: (x: number) => number, options: SampleOptions): SampledCurve {
  const { xMin, xMax } = options;
  const cap = Math.max(16, Math.floor(options.maxSamples ?? DEFAULT_MAX_SAMPLES));
  const pixelWidth = Math.max(1, options.pixelWidth);
  const pixelHeight = Math.max(1, options.pixelHeight ?? pixelWidth * 0.6);
  const f = safe(fn);
  let used = 0;
  const ev = (x: number): number => {
    used++;
    return f(x);
  };
  const empty = (yRange: readonly [number, number]): SampledCurve => ({ runs: [], holes: [], jumps: [], evaluations: used, yRange });
  if (!(xMax > xMin) || !finite(xMin) || !finite(xMax)) return empty([options.yMin ?? -1, options.yMax ?? 1]);

  const span = xMax - xMin;
  // 1–2.5 base samples per pixel (the midpoint tests add as many again where needed), never
  // more than a fifth of the budget.
  const grid = baseGrid(xMin, xMax, Math.min(2.5 * pixelWidth, cap / 5), options.breaks);
  const raws = evaluateAll(grid.xs, f, options.fMany);
  used += raws.length;
  const nodes: Node[] = grid.xs.map((x, i) => ({ x, raw: raws[i] ?? Number.NaN, isBreak: grid.isBreak[i] ?? false }));

  const yRange = resolveYRange(
    nodes.map((n) => n.raw),
    options.yMin,
    options.yMax,
  );
  const [yLo, yHi] = yRange;
  const ySpan = yHi - yLo;
  const kx = pixelWidth / span;
  const ky = pixelHeight / ySpan;
  const tolY = TOLERANCE_PX / ky;
  const farLo = yLo - ySpan;
  const farHi = yHi + ySpan;
  const tiny = span * RESOLUTION;
  const hLimit = Math.max(span / Math.max(nodes.length, 1) / 1000, span * 1e-9);

  // ── Limits at single nodes: holes and jumps ───────────────────────────────────────────────
  const holes: CurveHole[] = [];
  const jumps: CurveJump[] = [];
  /** One-sided limit by Richardson extrapolation from f(x ± h), f(x ± 2h), f(x ± 4h); null if it does not settle. */
  const oneSided = (x: number, dir: 1 | -1): number | null => {
    const h = Math.max(hLimit, Math.abs(x) * 1e-7);
    const a = ev(x + dir * h);
    const b = ev(x + dir * 2 * h);
    const c = ev(x + dir * 4 * h);
    if (!finite(a) || !finite(b) || !finite(c)) return null;
    const e1 = 2 * a - b;
    const e2 = 2 * b - c;
    if (Math.abs(e1 - e2) > tolY + 1e-9 * Math.abs(e1)) return null;
    return e1 + (e1 - e2) / 3;
  };
  const suspicious = (i: number): boolean => {
    const n = nodes[i];
    if (!n) return false;
    if (n.isBreak) return true;
    const p = nodes[i - 1]?.raw ?? Number.NaN;
    const q = nodes[i + 1]?.raw ?? Number.NaN;
    if (!finite(n.raw)) return finite(p) || finite(q);
    if (!finite(p) || !finite(q)) return false;
    // An isolated odd value (spike) or a step between the neighbours.
    const spread = Math.abs(q - p);
    const spike = Math.min(Math.abs(n.raw - p), Math.abs(n.raw - q)) > 2 * spread && Math.abs(n.raw - (p + q) / 2) * ky > 1;
    const step = spread * ky > 8 && Math.max(Math.abs(n.raw - p), Math.abs(n.raw - q)) > 0.9 * spread;
    return spike || step;
  };
  interface Ends {
    /** Value the interval to the left ends on, and the one the interval to the right starts from. */
    readonly yl: number;
    readonly yr: number;
    /** Lift the pen at this node. */
    readonly lift: boolean;
  }
  const ends: Ends[] = nodes.map((n, i) => {
    const plain: Ends = { yl: n.raw, yr: n.raw, lift: false };
    const singular: Ends = { yl: Number.NaN, yr: Number.NaN, lift: true };
    if (!suspicious(i) || used + LIMIT_COST > cap) return n.isBreak ? singular : plain;
    const left = oneSided(n.x, -1);
    const right = oneSided(n.x, 1);
    const value = finite(n.raw) ? n.raw : null;
    if (left !== null && right !== null) {
      if (Math.abs(left - right) <= tolY + 1e-9 * Math.abs(left)) {
        const y = (left + right) / 2;
        // Continuous here after all: keep the true sample.
        if (value !== null && Math.abs(value - y) <= tolY + 1e-9 * Math.abs(y)) return plain;
        holes.push({ x: n.x, y, value });
        return { yl: y, yr: y, lift: false };
      }
      jumps.push({ x: n.x, left, right, value });
      return { yl: left, yr: right, lift: true };
    }
    return n.isBreak ? singular : plain;
  });

  // ── Refinement between nodes ──────────────────────────────────────────────────────────────
  const xs: number[] = [];
  const ys: number[] = [];
  const push = (x: number, y: number): void => {
    xs.push(x);
    ys.push(y);
  };
  const lift = (): void => push(Number.NaN, Number.NaN);
  let limit = cap;
  const beyond = (y: number): -1 | 0 | 1 => (y > farHi ? 1 : y < farLo ? -1 : 0);

  /** Chases a sub-pixel interval that is still not flat: a jump, a pole, or an unresolvable wiggle. */
  const classify = (a: number, fa: number, b: number, fb: number): void => {
    let lo = a;
    let flo = fa;
    let hi = b;
    let fhi = fb;
    while (hi - lo > tiny && used < limit) {
      const m = lo + (hi - lo) / 2;
      if (m <= lo || m >= hi) break;
      const fm = ev(m);
      if (!finite(fm)) {
        // An undefined point inside: approach it from both sides as a domain edge.
        refine(lo, flo, m, fm);
        lift();
        refine(m, fm, hi, fhi);
        return;
      }
      const outside = fm > Math.max(flo, fhi) + tolY || fm < Math.min(flo, fhi) - tolY;
      if (outside && beyond(fm) === 0) {
        // A turning point or an oscillation below pixel size: draw its extreme, stop here.
        push(lo, flo);
        push(m, fm);
        push(hi, fhi);
        return;
      }
      const dl = Math.abs(fm - flo);
      const dh = Math.abs(fhi - fm);
      let goLeft = dl >= dh;
      if (outside) {
        // Heading to infinity: follow the sign change (a pole with opposite signs on its sides).
        const signLeft = Math.sign(flo) !== Math.sign(fm);
        const signRight = Math.sign(fm) !== Math.sign(fhi);
        if (signLeft !== signRight) goLeft = signLeft;
      }
      if (Math.max(dl, dh) * ky <= TOLERANCE_PX) {
        // The difference shrinks with the interval: continuous, just steep.
        push(m, fm);
        return;
      }
      if (goLeft) {
        hi = m;
        fhi = fm;
      } else {
        lo = m;
        flo = fm;
      }
    }
    // Out of budget before the question was settled: connect an in-view wiggle, but lift the
    // pen when an end is already far off screen (a pole must never become a vertical spike).
    const exhausted = used >= limit && hi - lo > tiny;
    const gap = Math.abs(fhi - flo) * ky;
    push(lo, flo);
    if (gap > JUMP_PX && (!exhausted || beyond(flo) !== 0 || beyond(fhi) !== 0)) lift();
    push(hi, fhi);
  };

  /** Emits the samples strictly between a and b (in order), lifting the pen where needed. */
  const refine = (a: number, fa: number, b: number, fb: number): void => {
    const aOk = finite(fa);
    const bOk = finite(fb);
    if ((!aOk && !bOk) || used >= limit) return;
    const m = a + (b - a) / 2;
    if (m <= a || m >= b) return;
    if (aOk !== bOk) {
      // The edge of the domain (or an undefined pole): bisect towards it to float resolution.
      if (b - a <= tiny) return;
      const fm = ev(m);
      refine(a, fa, m, fm);
      push(m, fm);
      refine(m, fm, b, fb);
      return;
    }
    const fm = ev(m);
    if (!finite(fm)) {
      refine(a, fa, m, fm);
      lift();
      refine(m, fm, b, fb);
      return;
    }
    const side = beyond(fa);
    if (side !== 0 && beyond(fb) === side && beyond(fm) === side) return; // all far off one edge: invisible
    const dev = Math.abs(fm - (fa + fb) / 2) * ky;
    if (dev <= TOLERANCE_PX) return;
    if ((b - a) * kx > MIN_WIDTH_PX) {
      refine(a, fa, m, fm);
      push(m, fm);
      refine(m, fm, b, fb);
      return;
    }
    if (Math.abs(fb - fa) * ky <= JUMP_PX && dev <= JUMP_PX) {
      push(m, fm);
      return;
    }
    // Sub-pixel but still far from flat: the midpoint's half decides where to look.
    if (Math.abs(fm - fa) >= Math.abs(fb - fm)) {
      classify(a, fa, m, fm);
      push(m, fm);
      refine(m, fm, b, fb);
    } else {
      refine(a, fa, m, fm);
      push(m, fm);
      classify(m, fm, b, fb);
    }
  };

  const intervals = nodes.length - 1;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const e = ends[i];
    if (!n || !e) continue;
    if (i > 0) {
      const pn = nodes[i - 1];
      const pe = ends[i - 1];
      if (pn && pe) {
        // Each interval may spend a few times its fair share of what is left, so one wild
        // stretch cannot starve the rest of the curve.
        const share = Math.floor(((cap - used) / Math.max(1, intervals - i + 1)) * 4);
        limit = Math.min(cap, used + Math.max(share, MIN_INTERVAL_BUDGET));
        refine(pn.x, pe.yr, n.x, e.yl);
      }
    }
    if (e.lift) {
      push(n.x, e.yl);
      lift();
      push(n.x, e.yr);
    } else push(n.x, e.yl);
  }

  // A lone point far off screen (a node right beside a pole) is not a stretch of curve.
  const runs = splitRuns(xs, ys).filter((r) => r.xs.length > 1 || beyond(r.ys[0] ?? 0) === 0);
  return { runs, holes, jumps, evaluations: used, yRange };
}

/** The y window: the given bounds, missing ones filled robustly from the samples. */
function resolveYRange(values: readonly number[], yMin: number | undefined, yMax: number | undefined): readonly [number, number] {
  const given = yMin !== undefined && yMax !== undefined && finite(yMin) && finite(yMax) && yMax > yMin;
  if (given) return [yMin, yMax];
  const [lo, hi] = robustRange(values);
  const a = yMin !== undefined && finite(yMin) ? yMin : lo;
  const b = yMax !== undefined && finite(yMax) ? yMax : hi;
  return b > a ? [a, b] : [Math.min(a, b) - 1, Math.max(a, b) + 1];
}

/** Splits the emitted stream at non-finite values into runs. */
function splitRuns(xs: readonly number[], ys: readonly number[]): CurveRun[] {
  const runs: CurveRun[] = [];
  let rx: number[] = [];
  let ry: number[] = [];
  const flush = (): void => {
    if (rx.length > 0) runs.push({ xs: rx, ys: ry });
    rx = [];
    ry = [];
  };
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? Number.NaN;
    const y = ys[i] ?? Number.NaN;
    if (!finite(x) || !finite(y)) {
      flush();
      continue;
    }
    const px = rx[rx.length - 1];
    if (px !== undefined && x <= px) {
      if (x === px && ry[ry.length - 1] === y) continue;
      if (x < px) continue; // never step backwards
    }
    rx.push(x);
    ry.push(y);
  }
  flush();
  return runs;
}
