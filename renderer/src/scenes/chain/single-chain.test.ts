import { describe, expect, it } from 'vitest';
import type { Expr } from '$shared/expr/ast';
import { evaluateExpr } from '$shared/expr/evaluate';
import { parseExpr } from '$shared/expr/parse';
import { toText } from '$shared/expr/print';
import { analyseSingle, chainAt, isDeckExample, powerRewrite } from './single-chain';

const parse = (s: string): Expr => {
  const r = parseExpr(s, { variables: ['x'] });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

function chainFor(s: string) {
  const a = analyseSingle(parse(s));
  if (a.kind !== 'chain') throw new Error(`${s} not split`);
  return a.chain;
}

describe('analyseSingle', () => {
  it('the deck: at x = 1, u = 4, du/dx = 6, dy/du = 5·4⁴ = 1280, dy/dx = 30·1·4⁴ = 7680', () => {
    const c = chainFor('(3x^2+1)^5');
    const p = chainAt(c, 1);
    expect(p).toEqual({ x: 1, u: 4, y: 4 ** 5, dudx: 6, dydu: 5 * 4 ** 4, product: 30 * 4 ** 4, dydx: 30 * 4 ** 4 });
  });
  it('writes the chain-rule result as 30x(3x² + 1)⁴ (not the deck\'s 30x(3² + 1)⁴)', () => {
    const c = chainFor('(3x^2+1)^5');
    expect(toText(c.chainExpr)).toBe('30x*(3x^2 + 1)^4');
    for (const x of [-1.3, -0.2, 0, 0.7, 2]) expect(evaluateExpr(c.chainExpr, ['x'], [x])).toBeCloseTo(30 * x * (3 * x * x + 1) ** 4, 8);
  });
  it('the product of the slopes equals the direct derivative for each example', () => {
    for (const s of ['sin(x^2)', 'e^(-x^2)', 'ln(1+x^2)', 'sqrt(x^2+1)', 'sigmoid(2x-1)', '2sin(x^2)+1']) {
      const c = chainFor(s);
      for (const x of [-1.7, -0.4, 0.3, 1, 2.2]) {
        const p = chainAt(c, x);
        expect(p.product, `${s} at ${x}`).toBeCloseTo(p.dydx, 10);
      }
    }
    // By hand: d/dx sin(x²) = 2x cos(x²).
    expect(chainAt(chainFor('sin(x^2)'), 1.3).product).toBeCloseTo(2 * 1.3 * Math.cos(1.69), 12);
  });
  it('explains what it cannot split', () => {
    const a = analyseSingle(parse('x sin(x)'));
    expect(a.kind).toBe('none');
    if (a.kind === 'none') expect(a.split.reason).toBe('product');
  });
  it('offers xˣ as e^(x ln x), which splits and has the same values and slopes for x > 0', () => {
    const e = parse('x^x');
    const r = powerRewrite(e, analyseSingle(e));
    expect(r).not.toBeNull();
    const again = parse(toText(r!));
    const c = chainFor(toText(again));
    expect(toText(c.split.outer)).toBe('e^u');
    expect(toText(c.split.inner)).toBe('x*ln(x)');
    for (const x of [0.3, 1, 2.5]) {
      expect(c.y(x)).toBeCloseTo(x ** x, 12);
      // d/dx xˣ = xˣ(ln x + 1), by hand.
      expect(chainAt(c, x).product).toBeCloseTo(x ** x * (Math.log(x) + 1), 10);
    }
    expect(powerRewrite(parse('sin(x)'), analyseSingle(parse('sin(x)')))).toBeNull();
  });
  it('recognises the deck\'s formula however it is typed', () => {
    expect(isDeckExample(parse('(3x² + 1)^5'))).toBe(true);
    expect(isDeckExample(parse('(3 x^2+1)**5'))).toBe(true);
    expect(isDeckExample(parse('(3x^2+2)^5'))).toBe(false);
  });
});
