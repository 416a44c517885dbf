import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FOLD_PREFERENCES } from '$shared/fold-preference';
import { clampScale, DEFAULT_PREFERENCES, sanitizePreferences, stepScale, THEMES, UI_SCALE_STEPS } from './preferences';

describe('preferences', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(sanitizePreferences({ language: 'en', theme: 'projector', uiScale: 1.5 })).toEqual({ ...DEFAULT_PREFERENCES, language: 'en', theme: 'projector', uiScale: 1.5 });
    expect(sanitizePreferences({ language: 'fr', theme: 'neon', uiScale: 'big' })).toEqual(DEFAULT_PREFERENCES);
    expect(sanitizePreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(sanitizePreferences('garbage')).toEqual(DEFAULT_PREFERENCES);
    // Out of range is corruption: reset to the default, never clamped (issue 12: 1e9 opened at 300 %).
    expect(sanitizePreferences({ uiScale: 99 }).uiScale).toBe(1);
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

describe('stored preferences: any out-of-range or wrong-typed value resets that key only (issue 12)', () => {
  it('uiScale 1e9, −5, 0, 3.0001, NaN-ish strings reset to 1; the other keys survive', () => {
    for (const bad of [1e9, -5, 0, 0.49, 3.0001, Infinity, '1.5', true, null, [1.5], { v: 1 }]) {
      expect(sanitizePreferences({ language: 'zh-CN', theme: 'dark', uiScale: bad })).toEqual({ ...DEFAULT_PREFERENCES, language: 'zh-CN', theme: 'dark', uiScale: 1 });
    }
    expect(sanitizePreferences({ uiScale: 0.5 }).uiScale).toBe(0.5);
    expect(sanitizePreferences({ uiScale: 3 }).uiScale).toBe(3);
  });
  it('inherited keys and arrays are not preferences', () => {
    const proto = { theme: 'dark', uiScale: 2 };
    expect(sanitizePreferences(Object.create(proto))).toEqual(DEFAULT_PREFERENCES);
    expect(sanitizePreferences(['en', 'dark', 2])).toEqual(DEFAULT_PREFERENCES);
    expect(sanitizePreferences(JSON.parse('{"__proto__":{"theme":"dark"},"language":"en"}'))).toEqual({ ...DEFAULT_PREFERENCES, language: 'en' });
    expect(sanitizePreferences(Object.create({ sidebarCollapsed: true, panelsCollapsed: true }))).toEqual(DEFAULT_PREFERENCES);
  });
  it('property: the result is always a valid preference, and valid input is kept exactly', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const p = sanitizePreferences(raw);
        return (
          (p.language === null || p.language === 'en' || p.language === 'zh-CN') &&
          THEMES.includes(p.theme) &&
          p.uiScale >= 0.5 &&
          p.uiScale <= 3 &&
          FOLD_PREFERENCES.includes(p.sidebarCollapsed) &&
          FOLD_PREFERENCES.includes(p.panelsCollapsed)
        );
      }),
      { seed: 42, numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'zh-CN' as const, null),
        fc.constantFrom(...THEMES),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.constantFrom(...FOLD_PREFERENCES),
        fc.constantFrom(...FOLD_PREFERENCES),
        (language, theme, uiScale, sidebarCollapsed, panelsCollapsed) => {
          const valid = { language, theme, uiScale, sidebarCollapsed, panelsCollapsed };
          expect(sanitizePreferences(valid)).toEqual(valid);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('folded sidebar and side panels (issue 9)', () => {
  it('default to auto: the window width decides until the user chooses', () => {
    expect(DEFAULT_PREFERENCES.sidebarCollapsed).toBe('auto');
    expect(DEFAULT_PREFERENCES.panelsCollapsed).toBe('auto');
  });
  it('keep the three words, and preferences stored before the folds existed load as auto', () => {
    expect(sanitizePreferences({ sidebarCollapsed: 'folded', panelsCollapsed: 'open' })).toMatchObject({ sidebarCollapsed: 'folded', panelsCollapsed: 'open' });
    expect(sanitizePreferences({ sidebarCollapsed: 'open', panelsCollapsed: 'auto' })).toMatchObject({ sidebarCollapsed: 'open', panelsCollapsed: 'auto' });
    expect(sanitizePreferences({ language: 'zh-CN', theme: 'light', uiScale: 1 })).toEqual({ language: 'zh-CN', theme: 'light', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' });
  });
  it('migrate the old booleans: a fold the user made stays folded, false (the old default) becomes auto', () => {
    expect(sanitizePreferences({ sidebarCollapsed: true, panelsCollapsed: false })).toMatchObject({ sidebarCollapsed: 'folded', panelsCollapsed: 'auto' });
    expect(sanitizePreferences({ sidebarCollapsed: false, panelsCollapsed: true })).toMatchObject({ sidebarCollapsed: 'auto', panelsCollapsed: 'folded' });
  });
  it('a wrong-typed or unknown fold resets that key only; the other keys survive', () => {
    for (const bad of ['true', 'Auto', 'closed', '', 1, 0, null, [true], ['auto'], { v: true }, Number.NaN]) {
      expect(sanitizePreferences({ language: 'en', theme: 'projector', uiScale: 2, sidebarCollapsed: bad, panelsCollapsed: 'folded' })).toEqual({
        language: 'en',
        theme: 'projector',
        uiScale: 2,
        sidebarCollapsed: 'auto',
        panelsCollapsed: 'folded',
      });
      expect(sanitizePreferences({ sidebarCollapsed: 'open', panelsCollapsed: bad })).toEqual({ ...DEFAULT_PREFERENCES, sidebarCollapsed: 'open' });
    }
  });
});
