/**
 * Keyboard steps for a slider whose value is a base-10 exponent (the learning rate η = 10^v):
 * a browser moves a range input by its `step` (0.01 of a decade, ×1.023 — hundreds of presses
 * across 10⁻⁴…10). Arrows move a tenth of a decade (×1.26: 1, 1.26, 1.58, 2, 2.5, 3.2, 4, 5, 6.3,
 * 7.9), Shift+arrows a hundredth, PageUp/PageDown a whole decade (×10); Home/End stay native.
 * The result is snapped to the step's grid so repeated presses land on the same ladder.
 */
export interface LogSliderKey {
  readonly key: string;
  readonly shiftKey: boolean;
}

/** The new exponent after a key, or null when the key is not a stepping key. */
export function logSliderStep(e: LogSliderKey, value: number, min: number, max: number): number | null {
  let d: number;
  switch (e.key) {
    case 'ArrowUp':
    case 'ArrowRight':
      d = e.shiftKey ? 0.01 : 0.1;
      break;
    case 'ArrowDown':
    case 'ArrowLeft':
      d = e.shiftKey ? -0.01 : -0.1;
      break;
    case 'PageUp':
      d = 1;
      break;
    case 'PageDown':
      d = -1;
      break;
    default:
      return null;
  }
  const grid = Math.abs(d);
  // Snap in the direction of travel: from 0.05 an up-step goes to 0.1, a down-step to 0.
  const snapped = d > 0 ? Math.floor(value / grid + 1e-9) * grid + grid : Math.ceil(value / grid - 1e-9) * grid - grid;
  const v = Math.round(snapped * 1000) / 1000;
  return Math.min(max, Math.max(min, v));
}
