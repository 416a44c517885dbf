import { describe, expect, it } from 'vitest';
import { createSurfaceDemand } from './surface-demand';

describe('surface demand', () => {
  it('holds starts until wanted, then runs each once', () => {
    const d = createSurfaceDemand();
    const calls: string[] = [];
    d.whenWanted(() => calls.push('a'));
    d.whenWanted(() => calls.push('b'));
    expect(calls).toEqual([]);
    d.want();
    d.want();
    expect(calls).toEqual(['a', 'b']);
    expect(d.wanted).toBe(true);
  });

  it('starts at once when already wanted', () => {
    const d = createSurfaceDemand();
    d.want();
    let started = false;
    d.whenWanted(() => (started = true));
    expect(started).toBe(true);
  });
});
