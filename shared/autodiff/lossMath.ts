/**
 * Scalar loss functions with their partial derivatives, shared by the graph ops, the compiled
 * tape and shared/nn. Written for numerical stability (see each function).
 */
import { sigmoid, softplus } from '../expr/functions';

/** ½(ŷ − y)², the deck's loss. ∂/∂ŷ = ŷ − y, ∂/∂y = y − ŷ. */
export function halfSquaredError(prediction: number, target: number): number {
  const d = prediction - target;
  return 0.5 * d * d;
}

/**
 * Binary cross-entropy from a probability p ∈ [0, 1] and a label y ∈ [0, 1]:
 * −(y ln p + (1 − y) ln(1 − p)). Uses log1p for ln(1 − p) so that p near 0 keeps precision.
 * Not clamped: p = 0 with y > 0 (or p = 1 with y < 1) gives +Infinity, which the graph sweeps
 * report as a non-finite value. A term whose weight is exactly 0 contributes 0 (no 0·∞ = NaN).
 * Prefer `binaryCrossEntropyWithLogits` when p comes from a sigmoid.
 */
export function binaryCrossEntropy(p: number, y: number): number {
  const a = y === 0 ? 0 : y * Math.log(p);
  const b = y === 1 ? 0 : (1 - y) * Math.log1p(-p);
  // 0 − (a + b) rather than −(a + b): a perfect prediction gives +0, not −0.
  return 0 - (a + b);
}

/** [∂/∂p, ∂/∂y] of `binaryCrossEntropy`: (p − y)/(p(1 − p)) and ln(1 − p) − ln p. */
export function binaryCrossEntropyPartials(p: number, y: number): [number, number] {
  return [(p - y) / (p * (1 - p)), Math.log1p(-p) - Math.log(p)];
}

/**
 * Binary cross-entropy of sigmoid(z) against y, computed from the logit z as softplus(z) − y·z
 * (an exact identity). Stable for any finite z: never forms σ(z) = 0 or 1 and takes a log of it.
 */
export function binaryCrossEntropyWithLogits(z: number, y: number): number {
  return softplus(z) - y * z;
}

/** [∂/∂z, ∂/∂y] of `binaryCrossEntropyWithLogits`: σ(z) − y and −z. */
export function binaryCrossEntropyWithLogitsPartials(z: number, y: number): [number, number] {
  return [sigmoid(z) - y, -z];
}
