/**
 * The typed-formula sampling benchmark itself (DESIGN.md §6, issue 11), shared by the Node run
 * (bench/expr.bench.ts) and the Chromium run (bench/browser/sampling.bench.spec.ts bundles this
 * file into a page): four formulas on a 256×256 grid, each timed as compileVectorized (whichever
 * backend this realm gets: wasm where it compiles), the JS tape fallback, the closure compiler, a
 * hand-written loop and mathjs compile().evaluate(), all in the app's real state — before any
 * timing, every surface preset, its partial derivatives and the benchmark formulas are compiled
 * and sampled, as the app does, so V8's call-site feedback is shared across formulas (a fresh
 * process flatters whichever formula is compiled first). Pure: no Node or DOM imports.
 */
import type { MathJsInstance } from 'mathjs';
import type { BenchEntry } from './harness';
import { compile, compileVectorized, differentiate, parseExpr, sigmoid, substitute, num } from '../shared/expr/index';

/**
 * The explorer's presets (renderer/src/scenes/surface/presets.ts, which the Node-side typecheck
 * cannot import: it reaches the renderer's message tables) with their parameter values.
 */
const SURFACE_PRESETS: readonly { formula: string; axes: readonly string[]; params: readonly { name: string; value: number }[] }[] = [
  { formula: 'x^2 + y^2', axes: ['x', 'y'], params: [] },
  { formula: '0.5x^2 + 5y^2', axes: ['x', 'y'], params: [] },
  { formula: 'x^2 - y^2', axes: ['x', 'y'], params: [] },
  { formula: '(1 - x)^2 + 100(y - x^2)^2', axes: ['x', 'y'], params: [] },
  { formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', axes: ['x', 'y'], params: [] },
  { formula: '(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2', axes: ['x', 'y'], params: [] },
  { formula: '20 + x^2 - 10cos(2pi x) + y^2 - 10cos(2pi y)', axes: ['x', 'y'], params: [] },
  {
    formula: '1/2 (sigmoid(w1 x1 + w2 x2) - y)^2',
    axes: ['w1', 'w2'],
    params: [{ name: 'x1', value: 1 }, { name: 'x2', value: 2 }, { name: 'y', value: 1 }],
  },
  { formula: 'sin(x) cos(y) + 0.1(x^2 + y^2)', axes: ['x', 'y'], params: [] },
];

const N = 256;

interface Case {
  readonly name: string;
  readonly text: string;
  readonly vars: readonly [string, string];
  readonly mathjsText: string;
  readonly hand: (x: Float64Array, y: Float64Array, o: Float64Array) => void;
}

/** Coefficients of the 20-term formula (any fixed, irregular values would do). */
const TERMS = Array.from({ length: 20 }, (_, k) => ({
  c: Number((1 / (k + 1)).toFixed(4)),
  a: Number((0.3 + 0.11 * k).toFixed(2)),
  b: Number((0.5 + 0.07 * k).toFixed(2)),
  d: 10 + k,
}));
const TERMS_C = Float64Array.from(TERMS, (t) => t.c);
const TERMS_A = Float64Array.from(TERMS, (t) => t.a);
const TERMS_B = Float64Array.from(TERMS, (t) => t.b);
const TERMS_D = Float64Array.from(TERMS, (t) => t.d);

export const CASES: readonly Case[] = [
  {
    name: 'sin(x)cos(y) + 0.1(x^2+y^2)',
    text: 'sin(x)*cos(y) + 0.1*(x^2+y^2)',
    vars: ['x', 'y'],
    mathjsText: 'sin(x)*cos(y) + 0.1*(x^2+y^2)',
    hand: (x, y, o) => {
      for (let i = 0; i < o.length; i++) {
        const a = x[i] as number;
        const b = y[i] as number;
        o[i] = Math.sin(a) * Math.cos(b) + 0.1 * (a * a + b * b);
      }
    },
  },
  {
    // The deck's network loss L = ½(σ(w1·x1 + w2·x2) − y)² over (w1, w2), with x1 = 1.5, x2 = −0.5, y = 1.
    name: 'deck loss ½(σ(1.5w1 − 0.5w2) − 1)²',
    text: '1/2 (sigmoid(w1*1.5 + w2*(-0.5)) - 1)^2',
    vars: ['w1', 'w2'],
    mathjsText: '1/2 * (1 / (1 + exp(-(w1*1.5 + w2*(-0.5)))) - 1)^2',
    hand: (x, y, o) => {
      for (let i = 0; i < o.length; i++) {
        const d = sigmoid((x[i] as number) * 1.5 + (y[i] as number) * -0.5) - 1;
        o[i] = 0.5 * d * d;
      }
    },
  },
  {
    name: 'Rosenbrock (1−x)² + 100(y−x²)²',
    text: '(1 - x)^2 + 100(y - x^2)^2',
    vars: ['x', 'y'],
    mathjsText: '(1 - x)^2 + 100*(y - x^2)^2',
    hand: (x, y, o) => {
      for (let i = 0; i < o.length; i++) {
        const a = x[i] as number;
        const b = y[i] as number;
        const u = 1 - a;
        const v = b - a * a;
        o[i] = u * u + 100 * v * v;
      }
    },
  },
  {
    name: `20-term Σ cᵢ sin(aᵢx) cos(bᵢy) e^(−(x²+y²)/dᵢ)`,
    text: TERMS.map((t) => `${t.c}*sin(${t.a}x)*cos(${t.b}y)*exp(-(x^2 + y^2)/${t.d})`).join(' + '),
    vars: ['x', 'y'],
    mathjsText: TERMS.map((t) => `${t.c}*sin(${t.a}*x)*cos(${t.b}*y)*exp(-(x^2 + y^2)/${t.d})`).join(' + '),
    hand: (x, y, o) => {
      for (let i = 0; i < o.length; i++) {
        const a = x[i] as number;
        const b = y[i] as number;
        const r2 = a * a + b * b;
        let sum = 0;
        for (let k = 0; k < TERMS_C.length; k++) {
          sum += (TERMS_C[k] as number) * Math.sin((TERMS_A[k] as number) * a) * Math.cos((TERMS_B[k] as number) * b) * Math.exp(-r2 / (TERMS_D[k] as number));
        }
        o[i] = sum;
      }
    },
  },
];

/**
 * Least ms per call of each of `fns` over its samples, timed in interleaved rounds (round r times every function
 * still due a sample, one batch each), so a change in the machine's load (2 cores shared here)
 * hits subject and baseline alike and their ratio stays meaningful. `runs[k]` samples of fns[k].
 * A batch repeats the call for about `SAMPLE_MS` (short, so that on a shared machine a batch
 * usually fits between two preemptions: the minimum is then an undisturbed batch).
 */
export function interleavedMinimums(fns: readonly (() => void)[], runs: readonly number[]): number[] {
  const reps = fns.map((fn) => {
    for (let i = 0; i < 3; i++) fn();
    const t0 = performance.now();
    fn();
    const once = performance.now() - t0;
    return Math.min(200, Math.max(1, Math.ceil(SAMPLE_MS / Math.max(once, 0.01))));
  });
  const samples: number[][] = fns.map(() => []);
  const rounds = Math.max(...runs);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      if (r >= (runs[k] ?? 0)) return;
      const n = reps[k] ?? 1;
      const s = performance.now();
      for (let i = 0; i < n; i++) fn();
      samples[k]?.push((performance.now() - s) / n);
    });
  }
  // The fastest sample: on a machine shared by other jobs, every disturbance only adds time, so
  // the minimum is the least disturbed measurement of each (the same statistic for all).
  return samples.map((xs) => Math.min(...xs));
}

/**
 * Target length of one timed batch. Long batches (the old 5 ms, or one 30 ms call of the 20-term
 * formula, or 6 ms of mathjs) were preempted in most rounds on this machine (2 cores, load 3–30),
 * so the "fastest" of only a few was still disturbed — on one side or the other: the Node deck
 * loss read 17× in one run and 121× in another. 2 ms batches, ≥ 40 of them per function, make an
 * undisturbed batch near-certain for subject and baseline alike; 2 ms is also 20 ticks of
 * Chromium's coarsened 100 µs clock.
 */
const SAMPLE_MS = 2;

/** A function timed over the grid points [lo, hi). */
export type RangeFn = (lo: number, hi: number) => void;

/**
 * Least ms per `total` points of each of `fns`, each timed on slices of the grid sized so that one
 * batch takes about SAMPLE_MS (mathjs, ~1000× slower than the subject, is timed on ~1/16–1/1000 of
 * the grid per batch; a fast subject repeats the whole grid), scaled to the whole grid. Rounds are
 * interleaved (every function once per round) and run until each function has ≥ `minSamples`
 * batches and ≥ `minMs` have passed. Slices move through the grid from batch to batch; the minimum
 * then favours each function's cheapest region, which favours the baseline at least as much as the
 * subject (the baseline has more, smaller slices), so speedups are, if anything, understated.
 */
export function rangeMinimums(fns: readonly RangeFn[], total: number, minSamples = 40, minMs = 1500): number[] {
  const plans = fns.map((fn) => {
    // Warm up first (a cold first call runs in V8's interpreter and would make the calibration
    // think the function is slow, hence tiny batches that a coarse clock reads as 0 ms).
    const warm = Math.min(total, 1024);
    for (let i = 0; i < 5; i++) fn(0, warm);
    // Calibrate: grow the slice until one call takes ≥ SAMPLE_MS / 4 or covers the grid.
    let len = Math.min(total, 256);
    let once: number;
    for (;;) {
      fn(0, len);
      const t0 = performance.now();
      fn(0, len);
      once = performance.now() - t0;
      if (once >= SAMPLE_MS / 4 || len >= total) break;
      len = Math.min(total, len * 4);
    }
    const perPoint = Math.max(once, 0.001) / len;
    const wanted = Math.max(256, Math.round(SAMPLE_MS / perPoint / 256) * 256);
    len = Math.min(total, wanted);
    const reps = len < total ? 1 : Math.min(200, Math.max(1, Math.round(SAMPLE_MS / (perPoint * total))));
    for (let i = 0; i < 3; i++) fn(0, len);
    return { len, reps, slices: Math.max(1, Math.floor(total / len)) };
  });
  const best = fns.map(() => Number.POSITIVE_INFINITY);
  const t0 = performance.now();
  for (let r = 0; r < minSamples || performance.now() - t0 < minMs; r++) {
    if (r >= 25 * minSamples) break;
    fns.forEach((fn, k) => {
      const p = plans[k];
      if (!p) return;
      // A fixed, spread-out walk through the slices (37 is coprime to any power of two).
      const lo = ((r * 37) % p.slices) * p.len;
      const s = performance.now();
      for (let i = 0; i < p.reps; i++) fn(lo, lo + p.len);
      const elapsed = performance.now() - s;
      if (elapsed < SAMPLE_MS / 4) {
        // Too short to read on a coarse clock (Chromium: 100 µs steps): discard it and double the
        // batch (calibration can still be off when the code got faster after it).
        if (p.len < total) {
          p.len = Math.min(total, p.len * 2);
          p.slices = Math.max(1, Math.floor(total / p.len));
        } else p.reps = Math.min(10_000, p.reps * 2);
        return;
      }
      const perGrid = (elapsed / p.reps / p.len) * total;
      if (perGrid < (best[k] ?? Number.POSITIVE_INFINITY)) best[k] = perGrid;
    });
  }
  // A function every batch of which was discarded has no figure: NaN, never 0.
  return best.map((b) => (Number.isFinite(b) ? b : Number.NaN));
  return best;
}

function grid(): { xs: Float64Array; ys: Float64Array; out: Float64Array } {
  const xs = new Float64Array(N * N);
  const ys = new Float64Array(N * N);
  for (let j = 0; j < N; j++) {
    for (let i = 0; i < N; i++) {
      xs[j * N + i] = -3 + (6 * i) / (N - 1);
      ys[j * N + i] = -3 + (6 * j) / (N - 1);
    }
  }
  return { xs, ys, out: new Float64Array(N * N) };
}

function parse(text: string, vars: readonly string[]): ReturnType<typeof parseExpr> & { ok: true } {
  const r = parseExpr(text, { variables: vars, maxLength: 4000 });
  if (!r.ok) throw new Error(`${text}: ${r.error.message.en}`);
  return r;
}

/**
 * The app's real state: every preset (parameters substituted as the explorer does), its two
 * partial derivatives, and every benchmark formula compiled every way and sampled on the grid.
 */
export function warmLikeTheApp(): number {
  const { xs, ys, out } = grid();
  const texts = [
    ...SURFACE_PRESETS.map((p) => ({ text: p.formula, vars: [...p.axes, ...p.params.map((q) => q.name)], params: p.params })),
    ...CASES.map((c) => ({ text: c.text, vars: c.vars, params: [] })),
  ];
  let sink = 0;
  const args = new Float64Array(2);
  for (const t of texts) {
    let e = parse(t.text, t.vars).value;
    e = substitute(e, Object.fromEntries(t.params.map((q) => [q.name, num(q.value)])));
    const axes = t.vars.slice(0, 2);
    for (const f of [e, ...axes.map((v) => differentiate(e, v))]) {
      const vec = compileVectorized(f, axes);
      const js = compileVectorized(f, axes, { backend: 'js' });
      const sc = compile(f, axes);
      if (!vec.ok || !js.ok || !sc.ok) throw new Error(`compile failed: ${t.text}`);
      // Enough large calls to pass the JS evaluator's own trials, as the explorer's resampling does.
      for (let r = 0; r < 10; r++) {
        vec.value.evaluate([xs, ys], out);
        js.value.evaluate([xs, ys], out);
      }
      for (let i = 0; i < 4096; i++) {
        args[0] = xs[i] as number;
        args[1] = ys[i] as number;
        sink += sc.value.evaluate(args);
      }
    }
  }
  return sink;
}

/**
 * Waits for V8's background compiler: wasm functions start in its baseline tier (Liftoff) and are
 * re-compiled optimized (TurboFan) in the background once hot, which on this shared 2-core machine
 * can take a second after the warm-up. The app's steady state is the optimized code.
 */
export function settle(ms = 1500): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds per 256×256 grid of one case, every way, in this realm's current (warm) state. */
export interface CaseTimes {
  readonly name: string;
  /** compileVectorized with the default backend. */
  readonly vectorized: number;
  /** Which backend that was: 'wasm' when this realm compiles WebAssembly. */
  readonly backend: 'wasm' | 'js';
  /** compileVectorized(…, { backend: 'js' }): the fallback. */
  readonly jsTape: number;
  readonly closures: number;
  readonly hand: number;
  readonly mathjs: number;
}

/** Times one case (after warmLikeTheApp). `wasm` says whether the default backend is wasm here. */
export function timeCase(c: Case, math: MathJsInstance, wasm: boolean): CaseTimes {
  const { xs, ys, out } = grid();
  const e = parse(c.text, c.vars).value;
  const vec = compileVectorized(e, c.vars);
  const js = compileVectorized(e, c.vars, { backend: 'js' });
  const scalar = compile(e, c.vars);
  if (!vec.ok || !js.ok || !scalar.ok) throw new Error('compile failed');
  const vf = vec.value;
  const jf = js.value;
  const sf = scalar.value;
  const code = math.compile(c.mathjsText);
  const scope = new Map<string, number>();
  const [v0, v1] = c.vars;
  const args = new Float64Array(2);
  const [vectorized, jsTape, hand, closures, mathjs] = rangeMinimums(
    [
      (lo, hi) => vf.evaluate([xs.subarray(lo, hi), ys.subarray(lo, hi)], out.subarray(lo, hi)),
      (lo, hi) => jf.evaluate([xs.subarray(lo, hi), ys.subarray(lo, hi)], out.subarray(lo, hi)),
      (lo, hi) => c.hand(xs.subarray(lo, hi), ys.subarray(lo, hi), out.subarray(lo, hi)),
      (lo, hi) => {
        for (let i = lo; i < hi; i++) {
          args[0] = xs[i] as number;
          args[1] = ys[i] as number;
          out[i] = sf.evaluate(args);
        }
      },
      (lo, hi) => {
        for (let i = lo; i < hi; i++) {
          scope.set(v0, xs[i] as number);
          scope.set(v1, ys[i] as number);
          out[i] = code.evaluate(scope) as number;
        }
      },
    ],
    N * N,
  ) as [number, number, number, number, number];
  return { name: c.name, vectorized, backend: wasm ? 'wasm' : 'js', jsTape, closures, hand, mathjs };
}

/**
 * timeCase in two passes separated by a pause, keeping each function's faster figure (the same
 * statistic for subject and baselines). One pass is ~1.5 s; on this shared machine a pass now and
 * then ran entirely in a slow spell for one function (the deck loss's wasm at 2.2 ms instead of
 * 0.9 in one pass of eight, right after the 20-term case's mathjs garbage), and the pause lets
 * the previous case's background GC and compiler threads finish first.
 */
export async function timeCaseSettled(c: Case, math: MathJsInstance, wasm: boolean): Promise<CaseTimes> {
  await settle(300);
  const a = timeCase(c, math, wasm);
  await settle(300);
  const b = timeCase(c, math, wasm);
  return {
    name: c.name,
    backend: a.backend,
    vectorized: Math.min(a.vectorized, b.vectorized),
    jsTape: Math.min(a.jsTape, b.jsTape),
    closures: Math.min(a.closures, b.closures),
    hand: Math.min(a.hand, b.hand),
    mathjs: Math.min(a.mathjs, b.mathjs),
  };
}

/** The budget lines of one case in one realm ('' = Node, the historical names). */
export function reportCase(t: CaseTimes, realm: string, rep: (e: Omit<BenchEntry, 'ratio' | 'pass'>) => unknown): void {
  const tag = realm ? `, ${realm}` : '';
  const how = t.backend === 'wasm' ? 'vectorized (wasm)' : 'vectorized (JS)';
  rep({ name: `grid ${t.name} (app state${tag}): ${how} vs mathjs`, value: t.vectorized, unit: 'ms', baseline: t.mathjs, baselineName: 'mathjs compile().evaluate() per point', ratioKind: 'speedup', budget: { min: 20 } });
  rep({ name: `grid ${t.name} (app state${tag}): ${how} vs hand-written`, value: t.vectorized, unit: 'ms', baseline: t.hand, baselineName: 'hand-written JS loop', ratioKind: 'speedup', budget: { min: 0.5 } });
  rep({ name: `grid ${t.name} (app state${tag}): JS fallback vs hand-written`, value: t.jsTape, unit: 'ms', baseline: t.hand, baselineName: 'hand-written JS loop', ratioKind: 'speedup', budget: {} });
  rep({ name: `grid ${t.name} (app state${tag}): closures vs hand-written`, value: t.closures, unit: 'ms', baseline: t.hand, baselineName: 'hand-written JS loop', ratioKind: 'speedup', budget: {} });
}
