/**
 * A one-variable formula prepared for the secant → tangent figure and the error table: f and its
 * first three symbolic derivatives compiled once per formula (never per slider move). f′ is the
 * reference every difference quotient is measured against; f″ and f‴ feed the error models that
 * predict the table's best step.
 */
import type { Expr } from '$shared/expr/ast';
import { compile } from '$shared/expr/compile';
import { differentiate } from '$shared/expr/derivative';
import { toLatex } from '$shared/expr/latex';
import { differenceQuotientTable, type DifferenceQuotientRow } from '$shared/calculus/differenceQuotient';
import { bestCentralStep, bestForwardStep, bestRow, stepVanishes } from '$shared/calculus/stepError';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';

export interface FunctionModel {
  readonly expr: Expr;
  readonly derivative: Expr;
  readonly fLatex: string;
  readonly derivativeLatex: string;
  f(x: number): number;
  /** Symbolic f′, compiled. */
  df(x: number): number;
  d2(x: number): number;
  d3(x: number): number;
}

/** Prepares a formula in x (other names are refused by the parse before this). */
export function createFunctionModel(expr: Expr): Result<FunctionModel, LocalizedText> {
  const d1 = differentiate(expr, 'x');
  const d2 = differentiate(d1, 'x');
  const d3 = differentiate(d2, 'x');
  const fns = [expr, d1, d2, d3].map((e) => compile(e, ['x']));
  const [cf, c1, c2, c3] = fns;
  if (!cf?.ok || !c1?.ok || !c2?.ok || !c3?.ok) {
    return err(text('The formula may only use the variable x.', '公式中只能使用变量 x。'));
  }
  const arg = new Float64Array(1);
  const at = (c: { evaluate(a: ArrayLike<number>): number }) => (x: number): number => {
    arg[0] = x;
    return c.evaluate(arg);
  };
  return ok({
    expr,
    derivative: d1,
    fLatex: toLatex(expr),
    derivativeLatex: toLatex(d1),
    f: at(cf.value),
    df: at(c1.value),
    d2: at(c2.value),
    d3: at(c3.value),
  });
}

export interface SecantValues {
  readonly x: number;
  readonly h: number;
  readonly fx: number;
  readonly fxh: number;
  /** (f(x+h) − f(x))/h as computed in doubles. */
  readonly slope: number;
  /** f′(x) from the symbolic derivative. */
  readonly exact: number;
  /** |slope − exact|. */
  readonly error: number;
  /** x + h rounds to x: the quotient is 0/h. */
  readonly vanished: boolean;
}

/** The secant through (x, f(x)) and (x + h, f(x + h)); h ≠ 0. */
export function secantAt(m: FunctionModel, x: number, h: number): SecantValues {
  const fx = m.f(x);
  const fxh = m.f(x + h);
  const slope = (fxh - fx) / h;
  const exact = m.df(x);
  return { x, h, fx, fxh, slope, exact, error: Math.abs(slope - exact), vanished: stepVanishes(x, h) };
}

export interface ErrorTable {
  readonly rows: readonly DifferenceQuotientRow[];
  readonly exact: number;
  /** Indices of the rows with the least forward / central error (−1 if none). */
  readonly bestForwardRow: number;
  readonly bestCentralRow: number;
  /** Where the error models put the best steps (√(2ε|f|/|f″|), ∛(3ε|f|/|f‴|)). */
  readonly bestForwardStep: number;
  readonly bestCentralStep: number;
  /** Rows where x + h == x. */
  readonly vanished: readonly boolean[];
}

/** The deck's h → 0 table at x for h = 10⁻¹ … 10⁻¹⁶ (or the given steps), with errors against f′. */
export function errorTable(m: FunctionModel, x: number, hs: readonly number[]): ErrorTable {
  const exact = m.df(x);
  const rows = differenceQuotientTable(m.f, x, hs, Number.isFinite(exact) ? exact : undefined);
  const fx = m.f(x);
  return {
    rows,
    exact,
    bestForwardRow: bestRow(rows, 'forward'),
    bestCentralRow: bestRow(rows, 'central'),
    bestForwardStep: bestForwardStep(x, fx, m.d2(x)),
    bestCentralStep: bestCentralStep(x, fx, m.d3(x)),
    vanished: hs.map((h) => stepVanishes(x, h)),
  };
}

export interface Corner {
  /** One-sided slopes (f(x+h) − f(x))/h and (f(x) − f(x−h))/h at a small h. */
  readonly right: number;
  readonly left: number;
}

/**
 * Whether f has a corner at x: the two one-sided quotients disagree and keep disagreeing as h
 * shrinks (for a smooth f their gap is ≈ |f″|·h and falls a hundredfold from h = 10⁻⁴ to 10⁻⁶).
 * There the symbolic formula (e.g. sign x for |x|) gives a value, but f has no derivative.
 */
export function cornerAt(m: FunctionModel, x: number): Corner | null {
  const s = Math.max(1, Math.abs(x));
  const sides = (h: number): [number, number] => {
    const fx = m.f(x);
    return [(m.f(x + h) - fx) / h, (fx - m.f(x - h)) / h];
  };
  const [r6, l6] = sides(1e-6 * s);
  const [r4, l4] = sides(1e-4 * s);
  if (![r6, l6, r4, l4].every(Number.isFinite)) return null;
  const gap6 = Math.abs(r6 - l6);
  const gap4 = Math.abs(r4 - l4);
  const scale = 1 + Math.abs(r6) + Math.abs(l6);
  return gap6 > 1e-3 * scale && gap6 > 0.5 * gap4 ? { right: r6, left: l6 } : null;
}
