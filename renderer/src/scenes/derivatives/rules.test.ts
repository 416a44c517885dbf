import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import { ruleTrace } from '$shared/expr/ruleTrace';
import { DEFAULT_RULE_EXAMPLE, RULE_EXAMPLES, ruleFormulaTex, visibleChildren } from './rules';

const trace = (t: string) => {
  const e = parseExpr(t, { variables: ['x'] });
  if (!e.ok) throw new Error(t);
  return ruleTrace(e.value, 'x');
};

describe('rules section data', () => {
  it('every example parses, and each shows the rule it is named after at its root', () => {
    const want: Record<string, string> = { sum: 'sum', difference: 'difference', product: 'product', quotient: 'quotient', mixed: 'quotient' };
    for (const ex of RULE_EXAMPLES) expect(trace(ex.text).rule, ex.text).toBe(want[ex.id]);
    expect(DEFAULT_RULE_EXAMPLE.id).toBe('quotient');
  });

  it('states each rule, with the named function for the chain rule', () => {
    expect(ruleFormulaTex({ rule: 'quotient', chain: false })).toContain("f'g - fg'");
    expect(ruleFormulaTex({ rule: 'function', fn: 'sin', chain: true })).toBe("\\left(\\sin\\left(g\\right)\\right)' = \\cos\\left(g\\right) \\cdot g'");
    expect(ruleFormulaTex({ rule: 'function', fn: 'ln', chain: false })).toBe("\\left(\\ln\\left(x\\right)\\right)' = \\frac{1}{x}");
    expect(ruleFormulaTex({ rule: 'power', chain: false })).toBe("(x^{c})' = c x^{c-1}");
    expect(ruleFormulaTex({ rule: 'function', fn: 'log', chain: false })).toContain('\\log_{b}');
  });

  it('hides x′ = 1 and c′ = 0 leaves', () => {
    const t = trace('(x^2 + 1)/(x - 3)');
    expect(visibleChildren(t).map((c) => c.rule)).toEqual(['sum', 'difference']);
    expect(visibleChildren(visibleChildren(t)[1]!)).toEqual([]);
  });
});
