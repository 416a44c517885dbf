/**
 * The three-way derivative check (DESIGN.md §1.3), as a test: for every case, the symbolic
 * derivative (shared/expr), reverse mode (graph sweep and compiled tape), forward mode and central
 * finite differences must all agree with each other and with the derivative written by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backward } from '../autodiff/backward';
import { compileGradient } from '../autodiff/compileGradient';
import { forward } from '../autodiff/forward';
import { forwardMode } from '../autodiff/forwardMode';
import { fromExpr } from '../autodiff/fromExpr';
import type { Expr } from '../expr';
import { compile, parseExpr } from '../expr';
import { differentiate } from '../expr/derivative';
import type { DerivativeCase } from './derivativeCases';
import { ALL_CASES, DECK_EXAMPLES, DECK_TABLE } from './derivativeCases';
import { smallPoint, smoothExpr } from './smoothExprArbitrary';

/** Exact methods differ only by rounding: relative 1e-9 is generous and still catches any slip. */
const EXACT = 1e-9;
const H = 1e-5;

interface Estimates {
  readonly value: number;
  readonly symbolic: number;
  readonly reverseGraph: number;
  readonly reverseTape: number;
  readonly forwardMode: number;
  readonly finiteDifference: number;
  /** Rounding error bound of the finite difference: ≈ 100·ε·|f| / h. */
  readonly fdNoise: number;
}

function estimates(expr: Expr, variables: readonly string[], wrt: string, p: readonly number[]): Estimates {
  const k = variables.indexOf(wrt);
  const fn = compile(expr, variables);
  const dsym = compile(differentiate(expr, wrt), variables);
  const tape = compileGradient(expr, variables);
  if (!fn.ok || !dsym.ok || !tape.ok) throw new Error('compile failed');
  const inputs = Object.fromEntries(variables.map((v, i) => [v, p[i] ?? Number.NaN]));
  const { graph, outputId } = fromExpr(expr);
  const fwd = forward(graph, inputs);
  if (!fwd.ok) throw new Error('forward failed');
  const bwd = backward(graph, outputId, fwd.value);
  const fm = forwardMode(graph, { [wrt]: 1 }, inputs);
  if (!bwd.ok || !fm.ok) throw new Error('sweep failed');
  const grad = new Float64Array(variables.length);
  tape.value.valueAndGradient(p, grad);
  const h = H * Math.max(1, Math.abs(p[k] ?? 0));
  const shifted = (d: number): number => fn.value.evaluate(p.map((x, i) => (i === k ? x + d : x)));
  const value = fn.value.evaluate(p);
  return {
    value,
    symbolic: dsym.value.evaluate(p),
    reverseGraph: bwd.value.grads[wrt] ?? 0,
    reverseTape: grad[k] ?? Number.NaN,
    forwardMode: fm.value.tangents[outputId] ?? Number.NaN,
    finiteDifference: (shifted(h) - shifted(-h)) / (2 * h),
    fdNoise: (100 * Number.EPSILON * (1 + Math.abs(value))) / h,
  };
}

const near = (got: number, want: number, rel: number, abs = 0): boolean =>
  Number.isFinite(got) && Math.abs(got - want) <= rel * (1 + Math.abs(want)) + abs;

function check(c: DerivativeCase): void {
  const parsed = parseExpr(c.text, { variables: c.variables });
  expect(parsed.ok, `parse ${c.text}`).toBe(true);
  if (!parsed.ok) return;
  for (const p of c.points) {
    const want = c.closedForm(p);
    expect(Number.isFinite(want), `closed form finite at ${p.join(', ')}`).toBe(true);
    const e = estimates(parsed.value, c.variables, c.wrt, p);
    const where = `${c.text} d/d${c.wrt} at (${p.join(', ')}), hand = ${want}`;
    expect(near(e.symbolic, want, EXACT), `symbolic ${e.symbolic}: ${where}`).toBe(true);
    expect(near(e.reverseGraph, want, EXACT), `reverse (graph) ${e.reverseGraph}: ${where}`).toBe(true);
    expect(near(e.reverseTape, want, EXACT), `reverse (tape) ${e.reverseTape}: ${where}`).toBe(true);
    expect(near(e.forwardMode, want, EXACT), `forward mode ${e.forwardMode}: ${where}`).toBe(true);
    // Central differences: truncation O(h²) plus rounding ≈ ε|f|/h.
    expect(near(e.finiteDifference, want, 1e-6, e.fdNoise), `finite difference ${e.finiteDifference}: ${where}`).toBe(true);
  }
}

describe('three-way derivative check: the deck’s derivative table', () => {
  it('covers every row of the table (39 rows, some with several c or n)', () => {
    expect(DECK_TABLE.length).toBeGreaterThanOrEqual(39);
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of DECK_TABLE) it(c.name, () => check(c));
});

describe('three-way derivative check: the deck’s worked examples', () => {
  for (const c of DECK_EXAMPLES) it(c.name, () => check(c));

  it('the deck’s printed 30x(3²+1)⁴ is wrong and the corrected form is right', () => {
    const parsed = parseExpr('(3x^2+1)^5', { variables: ['x'] });
    if (!parsed.ok) throw new Error('parse failed');
    const e = estimates(parsed.value, ['x'], 'x', [0.5]);
    expect(near(e.reverseTape, 30 * 0.5 * (3 * 0.25 + 1) ** 4, EXACT)).toBe(true);
    expect(near(e.reverseTape, 30 * 0.5 * (3 ** 2 + 1) ** 4, 1e-3)).toBe(false);
  });
});

describe('three-way derivative check: further functions', () => {
  for (const c of ALL_CASES.filter((x) => !x.fromDeck)) it(c.name, () => check(c));
});

describe('property: autodiff agrees with central finite differences on random smooth expressions', () => {
  it('reverse (graph and tape) and forward mode, at random points', () => {
    const vars = ['x', 'y'];
    fc.assert(
      fc.property(smoothExpr(vars), smallPoint(vars), fc.constantFrom('x', 'y'), (expr, p, wrt) => {
        const e = estimates(expr, vars, wrt, p);
        fc.pre(Number.isFinite(e.value) && Math.abs(e.value) < 1e6);
        // FD truncation error grows with f‴; tolerance relative to the function's scale too.
        const tol = (got: number): boolean => near(got, e.finiteDifference, 1e-5, e.fdNoise + 1e-6 * Math.abs(e.value));
        expect(tol(e.reverseGraph), `reverse graph ${e.reverseGraph} vs FD ${e.finiteDifference}`).toBe(true);
        expect(tol(e.reverseTape), `reverse tape ${e.reverseTape} vs FD ${e.finiteDifference}`).toBe(true);
        expect(tol(e.forwardMode), `forward mode ${e.forwardMode} vs FD ${e.finiteDifference}`).toBe(true);
        // And the exact methods agree with the symbolic derivative to rounding.
        expect(near(e.reverseTape, e.symbolic, 1e-8)).toBe(true);
        expect(near(e.forwardMode, e.reverseGraph, 1e-9)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
