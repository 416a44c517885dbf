/**
 * The vertical field of view that keeps the whole world box in view at any window shape: a tall
 * or narrow viewport (the explorer's side panel open, a portrait projector) gets a wider vertical
 * angle so the horizontal one never drops below HORIZONTAL_FOV.
 */
export const HORIZONTAL_FOV = 62;
// Wide, short viewports (lecture mode, a projector at 16:9 with the panel beside) need this much
// vertical angle for the world box's near corner and the x-axis labels to stay in the frame.
const MIN_VERTICAL = 43;
const MAX_VERTICAL = 75;

export function verticalFov(aspect: number): number {
  if (!(aspect > 0) || !Number.isFinite(aspect)) return MIN_VERTICAL;
  const h = (HORIZONTAL_FOV * Math.PI) / 180;
  const v = (2 * Math.atan(Math.tan(h / 2) / aspect) * 180) / Math.PI;
  return Math.min(MAX_VERTICAL, Math.max(MIN_VERTICAL, v));
}
