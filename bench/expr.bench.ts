/**
 * Budget (DESIGN.md §6, issue 11): sampling a typed formula on a 256×256 grid with
 * compileVectorized must be ≥ 20× faster than mathjs compile().evaluate() per point and ≥ 0.5× a
 * hand-written JS loop of the same formula, measured in the app's real state: before any timing,
 * every surface preset, its partial derivatives and the benchmark formulas themselves are compiled
 * and sampled, as the app does (presets, partials, overlays), so V8's call-site feedback is
 * shared across formulas (a fresh process flatters whichever formula is compiled first). Also
 * reports the scalar closure compiler for reference.
 */
import { it } from 'vitest';
import { all, create } from 'mathjs';
import { report, timeIt } from './harness';
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
const xs = new Float64Array(N * N);
const ys = new Float64Array(N * N);
for (let j = 0; j < N; j++) {
  for (let i = 0; i < N; i++) {
    xs[j * N + i] = -3 + (6 * i) / (N - 1);
    ys[j * N + i] = -3 + (6 * j) / (N - 1);
  }
}
const out = new Float64Array(N * N);
const math = create(all ?? {}, {});

interface Case {
  readonly name: string;
  readonly text: string;
  readonly vars: readonly [string, string];
  readonly mathjsText: string;
  readonly hand: (x: Float64Array, y: Float64Array, o: Float64Array) => void;
}

// The deck's network loss L = ½(σ(w1·x1 + w2·x2) − y)² over (w1, w2), with x1 = 1.5, x2 = −0.5, y = 1.
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

const CASES: readonly Case[] = [
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
 * The app's real state: every preset (parameters substituted as the explorer does), its two
 * partial derivatives, and every benchmark formula compiled both ways and sampled on the grid.
 */
function warmLikeTheApp(): number {
  const texts: { text: string; vars: readonly string[]; params: readonly { name: string; value: number }[] }[] = [
    ...SURFACE_PRESETS.map((p) => ({ text: p.formula, vars: [...p.axes, ...p.params.map((q) => q.name)], params: p.params })),
    ...CASES.map((c) => ({ text: c.text, vars: c.vars, params: [] })),
  ];
  let sink = 0;
  const args = new Float64Array(2);
  for (const t of texts) {
    const parsed = parseExpr(t.text, { variables: t.vars, maxLength: 4000 });
    if (!parsed.ok) throw new Error(`${t.text}: ${parsed.error.message.en}`);
    let e = parsed.value;
    e = substitute(e, Object.fromEntries(t.params.map((q) => [q.name, num(q.value)])));
    const axes = t.vars.slice(0, 2);
    const exprs = [e, ...axes.map((v) => differentiate(e, v))];
    for (const f of exprs) {
      const vec = compileVectorized(f, axes);
      const sc = compile(f, axes);
      if (!vec.ok || !sc.ok) throw new Error(`compile failed: ${t.text}`);
      // Enough large calls to pass compileVectorized's own trials, as the explorer's resampling does.
      for (let r = 0; r < 10; r++) vec.value.evaluate([xs, ys], out);
      for (let i = 0; i < 4096; i++) {
        args[0] = xs[i] as number;
        args[1] = ys[i] as number;
        sink += sc.value.evaluate(args);
      }
    }
  }
  return sink;
}

let warmed = false;

for (const c of CASES) {
  it(`grid 256×256 (app state): ${c.name}`, () => {
    if (!warmed) {
      warmLikeTheApp();
      warmed = true;
    }
    const parsed = parseExpr(c.text, { variables: c.vars, maxLength: 4000 });
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const vec = compileVectorized(parsed.value, c.vars);
    const scalar = compile(parsed.value, c.vars);
    if (!vec.ok || !scalar.ok) throw new Error('compile failed');
    const vf = vec.value;
    const sf = scalar.value;
    const code = math.compile(c.mathjsText);
    const scope = new Map<string, number>();
    const [v0, v1] = c.vars;

    const tVec = timeIt(() => vf.evaluate([xs, ys], out));
    const tHand = timeIt(() => c.hand(xs, ys, out));
    const args = new Float64Array(2);
    const tScalar = timeIt(() => {
      for (let i = 0; i < out.length; i++) {
        args[0] = xs[i] as number;
        args[1] = ys[i] as number;
        out[i] = sf.evaluate(args);
      }
    });
    // mathjs is ~1000× slower: time a 1/16 slice and scale, so the run stays short.
    const slice = (N * N) / 16;
    const tMathjs =
      16 *
      timeIt(() => {
        for (let i = 0; i < slice; i++) {
          scope.set(v0, xs[i] as number);
          scope.set(v1, ys[i] as number);
          out[i] = code.evaluate(scope) as number;
        }
      }, 5, 1);

    report({ name: `grid ${c.name} (app state): vectorized vs mathjs`, value: tVec, unit: 'ms', baseline: tMathjs, baselineName: 'mathjs compile().evaluate() per point', ratioKind: 'speedup', budget: { min: 20 } });
    report({ name: `grid ${c.name} (app state): vectorized vs hand-written`, value: tVec, unit: 'ms', baseline: tHand, baselineName: 'hand-written JS loop', ratioKind: 'speedup', budget: { min: 0.5 } });
    report({ name: `grid ${c.name} (app state): closures vs hand-written`, value: tScalar, unit: 'ms', baseline: tHand, baselineName: 'hand-written JS loop', ratioKind: 'speedup', budget: {} });
    console.log(`${c.name}: vectorized ${tVec.toFixed(2)} ms, closures ${tScalar.toFixed(2)} ms, hand ${tHand.toFixed(2)} ms, mathjs ${tMathjs.toFixed(1)} ms`);
  });
}
