/**
 * The window of parameter space to sample: it contains the current value and the whole training
 * path, with a margin so the walker's start and end are not on the border.
 */
export function surfaceRange(values: readonly number[], minHalfWidth = 1.5): readonly [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [-minHalfWidth, minHalfWidth];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const mid = (lo + hi) / 2;
  const half = Math.max(minHalfWidth, 0.75 * (hi - lo));
  return [mid - half, mid + half];
}
