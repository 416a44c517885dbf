import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import { finite, MINUS_INFINITY, PLUS_INFINITY } from './approach-point';
import { LIMIT_EXAMPLES } from './examples';
import { compileUnary } from './formula-field.svelte';
import { analyseLimit, sideValue, tidyLimit, type LimitAnalysis } from './limit-analysis';

function fnOf(formula: string, variable = 'x') {
  const e = parseExpr(formula, { variables: [variable] });
  if (!e.ok) throw new Error(e.error.message.en);
  return compileUnary(e.value, variable);
}

function analyse(id: string): LimitAnalysis {
  const ex = LIMIT_EXAMPLES.find((e) => e.id === id);
  if (!ex) throw new Error(id);
  const r = analyseLimit(fnOf(ex.formula, ex.variable), ex.point);
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

describe('the verdict of every example (expected values by hand)', () => {
  it('x² at 3: exists, 9, continuous (f(3) = 9)', () => {
    const r = analyse('square');
    expect(r.verdict).toBe('exists');
    expect(r.value).toBe(9);
    expect(r.removable).toBe(false);
    expect(r.valueAtA).toBe(9);
  });
  it('sin x / x at 0: exists, 1, a removable hole (f(0) undefined)', () => {
    const r = analyse('sinc');
    expect(r.verdict).toBe('exists');
    expect(r.value).toBe(1);
    expect(r.removable).toBe(true);
    expect(r.valueAtA).toBeNaN();
  });
  it('(x² − 4)/(x − 2) at 2: exists, 4 (= x + 2 away from 2), removable', () => {
    const r = analyse('hole');
    expect(r.verdict).toBe('exists');
    expect(r.value).toBe(4);
    expect(r.removable).toBe(true);
  });
  it('|x|/x at 0: one-sided only, −1 from the left and 1 from the right', () => {
    const r = analyse('sign');
    expect(r.verdict).toBe('one-sided-only');
    expect(sideValue(r.left)).toBe(-1);
    expect(sideValue(r.right)).toBe(1);
    expect(r.value).toBeUndefined();
  });
  it('1/x at 0: infinite, −∞ from the left and +∞ from the right', () => {
    const r = analyse('reciprocal');
    expect(r.verdict).toBe('infinite');
    expect(r.left).toEqual({ kind: 'infinite', sign: -1 });
    expect(r.right).toEqual({ kind: 'infinite', sign: 1 });
  });
  it('sin(1/x) at 0: oscillates', () => {
    expect(analyse('wild').verdict).toBe('oscillates');
  });
  it('water heating T(t) = 100 − 80e^(−t/5) as t → ∞: exists, 100', () => {
    const r = analyse('water');
    expect(r.verdict).toBe('exists');
    expect(r.value).toBe(100);
    expect(r.left).toBeUndefined();
    expect(r.rows.length).toBe(12);
    expect(r.rows[0]?.right?.x).toBe(10);
    expect(r.rows[11]?.right?.x).toBeCloseTo(1e12, -3);
  });
  it('braking car v(t) = ReLU(20 − 5t) at t = 4: exists, 0, and v(4) = 0 (no hole)', () => {
    const r = analyse('car');
    expect(r.verdict).toBe('exists');
    expect(r.value).toBe(0);
    expect(r.removable).toBe(false);
    // After the stop the speed IS the limit: f(x) = L for x > a (the deck says it never is).
    expect(r.rows.every((row) => row.right?.fx === 0)).toBe(true);
  });
});

describe('analyseLimit', () => {
  it('builds the two-sided table at x = a ∓ h·max(1, |a|)', () => {
    const r = analyseLimit((x) => x * x, finite(3));
    if (!r.ok) throw new Error('failed');
    expect(r.value.rows.length).toBe(12);
    const first = r.value.rows[0];
    expect(first?.left?.x).toBeCloseTo(2.7, 12);
    expect(first?.right?.x).toBeCloseTo(3.3, 12);
    expect(first?.right?.fx).toBeCloseTo(3.3 * 3.3, 12);
  });
  it('eˣ at −∞ → 0 (from the left only)', () => {
    const r = analyseLimit(Math.exp, MINUS_INFINITY);
    if (!r.ok) throw new Error('failed');
    expect(r.value.verdict).toBe('exists');
    expect(r.value.value).toBe(0);
    expect(r.value.right).toBeUndefined();
    expect(r.value.rows[0]?.left?.x).toBe(-10);
  });
  it('x at +∞ is infinite; sin x at +∞ is not a limit', () => {
    const a = analyseLimit((x) => x, PLUS_INFINITY);
    expect(a.ok && a.value.verdict).toBe('infinite');
    const b = analyseLimit(Math.sin, PLUS_INFINITY);
    expect(b.ok && b.value.verdict).not.toBe('exists');
  });
});

describe('tidyLimit', () => {
  it('rounds to the shortest decimal within the error estimate', () => {
    expect(tidyLimit(8.999999999982, 1.6e-10)).toBe(9);
    expect(tidyLimit(-6.1e-13, 1e-11)).toBe(0);
    expect(tidyLimit(0.50000000005, 0)).toBe(0.5);
    expect(tidyLimit(0.5000001, 0)).toBe(0.5000001);
    expect(tidyLimit(Math.E, 1e-12)).toBeCloseTo(Math.E, 9);
    expect(tidyLimit(2.5, 0.7)).toBe(3);
    expect(tidyLimit(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
