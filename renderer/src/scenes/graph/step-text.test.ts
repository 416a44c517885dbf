import { describe, expect, it } from 'vitest';
import { elide, forwardExpression, MAX_SHOWN_ARGS, opText } from './step-text';
import { formatGraphNumber } from './graph-format';

describe('the forward step caption', () => {
  it('shows the operation on the names, then on the values (not the bare operator)', () => {
    expect(forwardExpression('add', ['u₁', 'u₂'], [0.3, 0.5], formatGraphNumber)).toBe('u₁ + u₂ = 0.3 + 0.5');
    expect(forwardExpression('mul', ['w₁', 'x₁'], [-1.5, 2], formatGraphNumber)).toBe('w₁·x₁ = (−1.5)·2');
    expect(forwardExpression('sigmoid', ['u₃'], [0], formatGraphNumber)).toBe('σ(u₃) = σ(0)');
    expect(forwardExpression('halfSquaredError', ['ŷ', 'y'], [0.5, 1], formatGraphNumber)).toBe('½(ŷ − y)² = ½(0.5 − 1)²');
    expect(forwardExpression('sub', ['a', 'b'], [1, -2], formatGraphNumber)).toBe('a − b = 1 − (−2)');
  });

  it('elides a long sum around its first and last terms', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const shown = elide(names, '…');
    expect(shown).toHaveLength(MAX_SHOWN_ARGS);
    expect(shown).toEqual(['c0', 'c1', 'c2', 'c3', '…', 'c999']);
    expect(opText('sum', names)).toBe('c0 + c1 + c2 + c3 + … + c999');
    expect(opText('sum', ['a', 'b', 'c'])).toBe('a + b + c');
    expect(elide([1, 2, 3, 4, 5, 6], 0)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('never prints an operator without its operands', () => {
    for (const op of ['add', 'sub', 'mul', 'div', 'pow', 'neg', 'square', 'sum', 'sigmoid', 'relu', 'halfSquaredError', 'bce', 'tanh']) {
      const s = forwardExpression(op, ['a', 'b'], [1, 2], formatGraphNumber);
      expect(s).not.toMatch(/^\s*[+−·÷]\s*=|=\s*[+−·÷]\s*$/);
      expect(s).toContain('a');
    }
  });
});
