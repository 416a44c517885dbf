import { describe, expect, it } from 'vitest';
import { cursorStep, moveCursor, readingsAt } from './plot-cursor';

describe('cursor keys', () => {
  it('steps by a nice fiftieth of the view, a nice tenth with Shift', () => {
    expect(cursorStep(-5, 5, false)).toBe(0.2);
    expect(cursorStep(-5, 5, true)).toBe(1);
    expect(cursorStep(0, 0.01, false)).toBe(0.0002);
  });
  it('starts in the middle, snaps to the step grid, stays inside the view', () => {
    expect(moveCursor(null, 1, 0.2, -5, 5)).toBe(0);
    expect(moveCursor(0, 1, 0.2, -5, 5)).toBe(0.2);
    expect(moveCursor(0.2, 1, 0.2, -5, 5)).toBe(0.4);
    expect(moveCursor(0.4, 1, 0.2, -5, 5)).toBe(0.6); // 0.4 + 0.2 = 0.6000000000000001 in floats
    expect(moveCursor(0.37, 1, 0.2, -5, 5)).toBe(0.4);
    expect(moveCursor(0.37, -1, 0.2, -5, 5)).toBe(0.2);
    expect(moveCursor(4.9, 1, 1, -5, 5)).toBe(5);
    expect(moveCursor(-5, -1, 1, -5, 5)).toBe(-5);
  });
});

describe('readingsAt', () => {
  it('reads every curve with readout on, by name, label or id', () => {
    const r = readingsAt(
      [
        { id: 'f', kind: 'curve', f: (x) => x * x, name: 'f(x)' },
        { id: 'g', kind: 'curve', f: (x) => 1 / x, label: 'g' },
        { id: 'h', kind: 'curve', f: () => 1, readout: false },
        { id: 'k', kind: 'curve', f: () => 2 },
        { id: 'line', kind: 'hline', y: 1 },
      ],
      0,
    );
    expect(r).toEqual([
      { id: 'f', name: 'f(x)', value: 0 },
      { id: 'g', name: 'g', value: Number.POSITIVE_INFINITY },
      { id: 'k', name: 'k', value: 2 },
    ]);
  });
  it('reads a throwing curve as undefined', () => {
    const r = readingsAt([{ id: 'f', kind: 'curve', f: () => { throw new Error('x'); } }], 1);
    expect(r[0]?.value).toBeNaN();
  });
});
