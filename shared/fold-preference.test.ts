import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLD_PREFERENCE, FOLD_PREFERENCES, readFoldPreference } from './fold-preference';

describe('readFoldPreference', () => {
  it('keeps the three words', () => {
    expect(readFoldPreference('auto')).toBe('auto');
    expect(readFoldPreference('open')).toBe('open');
    expect(readFoldPreference('folded')).toBe('folded');
  });

  it('migrates the old booleans: a fold the user made stays folded, the old default follows the window', () => {
    expect(readFoldPreference(true)).toBe('folded');
    expect(readFoldPreference(false)).toBe('auto');
  });

  it('refuses anything else, so the caller resets that key', () => {
    for (const bad of ['true', 'Auto', 'closed', '', 1, 0, null, undefined, {}, [], ['auto'], Number.NaN]) expect(readFoldPreference(bad)).toBeNull();
  });

  it('returns one of the three words or null for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = readFoldPreference(v);
        return r === null || FOLD_PREFERENCES.includes(r);
      }),
      { seed: 42 },
    );
  });

  it('defaults to auto', () => {
    expect(DEFAULT_FOLD_PREFERENCE).toBe('auto');
  });
});
