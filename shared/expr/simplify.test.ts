import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simplify } from './simplify';
import { parseExpr } from './parse';
import { toText } from './print';
import { evaluateExpr } from './evaluate';
import { exprEquals } from './ast';
import { magnitude, tameExprArb } from './test-arbitrary';

const V = ['x', 'y'];
function s(text: string): string {
  const r = parseExpr(text, { variables: V });
  if (!r.ok) throw new Error(r.error.message.en);
  return toText(simplify(r.value));
}


// Subnormal inputs make ordinary identities fail in floating point (x/(x/√π) = 1 at x = −5e−324):
// they say nothing about the algebra, so they are read as 0.
const flushSubnormal = (v: number): number => (Math.abs(v) < 1e-300 ? 0 : v);
describe('simplify', () => {
  const cases: [string, string][] = [
    ['0 + x', 'x'],
    ['x*1', 'x'],
    ['0*x', '0'],
    ['x^1', 'x'],
    ['x^0', '1'],
    ['-(-x)', 'x'],
    ['2*3*x', '6x'],
    ['x*x^2', 'x^3'],
    ['x*y*x', 'x^2*y'],
    ['2x + 3x', '5x'],
    ['x - x', '0'],
    ['(6x + 3)/3', '2x + 1'],
    ['x/x', '1'],
    ['(x+1)*(x+1)', '(x + 1)^2'],
    ['2/4', '1/2'],
    ['x/2 + x/2', 'x'],
    ['ln(e)', '1'],
    ['cos(0) + sin(0)', '1'],
    ['ln(2)', 'ln(2)'],
    ['(x^2)^(1/2)', '(x^2)^(1/2)'],
    ['(x y)^2', 'x^2*y^2'],
    ['x - (-y)', 'x + y'],
    ['sigmoid(x) + relu(y) + coth(x)', 'sigmoid(x) + relu(y) + coth(x)'],
  ];
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(s(input)).toBe(expected);
  });

  it('is idempotent on its own output (property)', () => {
    fc.assert(
      fc.property(tameExprArb(), (e) => {
        const once = simplify(e);
        expect(exprEquals(simplify(once), once), toText(once)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes a value where both sides are defined (property)', () => {
    fc.assert(
      fc.property(
        tameExprArb(),
        fc.double({ min: -3, max: 3, noNaN: true }).map(flushSubnormal),
        fc.double({ min: -3, max: 3, noNaN: true }).map(flushSubnormal),
        (e, x, y) => {
          const pt = [x, y];
          const before = evaluateExpr(e, V, pt);
          const after = evaluateExpr(simplify(e), V, pt);
          if (!Number.isFinite(before) || !Number.isFinite(after)) return;
          // Rounding error scales with the largest intermediate value, not with the result.
          const scale = 1 + magnitude(e, V, pt) + magnitude(simplify(e), V, pt);
          expect(Math.abs(before - after), `${toText(e)} -> ${toText(simplify(e))} at ${pt}`).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
