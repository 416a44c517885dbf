import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSliderStep } from './slider-keys';

const k = (key: string, shiftKey = false) => ({ key, shiftKey });

describe('logSliderStep', () => {
  it('moves a tenth of a decade with arrows, a hundredth with Shift, a decade with PageUp/PageDown', () => {
    expect(logSliderStep(k('ArrowUp'), -1, -4, 1)).toBeCloseTo(-0.9, 12);
    expect(logSliderStep(k('ArrowLeft'), -1, -4, 1)).toBeCloseTo(-1.1, 12);
    expect(logSliderStep(k('ArrowRight', true), -1, -4, 1)).toBeCloseTo(-0.99, 12);
    expect(logSliderStep(k('PageUp'), -2.5, -4, 1)).toBe(-2);
    expect(logSliderStep(k('PageDown'), -2, -4, 1)).toBe(-3);
    expect(logSliderStep(k('Home'), -2, -4, 1)).toBeNull();
    expect(logSliderStep(k('a'), -2, -4, 1)).toBeNull();
  });
  it('the learning rate climbs the 1–1.26–1.58–2–2.5–… ladder (10^(k/10))', () => {
    let v = -1;
    const lrs: number[] = [];
    for (let i = 0; i < 10; i++) {
      v = logSliderStep(k('ArrowUp'), v, -4, 1)!;
      lrs.push(10 ** v);
    }
    const expected = [0.1259, 0.1585, 0.1995, 0.2512, 0.3162, 0.3981, 0.5012, 0.631, 0.7943, 1];
    lrs.forEach((lr, i) => expect(lr).toBeCloseTo(expected[i]!, 3));
  });
  it('stays in range, always moves in the key direction, and lands on the grid', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 1, noNaN: true }), fc.constantFrom('ArrowUp', 'ArrowDown', 'PageUp', 'PageDown'), fc.boolean(), (v, key, shift) => {
        const r = logSliderStep(k(key, shift), v, -4, 1)!;
        expect(r).toBeGreaterThanOrEqual(-4);
        expect(r).toBeLessThanOrEqual(1);
        const up = key === 'ArrowUp' || key === 'PageUp';
        if (up && v < 1) expect(r).toBeGreaterThan(v);
        if (!up && v > -4) expect(r).toBeLessThan(v);
        const grid = key.startsWith('Page') ? 1 : shift ? 0.01 : 0.1;
        if (r > -4 && r < 1) expect(Math.abs(r / grid - Math.round(r / grid))).toBeLessThan(1e-6);
      }),
      { seed: 42 },
    );
  });
});
