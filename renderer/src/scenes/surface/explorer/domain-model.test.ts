import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clamp, isResolution, parseNumber, sliderStep, validateDomain, validateDomainDraft } from './domain-model';

describe('parseNumber', () => {
  it('accepts what people type', () => {
    for (const [s, v] of [['1.5', 1.5], [' -2 ', -2], ['−3', -3], ['1e-3', 0.001], ['.5', 0.5], ['+4', 4], ['7.', 7]] as const) {
      const r = parseNumber(s);
      expect(r.ok && r.value).toBe(v);
    }
  });
  it('refuses non-numbers with a message in both languages', () => {
    for (const s of ['', '  ', 'abc', '1,5', 'NaN', 'Infinity', '0x10', '1e999', '2-3']) {
      const r = parseNumber(s);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.en.length).toBeGreaterThan(0);
        expect(r.error['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
  it('round-trips every finite double written by JavaScript (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
      const r = parseNumber(String(v));
      // String(-0) is "0", so compare with === (which equates ±0).
      return r.ok && r.value === v;
    }));
  });
});

describe('validateDomain', () => {
  const good = { xMin: -3, xMax: 3, yMin: -1, yMax: 2 };
  it('accepts an ordinary domain and a huge one', () => {
    expect(validateDomain(good)).toEqual({ ok: true, value: good });
    expect(validateDomain({ xMin: -1e6, xMax: 1e6, yMin: 0, yMax: 1e6 }).ok).toBe(true);
  });
  it('refuses empty, reversed, non-finite, absurd and too narrow ranges', () => {
    const cases: [Partial<typeof good>, RegExp][] = [
      [{ xMin: 1, xMax: 1 }, /empty/],
      [{ yMin: 2, yMax: -2 }, /smaller/],
      [{ xMax: Number.NaN }, /finite/],
      [{ yMin: -Infinity }, /finite/],
      [{ xMax: 1e7 }, /1,000,000/],
      [{ xMin: 1000, xMax: 1000.0001 }, /narrow/],
    ];
    for (const [patch, msg] of cases) {
      const r = validateDomain({ ...good, ...patch });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.en).toMatch(msg);
        expect(r.error['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
  it('names the box with bad text', () => {
    const r = validateDomainDraft({ xMin: '-1', xMax: '1', yMin: 'oops', yMax: '2' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).toMatch(/^y minimum/);
      expect(r.error['zh-CN']).toMatch(/^y 最小值/);
    }
    expect(validateDomainDraft({ xMin: '−2', xMax: '2', yMin: '0', yMax: '1e2' })).toEqual({ ok: true, value: { xMin: -2, xMax: 2, yMin: 0, yMax: 100 } });
  });
});

describe('helpers', () => {
  it('clamps, knows the resolutions and picks nice slider steps', () => {
    expect(clamp(5, -1, 2)).toBe(2);
    expect(clamp(-5, -1, 2)).toBe(-1);
    expect(clamp(0.5, -1, 2)).toBe(0.5);
    expect(isResolution(128)).toBe(true);
    expect(isResolution(100)).toBe(false);
    expect(sliderStep(-3, 3)).toBe(0.01); // 6/400 = 0.015, rounded down to 1 × 10^-2
    expect(sliderStep(0, 4e6)).toBe(1e4); // 1e4 exactly
    expect(sliderStep(0, 0)).toBe(0.01);
  });
});
