import { describe, expect, it } from 'vitest';
import { roomAboveFold } from './fold-room';

describe('roomAboveFold', () => {
  it('is what is left between the part’s top and the box’s padding, less what the figure keeps below', () => {
    // A 402-px panel with 14-px padding; the plot starts 250 px down; 12 px of padding and border below.
    expect(roomAboveFold({ boxHeight: 402, boxPaddingBottom: 14, top: 250, below: 12 })).toBe(126);
  });

  it('rounds down, so the figure never pokes a fraction of a pixel past the fold', () => {
    expect(roomAboveFold({ boxHeight: 400.6, boxPaddingBottom: 0, top: 100, below: 0 })).toBe(300);
  });

  it('is zero, never negative, when the part starts below the fold', () => {
    expect(roomAboveFold({ boxHeight: 300, boxPaddingBottom: 14, top: 320, below: 10 })).toBe(0);
  });

  it('is null for a box that is not laid out or a measurement that is not a number', () => {
    expect(roomAboveFold({ boxHeight: 0, boxPaddingBottom: 0, top: 0, below: 0 })).toBeNull();
    expect(roomAboveFold({ boxHeight: 400, boxPaddingBottom: Number.NaN, top: 10, below: 0 })).toBeNull();
    expect(roomAboveFold({ boxHeight: Number.POSITIVE_INFINITY, boxPaddingBottom: 0, top: 10, below: 0 })).toBeNull();
  });
});
