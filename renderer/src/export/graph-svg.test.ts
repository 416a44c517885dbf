import { describe, expect, it } from 'vitest';
import { transformPath } from './graph-svg';

describe('transformPath', () => {
  const m = { a: 2, b: 0, c: 0, d: 2, e: 10, f: -5 };
  it('maps every coordinate pair of an absolute bezier (x ↦ 2x + 10, y ↦ 2y − 5)', () => {
    expect(transformPath('M0,0 C10,0 10,20 20,20', m)).toBe('M 10,-5 C 30,-5 30,35 50,35');
  });
  it('reads space-separated numbers, decimals and exponents', () => {
    expect(transformPath('M1.5 2 L3e1 -4', m)).toBe('M 13,-1 L 70,-13');
  });
  it('refuses relative or arc commands (the caller samples the path instead)', () => {
    expect(transformPath('M0,0 c1,1 2,2 3,3', m)).toBeNull();
    expect(transformPath('M0,0 A5,5 0 0 1 10,10', m)).toBeNull();
    expect(transformPath('M0,0 L1', m)).toBeNull();
  });
});
