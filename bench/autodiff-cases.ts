/**
 * The gradient benchmark's six formulas and its one measurement (DESIGN.md §6: a reverse-mode
 * gradient costs at most 4× one evaluation), shared by bench/autodiff.bench.ts (the app's warm
 * state) and bench/autodiff-fresh.ts (each formula alone in a fresh process). Pure: no Node imports.
 */
import { compileGradient } from '../shared/autodiff/compileGradient';
import { compile, parseExpr } from '../shared/expr';
import { mulberry32 } from '../shared/nn/prng';
import { interleavedMinimums } from './sampling-cases';

export const GRADIENT_FORMULAS: readonly { readonly name: string; readonly text: string; readonly vars: readonly string[] }[] = [
  { name: "deck loss ½(σ(w₁x₁+w₂x₂)−y)²", text: '1/2*(sigmoid(w1*x1 + w2*x2) - y)^2', vars: ['w1', 'w2', 'x1', 'x2', 'y'] },
  { name: 'chain rule z=(xy)²+(x+y²)³', text: '(x*y)^2 + (x + y^2)^3', vars: ['x', 'y'] },
  { name: 'Rosenbrock', text: '(1 - x)^2 + 100*(y - x^2)^2', vars: ['x', 'y'] },
  { name: 'mixed sin/exp/tanh', text: 'sin(x*y) + exp(-(x^2 + y^2)/2) * tanh(x - y) + cos(x)/(1 + y^2)', vars: ['x', 'y'] },
  { name: 'ripple sin(x)cos(y) + 0.1(x²+y²)', text: 'sin(x)*cos(y) + 0.1*(x^2 + y^2)', vars: ['x', 'y'] },
  { name: 'softplus/log loss', text: 'ln(1 + exp(-(w1*x1 + w2*x2))) + 0.01*(w1^2 + w2^2)', vars: ['w1', 'w2', 'x1', 'x2'] },
];

export const GRADIENT_POINTS = 20000;

/** Least ms over GRADIENT_POINTS points of: one evaluation (compile().evaluate), valueAndGradient, the tape's forward pass. */
export interface GradientTimes {
  readonly evalTime: number;
  readonly gradTime: number;
  readonly tapeEvalTime: number;
}

export function measureGradient(f: (typeof GRADIENT_FORMULAS)[number]): GradientTimes {
  const expr = parseExpr(f.text, { variables: f.vars });
  if (!expr.ok) throw new Error(`parse failed: ${f.text}`);
  const fn = compile(expr.value, f.vars);
  const tape = compileGradient(expr.value, f.vars);
  if (!fn.ok || !tape.ok) throw new Error(`compile failed: ${f.text}`);
  const rng = mulberry32(1);
  const n = f.vars.length;
  const pts = Float64Array.from({ length: GRADIENT_POINTS * n }, () => -2 + 4 * rng());
  const args = new Float64Array(n);
  const grad = new Float64Array(n);
  let sink = 0;
  const load = (i: number): void => {
    for (let k = 0; k < n; k++) args[k] = pts[i * n + k] ?? 0;
  };
  // Interleaved rounds, least time of each (bench/sampling-cases.ts): the machine is shared,
  // and a disturbance during one of three separately timed phases used to decide the ratio.
  const [evalTime, gradTime, tapeEvalTime] = interleavedMinimums(
    [
      () => {
        for (let i = 0; i < GRADIENT_POINTS; i++) {
          load(i);
          sink += fn.value.evaluate(args);
        }
      },
      () => {
        for (let i = 0; i < GRADIENT_POINTS; i++) {
          load(i);
          sink += tape.value.valueAndGradient(args, grad);
        }
      },
      () => {
        for (let i = 0; i < GRADIENT_POINTS; i++) {
          load(i);
          sink += tape.value.evaluate(args);
        }
      },
    ],
    [40, 40, 40],
  ) as [number, number, number];
  // Keeps the loops observable so they cannot be optimised away.
  if (Number.isNaN(sink)) console.log('NaN in benchmark sink');
  return { evalTime, gradTime, tapeEvalTime };
}
