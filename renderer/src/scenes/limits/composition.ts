/**
 * The composition law as it should read (DESIGN.md §4): if lim_{x→x₀} f(x) = a and
 * lim_{u→a} g(u) = b, then lim_{x→x₀} g(f(x)) = b PROVIDED g is continuous at a (g(a) = b) or
 * f(x) ≠ a for x near x₀ (x ≠ x₀). The deck leaves the proviso out; f(x) = 0 with g = |sgn u|
 * shows why it is needed. Both conditions are checked numerically here, next to the numeric limit
 * of g∘f itself.
 */
import { approachSteps } from '$shared/calculus/approach';
import { finite } from './approach-point';
import { analyseLimit, type LimitAnalysis } from './limit-analysis';

export type CompositionStatus =
  /** A condition holds and lim g(f(x)) = b, as the theorem says. */
  | 'theorem'
  /** A condition holds but the numbers disagree (numeric trouble). */
  | 'mismatch'
  /** Neither condition holds: the theorem says nothing (and the limit may differ from b). */
  | 'not-covered'
  /** lim f or lim g does not exist as a finite number: the theorem does not apply. */
  | 'no-limits';

export interface CompositionAnalysis {
  /** lim_{x→x₀} f(x) = a. */
  readonly inner: LimitAnalysis | null;
  /** lim_{u→a} g(u) = b (null when a does not exist). */
  readonly outer: LimitAnalysis | null;
  /** g(a) (NaN when undefined or a does not exist). */
  readonly gAtA: number;
  /** g(a) = b: g continuous at a. */
  readonly continuous: boolean;
  /** f takes the value a at points arbitrarily close to x₀ (exact hits or sign changes of f − a). */
  readonly touchesA: boolean;
  /** lim_{x→x₀} g(f(x)), estimated on its own. */
  readonly composed: LimitAnalysis | null;
  readonly status: CompositionStatus;
}

const close = (u: number, v: number): boolean => Math.abs(u - v) <= 1e-7 * Math.max(1, Math.abs(u), Math.abs(v));

/**
 * Does f take the value a at points arbitrarily close to x₀? Looked for on both sides on the
 * approach grid for |x − x₀| ≤ 10⁻⁴·max(1, |x₀|): an exact hit f(x) = a, or a sign change of
 * f(x) − a between neighbouring samples on one side (a crossing, for continuous f). Evidence only.
 */
export function touchesValueNear(f: (x: number) => number, x0: number, a: number): boolean {
  const scale = Math.max(1, Math.abs(x0));
  const ts = approachSteps().filter((t) => t <= 1e-4 * (1 + 1e-12));
  for (const sign of [-1, 1]) {
    let prev = Number.NaN;
    for (const t of ts) {
      const v = f(x0 + sign * t * scale) - a;
      if (v === 0) return true;
      if (Number.isFinite(v) && Number.isFinite(prev) && Math.sign(v) !== Math.sign(prev)) return true;
      if (!Number.isNaN(v)) prev = v;
    }
  }
  return false;
}

export function analyseComposition(f: (x: number) => number, g: (u: number) => number, x0: number): CompositionAnalysis {
  const ri = analyseLimit(f, finite(x0));
  const inner = ri.ok ? ri.value : null;
  const rc = analyseLimit((x) => g(f(x)), finite(x0));
  const composed = rc.ok ? rc.value : null;
  const a = inner?.verdict === 'exists' ? inner.value : undefined;
  if (a === undefined) return { inner, outer: null, gAtA: Number.NaN, continuous: false, touchesA: false, composed, status: 'no-limits' };
  const ro = analyseLimit(g, finite(a));
  const outer = ro.ok ? ro.value : null;
  const gAtA = g(a);
  const b = outer?.verdict === 'exists' ? outer.value : undefined;
  const continuous = b !== undefined && Number.isFinite(gAtA) && close(gAtA, b);
  const touchesA = touchesValueNear(f, x0, a);
  if (b === undefined) return { inner, outer, gAtA, continuous, touchesA, composed, status: 'no-limits' };
  if (!continuous && touchesA) return { inner, outer, gAtA, continuous, touchesA, composed, status: 'not-covered' };
  const fine = composed?.verdict === 'exists' && composed.value !== undefined && close(composed.value, b);
  return { inner, outer, gAtA, continuous, touchesA, composed, status: fine ? 'theorem' : 'mismatch' };
}
