/**
 * Walker colours for the legend, the loss chart and the trails: the 3D overlays' Okabe–Ito list
 * (colour-blind safe, chosen to avoid the x/y slice colours) without its black and yellow, which
 * vanish on the dark and the light panels respectively.
 */
import { WALKER_COLORS as OVERLAY_WALKER_COLORS } from './three/colors';

const UNREADABLE_ON_PANELS = new Set(['#000000', '#f0e442']);

export const WALKER_COLORS: readonly string[] = OVERLAY_WALKER_COLORS.filter((c) => !UNREADABLE_ON_PANELS.has(c.toLowerCase()));

/** The first palette colour not in `used`; cycles by `count` when all are taken. */
export function nextWalkerColor(used: readonly string[], count: number): string {
  const free = WALKER_COLORS.find((c) => !used.includes(c));
  return free ?? WALKER_COLORS[count % WALKER_COLORS.length] ?? '#009e73';
}
