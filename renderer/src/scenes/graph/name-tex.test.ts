import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { nameTex, numTex } from './name-tex';

describe('nameTex', () => {
  it('turns board names into LaTeX', () => {
    expect(nameTex('u₁')).toBe('u_{1}');
    expect(nameTex('ŷ')).toBe('\\hat{y}');
    expect(nameTex('w¹₂,₁')).toBe('w^{1}_{2,1}');
    expect(nameTex('L')).toBe('L');
    expect(nameTex('x₁₂')).toBe('x_{12}');
  });
  it('never produces TeX that KaTeX rejects, whatever the name', () => {
    for (const n of ['a\\b', '{x}', '$', 'a^b_c', '%', '名字', 'σ₁', '', '½', 'x y', '\\href{javascript:1}{x}']) {
      expect(() => katex.renderToString(nameTex(n), { throwOnError: true }), n).not.toThrow();
    }
  });
  it('formats numbers, with parentheses for negative factors', () => {
    expect(numTex(-0.125, true)).toBe('(-0.125)');
    expect(numTex(0.25)).toBe('0.25');
    expect(numTex(Infinity)).toBe('\\infty');
    expect(numTex(1.5e-7)).toBe('1.5000\\times 10^{-7}');
    expect(() => katex.renderToString(numTex(Number.NaN), { throwOnError: true })).not.toThrow();
  });
});
