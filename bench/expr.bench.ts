/**
 * Budget (DESIGN.md §6): sampling a typed formula on a 256×256 grid with compileVectorized must be
 * ≥ 20× faster than mathjs compile().evaluate() per point and ≥ 0.5× a hand-written JS loop of
 * the same formula. Also reports the scalar closure compiler for reference.
 */
import { it } from 'vitest';
import { all, create } from 'mathjs';
import { report, timeIt } from './harness';
import { compile, compileVectorized, parseExpr, sigmoid } from '../shared/expr/index';

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
];

for (const c of CASES) {
  it(`grid 256×256: ${c.name}`, () => {
    const parsed = parseExpr(c.text, { variables: c.vars });
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

    report({ name: `grid ${c.name}: vectorized vs mathjs`, value: tVec, unit: 'ms', baseline: tMathjs, baselineName: 'mathjs compile().evaluate() per point', ratioKind: 'speedup', budget: { min: 20 } });
    report({ name: `grid ${c.name}: vectorized vs hand-written`, value: tVec, unit: 'ms', baseline: tHand, baselineName: 'hand-written JS loop', ratioKind: 'speedup', budget: { min: 0.5 } });
    report({ name: `grid ${c.name}: closures vs hand-written`, value: tScalar, unit: 'ms', baseline: tHand, baselineName: 'hand-written JS loop', ratioKind: 'speedup', budget: {} });
    console.log(`${c.name}: vectorized ${tVec.toFixed(2)} ms, closures ${tScalar.toFixed(2)} ms, hand ${tHand.toFixed(2)} ms, mathjs ${tMathjs.toFixed(1)} ms`);
  });
}
