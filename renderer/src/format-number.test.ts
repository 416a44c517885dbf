import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';

describe('formatNumber', () => {
  it('shows a few significant digits without trailing zeros', () => {
    expect(formatNumber(18)).toBe('18');
    expect(formatNumber(0.000712345)).toBe('0.0007123');
    expect(formatNumber(3.14159265)).toBe('3.142');
    expect(formatNumber(-2.5)).toBe('−2.5');
    expect(formatNumber(1234.5678)).toBe('1235');
  });
  it('switches to exponents for extremes and spells out non-finite values', () => {
    expect(formatNumber(2.5e9)).toBe('2.5e9');
    expect(formatNumber(-3e-7)).toBe('−3e-7');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(0)).toBe('0');
  });
});
