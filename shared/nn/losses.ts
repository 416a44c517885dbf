/**
 * Dataset-level losses over arrays of predictions and targets (the per-point math lives in
 * shared/autodiff/lossMath.ts and is re-exported here).
 */
import { binaryCrossEntropy, binaryCrossEntropyWithLogits } from '../autodiff/lossMath';

export {
  binaryCrossEntropy, binaryCrossEntropyPartials, binaryCrossEntropyWithLogits, binaryCrossEntropyWithLogitsPartials,
  halfSquaredError,
} from '../autodiff/lossMath';

const mean = (n: number, term: (i: number) => number): number => {
  let s = 0;
  for (let i = 0; i < n; i++) s += term(i);
  return s / n;
};

/** Mean squared error (1/n)·Σ(ŷᵢ − yᵢ)² over min(length) points; NaN if empty. */
export function meanSquaredError(predictions: ArrayLike<number>, targets: ArrayLike<number>): number {
  return mean(Math.min(predictions.length, targets.length), (i) => ((predictions[i] ?? 0) - (targets[i] ?? 0)) ** 2);
}

/** Mean binary cross-entropy from probabilities (see `binaryCrossEntropy` for edge cases). */
export function meanBinaryCrossEntropy(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  return mean(Math.min(probabilities.length, labels.length), (i) => binaryCrossEntropy(probabilities[i] ?? 0, labels[i] ?? 0));
}

/** Mean binary cross-entropy from logits: stable for any finite logits. */
export function meanBinaryCrossEntropyWithLogits(logits: ArrayLike<number>, labels: ArrayLike<number>): number {
  return mean(Math.min(logits.length, labels.length), (i) => binaryCrossEntropyWithLogits(logits[i] ?? 0, labels[i] ?? 0));
}
