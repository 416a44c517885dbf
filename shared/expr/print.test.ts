import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Expr } from './ast';
import { add, call, div, exprEquals, konst, mul, neg, num, pow, sub, variable } from './ast';
import { toText } from './print';
import { parseExpr } from './parse';
import { TEST_VARIABLES, exprArb, normalizeLiterals } from './test-arbitrary';

const x = variable('x');
const y = variable('y');

describe('toText', () => {
  const cases: [Expr, string][] = [
    [add(x, mul(num(2), y)), 'x + 2y'],
    [sub(x, sub(y, num(1))), 'x - (y - 1)'],
    [sub(sub(x, y), num(1)), 'x - y - 1'],
    [div(x, mul(num(2), y)), 'x/(2y)'],
    [mul(div(num(1), num(2)), x), '1/2*x'],
    [neg(pow(x, num(2))), '-x^2'],
    [pow(neg(x), num(2)), '(-x)^2'],
    [pow(num(-3), num(2)), '(-3)^2'],
    [pow(x, pow(y, num(2))), 'x^y^2'],
    [pow(pow(x, y), num(2)), '(x^y)^2'],
    [pow(x, neg(num(1))), 'x^(-1)'],
    [add(x, neg(y)), 'x + (-y)'],
    [mul(x, num(-2)), 'x*(-2)'],
    [neg(neg(x)), '-(-x)'],
    [neg(mul(x, y)), '-(x*y)'],
    [mul(num(3), pow(x, num(2))), '3x^2'],
    [mul(num(2), konst('e')), '2*e'],
    [mul(num(2), call('sin', x)), '2sin(x)'],
    [call('log', x, num(2)), 'log(x, 2)'],
    [mul(num(1e-7), x), '1e-7*x'],
  ];
  it.each(cases)('%j -> %s', (e, text) => {
    expect(toText(e)).toBe(text);
  });

  it('round-trips random trees through parseExpr (property)', () => {
    fc.assert(
      fc.property(exprArb(), (e) => {
        const text = toText(e);
        const r = parseExpr(text, { variables: TEST_VARIABLES, maxLength: 100000, maxDepth: 10000 });
        if (!r.ok) throw new Error(`${text}: ${r.error.message.en} at ${r.error.start}`);
        expect(exprEquals(r.value, normalizeLiterals(e)), text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
