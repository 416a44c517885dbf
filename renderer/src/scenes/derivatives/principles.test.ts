import { describe, expect, it } from 'vitest';
import { DERIVATION_STEPS, DERIVATIONS, expTermTex, logTermTex, monomialTex, powerExpansionTex, powerQuotientTermTex } from './principles';

describe('first-principles derivations as data', () => {
  it('each derivation ends on its limit, stated as the deck does', () => {
    expect(DERIVATION_STEPS.power.at(-1)?.tex).toMatch(/= n x\^\{n-1\}$/);
    expect(DERIVATION_STEPS.exp.at(-1)?.tex).toMatch(/= e\^x$/);
    expect(DERIVATION_STEPS.ln.at(-1)?.tex).toMatch(/= \\frac\{1\}\{x\}$/);
    for (const d of DERIVATIONS) expect(DERIVATION_STEPS[d].length).toBeGreaterThanOrEqual(4);
  });

  it('writes the binomial expansion for a concrete n', () => {
    expect(powerExpansionTex(3)).toBe('(x+h)^{3} = x^{3} + 3 x^{2} h + 3 x h^{2} + h^{3}');
    expect(powerExpansionTex(1)).toBe('(x+h)^{1} = x + h');
    expect(powerQuotientTermTex(3, 1)).toBe('3 x^{2}');
    expect(powerQuotientTermTex(3, 2)).toBe('3 x h');
    expect(powerQuotientTermTex(3, 3)).toBe('h^{2}');
    expect(monomialTex(1, 0, 0)).toBe('1');
  });

  it('writes the series terms', () => {
    expect([0, 1, 2].map(expTermTex)).toEqual(['1', '\\frac{h}{2!}', '\\frac{h^{2}}{3!}']);
    expect([0, 1, 2].map(logTermTex)).toEqual(['1', '-\\frac{u}{2}', '+\\frac{u^{2}}{3}']);
  });
});
