/**
 * Everything the 2D panels show about a point (a, b) of the surface z = f(x, y): the value, the
 * partial derivatives (from the gradient tape, one forward + one reverse sweep per move), their
 * symbolic formulas (differentiated once per formula, never per slider move), the tangent plane
 * and the directional derivative ∇f·u.
 */
import type { Expr } from '$shared/expr/ast';
import { variable } from '$shared/expr/ast';
import { substitute } from '$shared/expr/substitute';
import { differentiateWithin } from '$shared/expr/derivative';
import { toLatex } from '$shared/expr/latex';
import { typesetLatex } from '$shared/expr/budget';
import { compile } from '$shared/expr/compile';
import { PARTIAL_MAX_LATEX, type SymbolicParts } from '../surface-job';
import { partialLatex } from './partial-tex';
import { sweepFromHanded, wasmValueAndGradientAsync, type HandedGradient, type ValueAndGradient } from '$shared/autodiff/wasmGradient';
import { gradientTape, SURFACE_VARIABLES } from './gradient-tape';
import type { CompiledTape } from '$shared/autodiff/tape';
import { wasmFnsIfCompiled, wasmScalarFnAsync } from '$shared/expr/wasm/wasm-vector';
import type { VectorFn } from '$shared/expr/compile-grid';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { latexNumber, latexSignedTerm } from './format';


export { SURFACE_VARIABLES } from './gradient-tape';

/** Values at one point. Any of them may be NaN where f is undefined (a pole, log of a negative…). */
export interface PointValues {
  readonly a: number;
  readonly b: number;
  /** f(a, b). */
  readonly f: number;
  /** ∂f/∂x at (a, b). */
  readonly fx: number;
  /** ∂f/∂y at (a, b). */
  readonly fy: number;
  /** ‖∇f(a, b)‖ = √(fx² + fy²). */
  readonly gradNorm: number;
  /** True when f and both partials are finite here. */
  readonly defined: boolean;
}

/** A formula prepared for the point panels. Not re-entrant (its gradient tape is shared). */
export interface PointModel {
  readonly expr: Expr;
  /**
   * ∂f/∂x and ∂f/∂y as simplified formulas, or null when they are too large to show symbolically
   * (x^x^…^x): the numbers in `at` come from the gradient tape and never need them.
   */
  readonly symbolicX: Expr | null;
  readonly symbolicY: Expr | null;
  readonly fLatex: string;
  /** LaTeX of the partials, or null when too large to show symbolically. */
  readonly partialXLatex: string | null;
  readonly partialYLatex: string | null;
  /** f(x, y); NaN/±∞ where undefined. */
  evaluate(x: number, y: number): number;
  /**
   * f along a line, many points in one call: out[i] = f(ts[i], fixed) (axis 'x') or
   * f(fixed, ts[i]) (axis 'y'), the same numbers as `evaluate`.
   */
  evaluateAlong(axis: 'x' | 'y', fixed: number, ts: Float64Array, out: Float64Array): void;
  /** f and its gradient at (a, b). */
  at(a: number, b: number): PointValues;
  /**
   * f and ∇f for the walkers, on the same gradient tape as `at` (one tape per formula). `grad`
   * returns a buffer reused by the next call: copy it to keep it.
   */
  readonly objective: {
    value(x: number, y: number): number;
    grad(p: ArrayLike<number>): Float64Array;
  };
}

/**
 * Prepares `expr` (a formula in x and y only) for the panels. `axes` are the names the student's
 * formula uses for x and y (w1, w2 for the deck's loss): the values are computed on f(x, y), but
 * the formulas shown are written back in those names. `symbolic`: the partials and LaTeX already
 * computed off the main thread (surface-job.ts); when absent they are computed here (tests, and
 * callers outside the explorer). `handedGradient`: the formula's gradient sweep compiled by the
 * surface worker; when given, and its values agree with the closures', no gradient tape is built
 * here (~0.3–0.6 ms of the task that shows a new formula, issue 11).
 */
export function createPointModel(
  expr: Expr,
  axes: readonly [string, string] = ['x', 'y'],
  symbolic?: SymbolicParts,
  handedGradient?: HandedGradient,
): Result<PointModel, LocalizedText> {
  const fn = compile(expr, SURFACE_VARIABLES);
  const compiled = fn.ok ? fn.value : null;
  const handed = compiled && handedGradient ? sweepFromHanded(handedGradient) : undefined;
  const handedOk = handed !== undefined && compiled !== null && agreeAt((p) => handed(p, gradientScratch), (p) => compiled.evaluate(p), 1e-9);
  // The worker built the tape of this very formula: it uses only x and y.
  const tape = handedOk ? null : gradientTape(expr);
  if (!compiled || (!handedOk && !tape)) {
    return err(text('The formula may only use the variables x and y.', '公式中只能使用变量 x 和 y。'));
  }
  const named = (e: Expr): Expr => (axes[0] === 'x' && axes[1] === 'y' ? e : substitute(e, { x: variable(axes[0]), y: variable(axes[1]) }));
  const parts = symbolic ?? symbolicHere(expr, named);
  const args = new Float64Array(2);
  const grad = new Float64Array(2);
  const walkerArgs = new Float64Array(2);
  const walkerGrad = new Float64Array(2);
  // The slice plots call `evaluate` a few thousand times per drawing: the closure evaluator gets
  // 10–50× slower once the app has compiled many formulas, the formula's WebAssembly module does
  // not (and it is the evaluator the surface's grid is sampled with, so slice and mesh agree).
  // Usually the surface worker compiled that very module to sample the grid and handed it over
  // (adoptCompiled): then it serves from the first call. Otherwise the closures serve, and once
  // the model has been asked for more points than a small consumer needs (the 3D view's slice
  // curves take a few hundred — a model made during a slider drag is replaced after a frame) the
  // module is compiled off the main thread and takes over when ready (compiling it here took
  // ~0.5 ms of the task that shows a new formula, issue 11).
  // Set from callbacks (an object: TypeScript would keep a narrowed local undefined).
  const fast: { scalar?: (p: ArrayLike<number>) => number; vector?: VectorFn } = {};
  let probed = false;
  const probe = (): void => {
    probed = true;
    const fns = wasmFnsIfCompiled(expr, SURFACE_VARIABLES);
    if (!fns || !agreeAt(fns.scalar, (p) => compiled.evaluate(p))) return;
    fast.scalar = fns.scalar;
    fast.vector = fns.vector;
  };
  let calls = 0;
  const evaluate = (x: number, y: number): number => {
    args[0] = x;
    args[1] = y;
    if (!probed) probe();
    const wasm = fast.scalar;
    if (wasm) return wasm(args);
    // Compiled in the background, then found by probe().
    if (++calls === SCALAR_AFTER_CALLS) void wasmScalarFnAsync(expr, SURFACE_VARIABLES).then(probe);
    return compiled.evaluate(args);
  };
  let column = new Float64Array(0);
  const generation = ++modelGeneration;
  // The worker's WebAssembly sweep when it handed one over; else the tape's own sweeps at first and
  // the same sweeps as one WebAssembly function (bit-identical, several times faster for the
  // walkers) once the page is idle and the engine has compiled it in the background (issue 11).
  let valueAndGradient: ValueAndGradient = handedOk && handed !== undefined ? handed : (p, out) => (tape as CompiledTape).valueAndGradient(p, out);
  if (tape) {
    whenIdle(() => {
      // A newer model exists (a slider drag makes one per answer): this one is about to go.
      if (generation !== modelGeneration) return;
      void wasmValueAndGradientAsync(tape).then((sweep) => {
        if (sweep) valueAndGradient = sweep;
      });
    });
  }
  const scratch = new Float64Array(2);
  return ok({
    expr,
    ...parts,
    evaluate,
    evaluateAlong(axis, fixed, ts, out) {
      if (!probed) probe();
      const vector = fast.vector;
      if (vector) {
        const n = Math.min(ts.length, out.length);
        if (column.length < n) column = new Float64Array(n);
        const c = column.subarray(0, n);
        c.fill(fixed);
        vector.evaluate(axis === 'x' ? [ts, c] : [c, ts], out, n);
        return;
      }
      for (let i = 0; i < ts.length && i < out.length; i++) out[i] = axis === 'x' ? evaluate(ts[i] ?? Number.NaN, fixed) : evaluate(fixed, ts[i] ?? Number.NaN);
    },
    at(a, b) {
      args[0] = a;
      args[1] = b;
      grad[0] = Number.NaN;
      grad[1] = Number.NaN;
      const f = valueAndGradient(args, grad);
      const fx = grad[0] ?? Number.NaN;
      const fy = grad[1] ?? Number.NaN;
      return { a, b, f, fx, fy, gradNorm: Math.hypot(fx, fy), defined: Number.isFinite(f) && Number.isFinite(fx) && Number.isFinite(fy) };
    },
    objective: {
      value(x, y) {
        walkerArgs[0] = x;
        walkerArgs[1] = y;
        // The sweep's value is the tape's forward pass, bit for bit (wasmGradient.test.ts).
        return tape ? tape.evaluate(walkerArgs) : valueAndGradient(walkerArgs, scratch);
      },
      grad(p) {
        walkerGrad[0] = Number.NaN;
        walkerGrad[1] = Number.NaN;
        valueAndGradient(p, walkerGrad);
        return walkerGrad;
      },
    },
  });
}

/** Where `agreeAt` writes a checked sweep's gradient (read by no one). */
const gradientScratch = new Float64Array(2);

/** Points where a module from elsewhere must give the closures' numbers, bit for bit, to be used. */
const CHECK_POINTS: readonly (readonly [number, number])[] = [
  [0.6180339887498949, -1.324717957244746],
  [-2.718281828459045, 0.5772156649015329],
  [3.141592653589793, 2.414213562373095],
];

/**
 * Whether `a` and `b` agree at CHECK_POINTS: bit for bit with `relative` 0 (Object.is: NaN matches
 * NaN, +0 and −0 differ), else within that relative error. A module handed over by the surface
 * worker was made for this formula by the same code; this catches the day that stops being true.
 * The gradient sweep gets 1e-9: its tape fuses ½(a − b)², so its last bits may differ from the
 * closures', while a sweep of another formula is off by far more.
 */
function agreeAt(a: (p: ArrayLike<number>) => number, b: (p: ArrayLike<number>) => number, relative = 0): boolean {
  return CHECK_POINTS.every((p) => {
    const u = a(p);
    const v = b(p);
    return Object.is(u, v) || (relative > 0 && Math.abs(u - v) <= relative * Math.max(1, Math.abs(v)));
  });
}

/** Evaluations through the closure evaluator before the formula's wasm module is built. */
const SCALAR_AFTER_CALLS = 600;
/** Counts models made, so an idle task can tell that its model has been replaced. */
let modelGeneration = 0;

/** Runs `f` when the page is idle (soon after the current frame), or on the next turn without one (Node). */
function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => f(), { timeout: 250 });
  else setTimeout(f, 0);
}

/** The symbolic parts on this thread. Bounded: a derivative over the node budget is not built, simplified or typeset. */
function symbolicHere(expr: Expr, named: (e: Expr) => Expr): SymbolicParts {
  const symbolicX = differentiateWithin(expr, 'x');
  const symbolicY = differentiateWithin(expr, 'y');
  return {
    symbolicX,
    symbolicY,
    fLatex: typesetLatex(named(expr), toLatex) ?? '',
    partialXLatex: symbolicX ? partialLatex(named(symbolicX), PARTIAL_MAX_LATEX) : null,
    partialYLatex: symbolicY ? partialLatex(named(symbolicY), PARTIAL_MAX_LATEX) : null,
  };
}

/** Height of the tangent plane at (a, b) above (x, y): f + fx(x − a) + fy(y − b). */
export function tangentPlaneAt(p: PointValues, x: number, y: number): number {
  return p.f + p.fx * (x - p.a) + p.fy * (y - p.b);
}

/**
 * The tangent plane as LaTeX with the numbers in, e.g.
 * z = 2 + 2\left(x - 1\right) + 4\left(y - 0.5\right); `digits` significant digits.
 */
export function tangentPlaneLatex(p: PointValues, digits = 4): string {
  if (!p.defined) return '\\text{undefined}';
  const shift = (name: string, c: number): string => (c === 0 ? name : `\\left(${name}${latexSignedTerm(-c, digits)}\\right)`);
  return `z = ${latexNumber(p.f, digits)}${latexSignedTerm(p.fx, digits)}${shift('x', p.a)}${latexSignedTerm(p.fy, digits)}${shift('y', p.b)}`;
}

/** ∇f·u for the unit vector u = (cos θ, sin θ); θ in radians. */
export function directionalAt(p: PointValues, theta: number): number {
  return p.fx * Math.cos(theta) + p.fy * Math.sin(theta);
}

/** The angle of ∇f in [0, 2π) (steepest ascent), or NaN when the gradient is zero or undefined. */
export function gradientAngle(p: PointValues): number {
  if (!p.defined || (p.fx === 0 && p.fy === 0)) return Number.NaN;
  const t = Math.atan2(p.fy, p.fx);
  return t < 0 ? t + 2 * Math.PI : t;
}

/** Wraps an angle into [0, 2π). */
export function wrapAngle(theta: number): number {
  const t = theta % (2 * Math.PI);
  return t < 0 ? t + 2 * Math.PI : t;
}
