/**
 * The deck's partial derivative as a difference quotient along one axis of the surface, the
 * other variable frozen: [f(a+h, b) − f(a, b)]/h for ∂f/∂x, [f(a, b+h) − f(a, b)]/h for ∂f/∂y.
 */
export type PartialAxis = 'x' | 'y';

export interface PartialQuotient {
  readonly axis: PartialAxis;
  readonly a: number;
  readonly b: number;
  readonly h: number;
  /** f(a, b). */
  readonly f0: number;
  /** f(a+h, b) or f(a, b+h). */
  readonly fh: number;
  readonly quotient: number;
}

export function partialQuotient(
  evaluate: (x: number, y: number) => number,
  a: number,
  b: number,
  axis: PartialAxis,
  h: number,
): PartialQuotient {
  const f0 = evaluate(a, b);
  const fh = axis === 'x' ? evaluate(a + h, b) : evaluate(a, b + h);
  return { axis, a, b, h, f0, fh, quotient: (fh - f0) / h };
}

/** The slice through (a, b) along the axis as a function of the moving variable t. */
export function sliceFunction(evaluate: (x: number, y: number) => number, a: number, b: number, axis: PartialAxis): (t: number) => number {
  return axis === 'x' ? (t) => evaluate(t, b) : (t) => evaluate(a, t);
}
