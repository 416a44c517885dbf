import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { add, mul, variable } from './ast';
import { parseExpr } from './parse';
import { toLatex } from './latex';
import { measureTree, printable, typesetDepth, typesetLatex, TYPESET_MAX_DEPTH } from './budget';

const p = (t: string): Expr => {
  const r = parseExpr(t, { variables: ['x', 'y'] });
  if (!r.ok) throw new Error(t);
  return r.value;
};

describe('expression budgets', () => {
  it('measures a shared DAG as the tree it prints as, without expanding it', () => {
    // s_{k+1} = s_k + s_k: 60 levels stand for 2^61 − 1 tree nodes.
    let s: Expr = variable('x');
    for (let k = 0; k < 60; k++) s = add(s, s);
    const m = measureTree(s);
    expect(m.size).toBe(2 ** 61 - 1 > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : 2 ** 61 - 1);
    expect(m.depth).toBe(61);
    expect(printable(s)).toBe(false);
  });

  it('measures a 100,000-deep chain without overflowing the stack', () => {
    let e: Expr = variable('x');
    for (let k = 0; k < 100_000; k++) e = mul(e, variable('y'));
    expect(measureTree(e)).toEqual({ size: 200_001, depth: 100_001 });
  });

  it('typeset depth counts nested exponents and fractions, not flat sums', () => {
    expect(typesetDepth(p('x^2 + y^2'))).toBe(1);
    expect(typesetDepth(p(Array(60).fill('x*y').join('+')))).toBe(0);
    expect(typesetDepth(p(Array(240).fill('x').join('^')))).toBe(239);
    expect(typesetDepth(p('1/(1+1/(1+1/x))'))).toBe(3);
  });

  it('typesets ordinary formulas and refuses unreadable ones', () => {
    expect(typesetLatex(p('sin(x) cos(y)'), toLatex)).toBe(toLatex(p('sin(x) cos(y)')));
    expect(typesetLatex(p(Array(TYPESET_MAX_DEPTH + 2).fill('x').join('^')), toLatex)).toBeNull();
    expect(typesetLatex(p(Array(70).fill('sin(x)').join('*')), toLatex)).toBeNull();
  });
});
