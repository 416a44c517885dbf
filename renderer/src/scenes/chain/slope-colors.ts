/**
 * One colour per rate, the same in the plots (tangent and point) and in the text beside them, so
 * the eye can follow du/dx, dy/du and dy/dx from the figure into the product dy/du · du/dx.
 */
import type { PlotColor } from '../../plot1d/plot-types';

export interface SlopeColor {
  /** Theme colour name for Plot1D layers. */
  readonly plot: PlotColor;
  /** The same colour for HTML text (the plot theme's CSS variable, with its light value as fallback). */
  readonly css: string;
}

export const SLOPE_COLORS: Readonly<Record<'dudx' | 'dydu' | 'dydx', SlopeColor>> = {
  dudx: { plot: 'secondary', css: 'var(--plot-secondary, #a8458e)' },
  dydu: { plot: 'positive', css: 'var(--plot-positive, #008f68)' },
  dydx: { plot: 'accent', css: 'var(--plot-accent, #d55e00)' },
};
