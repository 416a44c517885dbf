import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampScale, DEFAULT_PREFERENCES, sanitizePreferences, stepScale, UI_SCALE_STEPS } from './preferences';

describe('preferences', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(sanitizePreferences({ language: 'en', theme: 'projector', uiScale: 1.5 })).toEqual({ language: 'en', theme: 'projector', uiScale: 1.5 });
    expect(sanitizePreferences({ language: 'fr', theme: 'neon', uiScale: 'big' })).toEqual(DEFAULT_PREFERENCES);
    expect(sanitizePreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(sanitizePreferences('garbage')).toEqual(DEFAULT_PREFERENCES);
    expect(sanitizePreferences({ uiScale: 99 }).uiScale).toBe(3);
  });
  it('never produces an invalid value from arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const p = sanitizePreferences(raw);
        return (p.language === null || p.language === 'en' || p.language === 'zh-CN') && p.uiScale >= 0.5 && p.uiScale <= 3;
      }),
    );
  });
  it('steps through the scale ladder and stops at the ends', () => {
    expect(stepScale(1, 1)).toBe(1.1);
    expect(stepScale(1, -1)).toBe(0.9);
    expect(stepScale(1.05, 1)).toBe(1.1);
    expect(stepScale(1.05, -1)).toBe(1);
    expect(stepScale(3, 1)).toBe(3);
    expect(stepScale(0.5, -1)).toBe(0.5);
    let s = 0.5;
    const seen = [s];
    while (s < 3) seen.push((s = stepScale(s, 1)));
    expect(seen).toEqual(UI_SCALE_STEPS);
    expect(clampScale(Number.NaN)).toBe(1);
  });
});
