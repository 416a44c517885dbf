import { describe, expect, it } from 'vitest';
import { exponentOfStep, formatStep, powerOfTen, stepFromExponent } from './step-scale';

describe('step scale', () => {
  it('integer exponents are the exact decimal doubles', () => {
    expect(stepFromExponent(-1)).toBe(0.1);
    expect(stepFromExponent(-8)).toBe(1e-8);
    expect(stepFromExponent(-16, -1)).toBe(-1e-16);
    expect(stepFromExponent(0)).toBe(1);
    // Out of range exponents are clamped to the slider.
    expect(stepFromExponent(-20)).toBe(1e-16);
    expect(stepFromExponent(-2.5)).toBeCloseTo(Math.sqrt(10) / 1000, 15);
  });

  it('exponentOfStep inverts stepFromExponent', () => {
    for (const e of [-15.5, -8, -3.25, -0.5]) expect(exponentOfStep(stepFromExponent(e, -1))).toBeCloseTo(e, 12);
    expect(exponentOfStep(0)).toBe(-16);
  });

  it('formats steps as powers of ten where exact', () => {
    expect(powerOfTen(-16)).toBe('10⁻¹⁶');
    expect(formatStep(1e-8)).toBe('10⁻⁸');
    expect(formatStep(-0.1)).toBe('−10⁻¹');
    expect(formatStep(0.5)).toBe('0.5');
    expect(formatStep(3.16227766e-5)).toBe('3.16 × 10⁻⁵');
  });
});
