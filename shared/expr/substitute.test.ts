import { describe, expect, it } from 'vitest';
import { add, call, exprEquals, mul, num, variable } from './ast';
import { evaluateExpr } from './evaluate';
import { parseExpr } from './parse';
import { substitute } from './substitute';

describe('substitute', () => {
  it('replaces every occurrence of a variable', () => {
    const e = add(mul(variable('w'), variable('x')), call('sin', variable('w')));
    expect(exprEquals(substitute(e, { w: num(2) }), add(mul(num(2), variable('x')), call('sin', num(2))))).toBe(true);
  });
  it('is simultaneous: a replacement is not substituted again', () => {
    const e = add(variable('w1'), variable('y'));
    const r = substitute(e, { w1: variable('y'), y: num(1) });
    expect(exprEquals(r, add(variable('y'), num(1)))).toBe(true);
  });
  it('turns the deck loss in (w1, w2) with data x1, x2, y into a function of (x, y) with the same values', () => {
    const parsed = parseExpr('1/2 (sigmoid(w1 x1 + w2 x2) - y)^2', { variables: ['w1', 'w2', 'x1', 'x2', 'y'] });
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const r = substitute(parsed.value, { w1: variable('x'), w2: variable('y'), x1: num(1.5), x2: num(-0.5), y: num(1) });
    for (const [a, b] of [[0.3, -1], [2, 0.5], [-1, 4]] as const) {
      const s = 1 / (1 + Math.exp(-(a * 1.5 + b * -0.5)));
      expect(evaluateExpr(r, ['x', 'y'], [a, b])).toBeCloseTo(0.5 * (s - 1) ** 2, 14);
    }
  });
  it('leaves the input tree untouched', () => {
    const e = mul(variable('a'), variable('b'));
    substitute(e, { a: num(3) });
    expect(exprEquals(e, mul(variable('a'), variable('b')))).toBe(true);
  });
});
