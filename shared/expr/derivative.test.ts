import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { differentiate, differentiateRaw } from './derivative';
import { parseExpr } from './parse';
import { toText } from './print';
import { toLatex } from './latex';
import { evaluateExpr } from './evaluate';
import { tameExprArb } from './test-arbitrary';
import type { Expr } from './ast';

const V = ['x', 'y', 'w1', 'w2', 'x1', 'x2'];
function f(text: string): Expr {
  const r = parseExpr(text, { variables: V });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}
const d = (text: string, v = 'x'): string => toText(differentiate(f(text), v));

/** Central difference with a step balanced between truncation and rounding error. */
function numericDerivative(e: Expr, vars: readonly string[], pt: readonly number[], k: number): number {
  const h = 1e-5 * Math.max(1, Math.abs(pt[k] ?? 0));
  const plus = [...pt];
  const minus = [...pt];
  plus[k] = (pt[k] ?? 0) + h;
  minus[k] = (pt[k] ?? 0) - h;
  return (evaluateExpr(e, vars, plus) - evaluateExpr(e, vars, minus)) / (2 * h);
}


// Subnormal inputs make ordinary identities fail in floating point (x/(x/√π) = 1 at x = −5e−324):
// they say nothing about the algebra, so they are read as 0.
const flushSubnormal = (v: number): number => (Math.abs(v) < 1e-300 ? 0 : v);
describe('differentiate: board-quality results', () => {
  // Worked by hand with the usual rules (DESIGN.md §3 and §4).
  const cases: [string, string, string][] = [
    ['3x^2', 'x', '6x'],
    ['(3x^2+1)^5', 'x', '30x*(3x^2 + 1)^4'],
    ['(x y)^2 + (x + y^2)^3', 'x', '2x*y^2 + 3*(x + y^2)^2'],
    ['(x y)^2 + (x + y^2)^3', 'y', '2x^2*y + 6y*(x + y^2)^2'],
    ['x^x', 'x', 'x^x*(ln(x) + 1)'],
    ['e^x', 'x', 'e^x'],
    ['2^x', 'x', '2^x*ln(2)'],
    ['ln(x)', 'x', '1/x'],
    ['x^3 + 2x^2 - 5x + 7', 'x', '3x^2 + 4x - 5'],
    ['sin(x)*cos(y)', 'x', 'cos(x)*cos(y)'],
    ['x/(x+1)', 'x', '1/(x + 1)^2'],
    ['sqrt(x)', 'x', '1/(2sqrt(x))'],
    ['tan(x)', 'x', 'sec(x)^2'],
    ['sigmoid(x)', 'x', 'sigmoid(x)*(1 - sigmoid(x))'],
    ['relu(x)', 'x', '(sign(x) + 1)/2'],
    ['7', 'x', '0'],
    ['y^2', 'x', '0'],
  ];
  it.each(cases)('d/d%2$s %1$s = %3$s', (input, v, expected) => {
    expect(d(input, v)).toBe(expected);
  });

  it("gives the deck's backprop gradient for the network loss", () => {
    const loss = f('1/2 (sigmoid(w1 x1 + w2 x2) - y)^2');
    const g = differentiate(loss, 'w1');
    // ∂L/∂w1 = (ŷ − y)·ŷ(1 − ŷ)·x1 (upstream × local along the path, DESIGN.md §3.4)
    expect(toText(g)).toBe('x1*(sigmoid(w1*x1 + w2*x2) - y)*sigmoid(w1*x1 + w2*x2)*(1 - sigmoid(w1*x1 + w2*x2))');
    expect(toLatex(differentiate(f('(3x^2+1)^5'), 'x'))).toBe('30 x \\left(3 x^{2} + 1\\right)^{4}');
  });

  it('matches central finite differences on random formulas (property)', () => {
    const vars = ['x', 'y'];
    fc.assert(
      fc.property(
        tameExprArb(vars, 3),
        fc.double({ min: -2, max: 2, noNaN: true }).map(flushSubnormal),
        fc.double({ min: -2, max: 2, noNaN: true }).map(flushSubnormal),
        (e, x, y) => {
          const pt = [x, y];
          const sym = evaluateExpr(differentiate(e, 'x'), vars, pt);
          const raw = evaluateExpr(differentiateRaw(e, 'x'), vars, pt);
          const fd = numericDerivative(e, vars, pt, 0);
          // Vertical tangents (cbrt at 0) and steep spots are beyond what a difference quotient resolves.
          if (!Number.isFinite(sym) || !Number.isFinite(fd) || Math.abs(fd) > 1e4 || Math.abs(sym) > 1e4) return;
          // Skip kinks, poles and points of unbounded curvature (abs or relu at 0, relu(x)^1.5 at 0, 1/x near 0):
          // one-sided quotients disagree there and a difference quotient converges too slowly to judge.
          const h = 1e-4;
          const f0 = evaluateExpr(e, vars, pt);
          // Near a pole f itself is so large that x's contribution is lost to rounding (0.5/y + x at y ≈ 1e-309).
          if (!(Math.abs(f0) < 1e8)) return;
          const left = (f0 - evaluateExpr(e, vars, [x - h, y])) / h;
          const right = (evaluateExpr(e, vars, [x + h, y]) - f0) / h;
          if (!Number.isFinite(left) || !Number.isFinite(right) || Math.abs(left - right) > 1e-3 * (1 + Math.abs(fd))) return;
          expect(Math.abs(sym - fd), `${toText(e)}: ${toText(differentiate(e, 'x'))}`).toBeLessThanOrEqual(1e-4 * (1 + Math.abs(fd)));
          if (Number.isFinite(raw)) expect(Math.abs(raw - sym)).toBeLessThanOrEqual(1e-7 * (1 + Math.abs(sym)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
