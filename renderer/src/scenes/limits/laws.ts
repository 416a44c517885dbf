/**
 * The limit laws checked numerically: with lim f = A and lim g = B at a, the limits of f ± g, f·g
 * and f/g are estimated on their own AND predicted as A ± B, A·B, A/B, so the student sees the law
 * hold — and sees where it says nothing (B = 0, or A, B not finite), and what the limit may then be.
 */
import { finite } from './approach-point';
import { analyseLimit, type LimitAnalysis } from './limit-analysis';

export type LawOp = 'sum' | 'difference' | 'product' | 'quotient';
export const LAW_OPS: readonly LawOp[] = ['sum', 'difference', 'product', 'quotient'];

export const combine = (op: LawOp, u: number, v: number): number =>
  op === 'sum' ? u + v : op === 'difference' ? u - v : op === 'product' ? u * v : u / v;

/** The function f ∘op g, pointwise. */
export const combined = (op: LawOp, f: (x: number) => number, g: (x: number) => number) => (x: number): number => combine(op, f(x), g(x));

export type LawStatus =
  /** The law applies and the numeric limit agrees with the prediction. */
  | 'agrees'
  /** The law applies but the numbers disagree (numeric trouble; should not happen on sound input). */
  | 'disagrees'
  /** The law does not apply: B = 0 in a quotient. */
  | 'zero-denominator'
  /** The law does not apply: A or B does not exist (as a finite number). */
  | 'no-limits';

export interface LawRow {
  readonly op: LawOp;
  /** The limit of the combined function, estimated on its own. */
  readonly numeric: LimitAnalysis | null;
  /** A op B, when the law applies. */
  readonly predicted?: number;
  readonly status: LawStatus;
}

export interface LawsAnalysis {
  readonly A: LimitAnalysis | null;
  readonly B: LimitAnalysis | null;
  readonly rows: readonly LawRow[];
}

/** Two estimates agree when they are within their error estimates plus 10⁻⁶ relative. */
function agree(u: number, v: number, tol: number): boolean {
  return Math.abs(u - v) <= tol + 1e-6 * Math.max(1, Math.abs(u), Math.abs(v));
}

export function analyseLaws(f: (x: number) => number, g: (x: number) => number, a: number): LawsAnalysis {
  const point = finite(a);
  const ra = analyseLimit(f, point);
  const rb = analyseLimit(g, point);
  const A = ra.ok ? ra.value : null;
  const B = rb.ok ? rb.value : null;
  const va = A?.verdict === 'exists' ? A.value : undefined;
  const vb = B?.verdict === 'exists' ? B.value : undefined;
  const rows = LAW_OPS.map((op): LawRow => {
    const r = analyseLimit(combined(op, f, g), point);
    const numeric = r.ok ? r.value : null;
    if (va === undefined || vb === undefined) return { op, numeric, status: 'no-limits' };
    if (op === 'quotient' && vb === 0) return { op, numeric, status: 'zero-denominator' };
    const predicted = combine(op, va, vb);
    const tol = (A?.errorEstimate ?? 0) + (B?.errorEstimate ?? 0) + (numeric?.errorEstimate ?? 0);
    const fine = numeric?.verdict === 'exists' && numeric.value !== undefined && agree(numeric.value, predicted, tol * Math.max(1, Math.abs(va), Math.abs(vb)));
    return { op, numeric, predicted, status: fine ? 'agrees' : 'disagrees' };
  });
  return { A, B, rows };
}
