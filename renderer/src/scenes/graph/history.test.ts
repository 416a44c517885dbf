import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRedo, canUndo, createHistory, pushState, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = createHistory(0);
    h = pushState(h, 1);
    h = pushState(h, 2);
    expect(h.present).toBe(2);
    h = undo(h);
    expect(h.present).toBe(1);
    h = undo(h);
    expect(h.present).toBe(0);
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe(1);
    h = redo(h);
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(false);
  });

  it('clears the redo stack on a new edit', () => {
    let h = pushState(pushState(createHistory('a'), 'b'), 'c');
    h = undo(h);
    h = pushState(h, 'd');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });

  it('does nothing at the ends and ignores a no-op edit', () => {
    const h = createHistory(5);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(pushState(h, 5)).toBe(h);
  });

  it('keeps at most `limit` undo steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = pushState(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });

  it('undo then redo returns to the same state for any sequence (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(40), (values, k) => {
        let h = createHistory(-1);
        for (const v of values) h = pushState(h, v);
        const before = h.present;
        const steps = Math.min(k, h.past.length);
        for (let i = 0; i < steps; i++) h = undo(h);
        for (let i = 0; i < steps; i++) h = redo(h);
        expect(h.present).toBe(before);
      }),
    );
  });
});
