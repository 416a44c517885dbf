import { describe, expect, it } from 'vitest';
import { add, call, exprEquals, exprSize, freeVariables, mul, num, variable } from './ast';

describe('ast helpers', () => {
  const e = add(mul(variable('x'), variable('y')), call('sin', variable('x')));
  it('lists free variables in first-appearance order', () => {
    expect(freeVariables(e)).toEqual(['x', 'y']);
  });
  it('compares structurally', () => {
    expect(exprEquals(e, add(mul(variable('x'), variable('y')), call('sin', variable('x'))))).toBe(true);
    expect(exprEquals(e, add(mul(variable('x'), variable('x')), call('sin', variable('x'))))).toBe(false);
    expect(exprEquals(num(0), num(-0))).toBe(false);
  });
  it('counts nodes', () => {
    expect(exprSize(e)).toBe(6);
  });
});
