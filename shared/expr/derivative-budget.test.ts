import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { mul, num, pow, sub, variable, exprSize } from './ast';
import { parseExpr } from './parse';
import { evaluateExpr } from './evaluate';
import { differentiate, differentiateRaw, differentiateWithin, SYMBOLIC_NODE_BUDGET } from './derivative';
import { simplify } from './simplify';
import { toLatex } from './latex';
import { compileGradient } from '../autodiff/compileGradient';

const parse = (t: string): Expr => {
  const r = parseExpr(t, { variables: ['x', 'y'] });
  if (!r.ok) throw new Error(`parse ${t}: ${r.error.message.en}`);
  return r.value;
};
const central = (f: (x: number) => number, x: number, h = 1e-5): number => (f(x + h) - f(x - h)) / (2 * h);

describe('c^u with a constant base', () => {
  it('0^u differentiates to 0 where 0^u is the constant 0 (mathjs test case), as reverse mode does', () => {
    const e = parse('0^(2^x + x^3 + 2)');
    const d = differentiate(e, 'x');
    const tape = compileGradient(e, ['x', 'y']);
    if (!tape.ok) throw new Error('tape');
    for (const x of [-0.5, 0, 0.7, 1.3, 2]) {
      // The exponent 2^x + x³ + 2 is > 0 here, so f ≡ 0 on a neighbourhood: f' = 0 exactly.
      const f = (t: number): number => evaluateExpr(e, ['x'], [t]);
      expect(central(f, x)).toBe(0);
      expect(evaluateExpr(d, ['x'], [x])).toBe(0);
      const g = new Float64Array(2);
      tape.value.valueAndGradient([x, 0], g);
      expect(g[0]).toBe(0);
    }
  });

  it('a closed constant base equal to 0, e.g. (1 − 1)^x, is treated the same', () => {
    const d = differentiate(parse('(1-1)^(x^2+1)'), 'x');
    expect(evaluateExpr(d, ['x'], [0.4])).toBe(0);
  });

  it('a positive base keeps c^u·ln c·u′ (checked against a difference quotient)', () => {
    const e = parse('2^(x^2)');
    const d = differentiate(e, 'x');
    for (const x of [-1, 0.3, 1.1]) {
      const expected = Math.pow(2, x * x) * Math.LN2 * 2 * x;
      expect(evaluateExpr(d, ['x'], [x])).toBeCloseTo(expected, 9);
    }
  });

  it('a negative base: c^u is real only at isolated points, so the derivative is NaN (as reverse mode)', () => {
    const e = pow(num(-2), variable('x'));
    const d = differentiate(e, 'x');
    expect(Number.isNaN(evaluateExpr(d, ['x'], [1]))).toBe(true);
    const tape = compileGradient(e, ['x']);
    if (!tape.ok) throw new Error('tape');
    const g = new Float64Array(1);
    tape.value.valueAndGradient([1], g);
    expect(Number.isNaN(g[0])).toBe(true);
  });
});

describe('differentiateRaw is linear in the formula size', () => {
  // x·(y)·(x − 2)·… as a left-leaning chain n deep (the shape a long typed product parses to),
  // every node wrapped in a Proxy that counts property reads: a deterministic measure of work.
  const countingChain = (n: number): { expr: Expr; reads: () => number } => {
    let count = 0;
    const wrap = (e: Expr): Expr =>
      new Proxy(e, {
        get(target, key, receiver) {
          count += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    let e: Expr = wrap(variable('x'));
    for (let i = 1; i < n; i++) e = wrap(mul(e, wrap(i % 2 ? variable('y') : sub(wrap(variable('x')), wrap(num(i))))));
    count = 0;
    return { expr: e, reads: () => count };
  };

  it('4× the formula costs about 4× the node reads, not 16× (free variables were recomputed per node)', () => {
    const small = countingChain(750);
    differentiateRaw(small.expr, 'x');
    const large = countingChain(3000);
    differentiateRaw(large.expr, 'x');
    const ratio = large.reads() / small.reads();
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });

  it('the result is still the product rule, checked numerically against a difference quotient', () => {
    const { expr } = countingChain(12);
    const d = differentiateRaw(expr, 'x');
    const f = (x: number): number => evaluateExpr(expr, ['x', 'y'], [x, 0.9]);
    for (const x of [0.3, 1.7]) expect(evaluateExpr(d, ['x', 'y'], [x, 0.9])).toBeCloseTo(central(f, x, 1e-6), 3);
  });
});

describe('differentiateWithin: a node budget keeps symbolic work bounded', () => {
  it('returns the same derivative as differentiate when within budget', () => {
    for (const t of ['x^2 y + sin(x y)', 'exp(x^2+y^2)', 'x^x', 'ln(1+e^(-x y))']) {
      const e = parse(t);
      const within = differentiateWithin(e, 'x');
      expect(within).not.toBeNull();
      expect(toLatex(within as Expr)).toBe(toLatex(differentiate(e, 'x')));
    }
  });

  it('refuses x^x^…^x (250 levels) instead of building 126k nodes and simplifying for seconds', () => {
    const e = parse(Array(250).fill('x').join('^'));
    expect(differentiateWithin(e, 'x')).toBeNull();
    // Independent check that the refusal is honest: the unbounded raw derivative is far over budget.
    expect(exprSize(differentiateRaw(e, 'x'))).toBeGreaterThan(SYMBOLIC_NODE_BUDGET);
  });

  it('anything it accepts stays within the budget after simplification and typesets', () => {
    // Structural, not timed: the frame budget itself is asserted in the browser (fuzz e2e, bench).
    const cases = ['sin(' + Array(12).fill('x^(').join('') + 'y' + ')'.repeat(12) + ')', Array(30).fill('sin(x)').join('*'), Array(40).fill('x').join('^')];
    for (const c of cases) {
      const d = differentiateWithin(parse(c), 'x');
      if (d) {
        expect(exprSize(d)).toBeLessThanOrEqual(SYMBOLIC_NODE_BUDGET);
        expect(toLatex(d).length).toBeGreaterThan(0);
      }
    }
  });

  it('the budget bounds the result: any accepted derivative is at most the budget before simplification', () => {
    const e = parse('sin(x)*cos(x)*exp(x)*x^2');
    const raw = differentiateRaw(e, 'x');
    expect(differentiateWithin(e, 'x', exprSize(raw) - 1)).toBeNull();
    expect(differentiateWithin(e, 'x', exprSize(raw))).toEqual(simplify(raw));
  });
});
