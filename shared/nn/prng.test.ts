import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32 } from './prng';

describe('mulberry32', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
  });

  it('stays in [0, 1) with mean ½ and variance 1/12 over many draws', () => {
    const r = mulberry32(7);
    const n = 100000;
    let s = 0;
    let s2 = 0;
    let inRange = true;
    for (let i = 0; i < n; i++) {
      const u = r();
      inRange &&= u >= 0 && u < 1;
      s += u;
      s2 += u * u;
    }
    expect(inRange).toBe(true);
    // Standard error of the mean is √(1/12/n) ≈ 0.0009: allow 5σ.
    expect(Math.abs(s / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(s2 / n - (s / n) ** 2 - 1 / 12)).toBeLessThan(0.003);
  });

  it('gaussian has mean 0 and variance 1', () => {
    const r = mulberry32(3);
    const n = 100000;
    let s = 0;
    let s2 = 0;
    let finite = true;
    for (let i = 0; i < n; i++) {
      const g = gaussian(r);
      finite &&= Number.isFinite(g);
      s += g;
      s2 += g * g;
    }
    expect(finite).toBe(true);
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.03);
  });
});
