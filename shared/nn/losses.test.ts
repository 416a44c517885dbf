import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  meanBinaryCrossEntropy,
  meanBinaryCrossEntropyWithLogits,
  meanSquaredError,
} from './losses';

describe('losses', () => {
  it('MSE by hand', () => {
    expect(meanSquaredError([1, 2, 3], [1, 0, 6])).toBeCloseTo((0 + 4 + 9) / 3, 15);
  });

  it('BCE from probabilities by hand, including the exact-label edge cases', () => {
    expect(binaryCrossEntropy(0.25, 1)).toBeCloseTo(Math.log(4), 15);
    expect(binaryCrossEntropy(0.25, 0)).toBeCloseTo(-Math.log(0.75), 15);
    expect(binaryCrossEntropy(0, 0)).toBe(0);
    expect(binaryCrossEntropy(1, 1)).toBe(0);
    expect(binaryCrossEntropy(0, 1)).toBe(Infinity);
    expect(meanBinaryCrossEntropy([0.5, 0.5], [0, 1])).toBeCloseTo(Math.log(2), 15);
  });

  it('BCE from logits equals BCE of σ(z) and stays finite and exact for huge logits', () => {
    for (const z of [-8, -1, 0, 0.3, 5]) {
      for (const y of [0, 1, 0.25]) {
        expect(binaryCrossEntropyWithLogits(z, y)).toBeCloseTo(binaryCrossEntropy(1 / (1 + Math.exp(-z)), y), 12);
      }
    }
    // −ln σ(1000) ≈ e^−1000 = 0; −ln(1 − σ(1000)) = 1000 + ln(1 + e^−1000) = 1000.
    expect(binaryCrossEntropyWithLogits(1000, 1)).toBe(0);
    expect(binaryCrossEntropyWithLogits(1000, 0)).toBe(1000);
    expect(binaryCrossEntropyWithLogits(-1000, 1)).toBe(1000);
    expect(meanBinaryCrossEntropyWithLogits([0, 0], [0, 1])).toBeCloseTo(Math.log(2), 15);
  });
});
