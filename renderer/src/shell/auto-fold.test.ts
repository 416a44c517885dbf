import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoFolds, isFolded, SIDEBAR_AUTO_FOLD_BELOW_REM, toggledFold } from './auto-fold';
import { FOLD_PREFERENCES } from '$shared/fold-preference';
import { remPx, THEMES } from './preferences';

describe('autoFolds: the chapter list folds on a narrow window', () => {
  const sidebar = (width: number, height: number, theme: 'light' | 'dark' | 'projector', scale = 1): boolean => autoFolds('sidebar', { width, height }, theme, scale);

  it('folds at the projector sizes of issue 9 and keeps it on wide screens', () => {
    // 16-px text: 1024 = 64 rem, 1280 = 80 rem, 1366 ≈ 85 rem fold; 1440 = 90 rem, 1920 = 120 rem keep it.
    expect(sidebar(1024, 768, 'light')).toBe(true);
    expect(sidebar(1280, 720, 'light')).toBe(true);
    expect(sidebar(1366, 768, 'dark')).toBe(true);
    expect(sidebar(1440, 900, 'light')).toBe(false);
    expect(sidebar(1920, 1080, 'light')).toBe(false);
    // 20-px text: 1024 = 51.2 rem, 1280 = 64, 1440 = 72 fold; 1920 = 96 rem keeps it.
    expect(sidebar(1024, 768, 'projector')).toBe(true);
    expect(sidebar(1280, 720, 'projector')).toBe(true);
    expect(sidebar(1440, 900, 'projector')).toBe(true);
    expect(sidebar(1920, 1080, 'projector')).toBe(false);
  });

  it('counts the UI scale: 1920 px at 150 % is 80 rem of 16 px', () => {
    expect(sidebar(1920, 1080, 'light', 1.5)).toBe(true);
    expect(sidebar(1280, 720, 'light', 0.8)).toBe(false); // 1280 / 12.8 = 100 rem
  });

  it('switches exactly at 88 rem, whatever the height', () => {
    expect(sidebar(88 * 16, 300, 'light')).toBe(false);
    expect(sidebar(88 * 16 - 1, 3000, 'light')).toBe(true);
    expect(sidebar(88 * 20, 768, 'projector')).toBe(false);
    expect(sidebar(88 * 20 - 1, 768, 'projector')).toBe(true);
  });

  it('property: folding is monotone in the width (a wider window never folds where a narrower one keeps it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 0, max: 2000 }), fc.constantFrom(...THEMES), fc.constantFrom(0.5, 0.8, 1, 1.25, 2, 3), (w, extra, theme, s) => {
        const narrow = autoFolds('sidebar', { width: w, height: 800 }, theme, s);
        const wide = autoFolds('sidebar', { width: w + extra, height: 800 }, theme, s);
        return !wide || narrow;
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it('agrees with the rem arithmetic for any size (independent restatement)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.constantFrom(...THEMES), fc.constantFrom(0.5, 1, 1.5, 3), (w, theme, s) => {
        const base = theme === 'projector' ? 20 : 16;
        return autoFolds('sidebar', { width: w, height: 700 }, theme, s) === w < SIDEBAR_AUTO_FOLD_BELOW_REM * base * s;
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it('never folds for a window not measured yet (width 0) and keeps the panels open', () => {
    expect(sidebar(0, 0, 'light')).toBe(false);
    expect(sidebar(Number.NaN, 600, 'light')).toBe(false);
    for (const w of [320, 800, 1024, 1920]) for (const theme of THEMES) expect(autoFolds('panels', { width: w, height: 600 }, theme, 1)).toBe(false);
  });

  it('remPx follows App.svelte: 16 px, 20 px for the projector, times the scale', () => {
    expect(remPx('light', 1)).toBe(16);
    expect(remPx('dark', 1.25)).toBe(20);
    expect(remPx('projector', 1.5)).toBe(30);
  });
});

describe('isFolded and toggledFold', () => {
  it('an explicit choice wins over the window; auto follows it', () => {
    expect(isFolded('auto', true)).toBe(true);
    expect(isFolded('auto', false)).toBe(false);
    expect(isFolded('open', true)).toBe(false);
    expect(isFolded('folded', false)).toBe(true);
  });

  it('unfolding on a projector is remembered as open; folding it there again hands back to auto', () => {
    expect(toggledFold('auto', true)).toBe('open');
    expect(toggledFold('open', true)).toBe('auto');
    // On a wide screen: a fold is remembered, an unfold returns to auto.
    expect(toggledFold('auto', false)).toBe('folded');
    expect(toggledFold('folded', false)).toBe('auto');
    // An explicit choice equal to what auto shows flips to the other explicit one.
    expect(toggledFold('folded', true)).toBe('open');
    expect(toggledFold('open', false)).toBe('folded');
  });

  it('property: a press always flips what is on screen, and never stores a choice equal to auto', () => {
    for (const pref of FOLD_PREFERENCES) {
      for (const auto of [true, false]) {
        const next = toggledFold(pref, auto);
        expect(isFolded(next, auto)).toBe(!isFolded(pref, auto));
        if (next !== 'auto') expect(next === 'folded').not.toBe(auto);
      }
    }
  });
});
