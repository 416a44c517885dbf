import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import { differentiate } from '$shared/expr/derivative';
import { compile } from '$shared/expr/compile';
import { deckLossChain } from './deck-loss-chain';

const VARS = ['w1', 'w2', 'x1', 'x2', 'y'];
const loss = parseExpr('1/2 (sigmoid(w1 x1 + w2 x2) - y)^2', { variables: VARS });

describe('deckLossChain', () => {
  it("agrees with the symbolic partials of the deck's loss and with central differences", () => {
    if (!loss.ok) throw new Error('parse');
    const d1 = compile(differentiate(loss.value, 'w1'), VARS);
    const d2 = compile(differentiate(loss.value, 'w2'), VARS);
    const L = compile(loss.value, VARS);
    if (!d1.ok || !d2.ok || !L.ok) throw new Error('compile');
    const r = fc.double({ min: -4, max: 4, noNaN: true });
    fc.assert(
      fc.property(r, r, r, r, fc.double({ min: 0, max: 1, noNaN: true }), (w1, w2, x1, x2, y) => {
        const c = deckLossChain(w1, w2, x1, x2, y);
        const args = [w1, w2, x1, x2, y];
        expect(c.dw1).toBeCloseTo(d1.value.evaluate(args), 12);
        expect(c.dw2).toBeCloseTo(d2.value.evaluate(args), 12);
        const h = 1e-5;
        const fd = (L.value.evaluate([w1 + h, w2, x1, x2, y]) - L.value.evaluate([w1 - h, w2, x1, x2, y])) / (2 * h);
        expect(Math.abs(c.dw1 - fd)).toBeLessThan(1e-7);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('reads the factors at the deck-style point w = (0, 0), x = (1, 2), y = 1', () => {
    const c = deckLossChain(0, 0, 1, 2, 1);
    expect(c.yHat).toBe(0.5);
    expect(c.dLdyHat).toBe(-0.5);
    expect(c.dyHatdu3).toBe(0.25);
    expect(c.dw1).toBe(-0.125);
    expect(c.dw2).toBe(-0.25);
  });
});
