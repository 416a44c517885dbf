import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { ALL_OPS } from '$shared/autodiff/ops';
import { opTex } from './op-tex';

describe('opTex', () => {
  it('writes the deck ops as on the board', () => {
    expect(opTex('mul', ['w_{1}', 'x_{1}'])).toBe('w_{1} \\cdot x_{1}');
    expect(opTex('sigmoid', ['u_{3}'])).toBe('\\sigma\\left(u_{3}\\right)');
    expect(opTex('halfSquaredError', ['\\hat{y}', 'y'])).toBe('\\tfrac{1}{2}\\left(\\hat{y} - y\\right)^{2}');
  });
  it('renders in KaTeX for every op of the autodiff core', () => {
    for (const op of ALL_OPS) {
      expect(() => katex.renderToString(opTex(op, ['a', 'b', 'c']), { throwOnError: true }), op).not.toThrow();
    }
  });
});
