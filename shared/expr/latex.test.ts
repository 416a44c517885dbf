import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// Tests only (never in shared/ source): proves every toLatex output is valid KaTeX.
// eslint-disable-next-line no-restricted-imports
import katex from 'katex';
import type { Expr } from './ast';
import { add, call, div, konst, mul, neg, num, pow, sub, variable } from './ast';
import { toLatex, variableLatex } from './latex';
import { exprArb } from './test-arbitrary';

const x = variable('x');
const y = variable('y');

describe('toLatex', () => {
  const cases: [Expr, string][] = [
    [div(x, y), '\\frac{x}{y}'],
    [mul(num(3), pow(x, num(2))), '3 x^{2}'],
    [mul(num(2), num(3)), '2 \\cdot 3'],
    [mul(x, num(2)), 'x \\cdot 2'],
    [mul(num(2), div(num(1), num(3))), '2 \\cdot \\frac{1}{3}'],
    [call('sin', x), '\\sin\\left(x\\right)'],
    [pow(call('sin', x), num(2)), '\\sin^{2}\\left(x\\right)'],
    [pow(call('sqrt', x), num(2)), '\\left(\\sqrt{x}\\right)^{2}'],
    [pow(konst('e'), x), 'e^{x}'],
    [call('exp', neg(x)), 'e^{-x}'],
    [call('sqrt', add(x, num(1))), '\\sqrt{x + 1}'],
    [call('sigmoid', x), '\\sigma\\left(x\\right)'],
    [pow(x, neg(num(1))), 'x^{-1}'],
    [mul(num(30), mul(x, pow(add(mul(num(3), pow(x, num(2))), num(1)), num(4)))), '30 x \\left(3 x^{2} + 1\\right)^{4}'],
    [sub(x, sub(y, num(1))), 'x - \\left(y - 1\\right)'],
    [neg(add(x, y)), '-\\left(x + y\\right)'],
    [mul(konst('pi'), x), '\\pi x'],
    [num(1.5e-7), '1.5 \\times 10^{-7}'],
    [call('log', x, num(2)), '\\log_{2}\\left(x\\right)'],
  ];
  it.each(cases)('%j -> %s', (e, tex) => {
    expect(toLatex(e)).toBe(tex);
  });

  it('writes variable names with subscripts, Greek letters and hats', () => {
    expect(variableLatex('w1')).toBe('w_{1}');
    expect(variableLatex('x_2')).toBe('x_{2}');
    expect(variableLatex('θ')).toBe('\\theta');
    expect(variableLatex('ŷ')).toBe('\\hat{y}');
    expect(variableLatex('loss')).toBe('\\mathit{loss}');
  });

  it('always renders with KaTeX (property)', () => {
    fc.assert(
      fc.property(exprArb(['x', 'y', 'w1', 'θ', 'ŷ', 'x_1', 'loss', 'α2']), (e) => {
        const tex = toLatex(e);
        expect(() => katex.renderToString(tex, { throwOnError: true, strict: 'ignore' }), tex).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
