/**
 * Colours and sizes of the plot, resolved from the theme's CSS variables (app.css: --plot-*) into
 * literal values, so the SVG carries its own colours and stays correct when serialised to a file.
 */
import type { PlotColor } from './plot-types';

export const NAMED_PLOT_COLORS = ['curve', 'accent', 'secondary', 'tertiary', 'positive', 'negative', 'muted', 'band', 'error'] as const;
export type NamedPlotColor = (typeof NAMED_PLOT_COLORS)[number];

export interface PlotTheme {
  readonly colors: Readonly<Record<NamedPlotColor, string>>;
  /** Plot background (also the halo behind texts and the fill of open circles). */
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly axis: string;
  readonly grid: string;
  /** Tick-label size in CSS px (rem-based, so UI zoom and the projector theme enlarge it). */
  readonly fontPx: number;
  readonly fontFamily: string;
  /** Multiplies every stroke width (UI zoom × the theme's own factor). */
  readonly lineScale: number;
}

/** The light theme's values: used before the DOM has been read (and in tests). */
export const FALLBACK_THEME: PlotTheme = {
  colors: {
    curve: '#0072b2',
    accent: '#d55e00',
    secondary: '#a8458e',
    tertiary: '#b87a00',
    positive: '#008f68',
    negative: '#a8458e',
    muted: '#6b7380',
    band: '#e69f00',
    error: '#c62828',
  },
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#5d6673',
  axis: '#6b7380',
  grid: '#e3e7ec',
  fontPx: 12.8,
  fontFamily: 'system-ui, sans-serif',
  lineScale: 1,
};

const isNamed = (c: string): c is NamedPlotColor => (NAMED_PLOT_COLORS as readonly string[]).includes(c);

/** A layer colour as a literal CSS colour: theme names are looked up, anything else passes through. */
export function resolveColor(color: PlotColor | undefined, fallback: NamedPlotColor, theme: PlotTheme): string {
  const c = color ?? fallback;
  return isNamed(c) ? theme.colors[c] : c;
}

/**
 * Reads the theme at `el` (its --plot-* variables, its font size — set by CSS to var(--plot-font) —
 * and the root font size for UI zoom). Missing variables keep the fallback values.
 */
export function readPlotTheme(el: Element): PlotTheme {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string): string => cs.getPropertyValue(name).trim() || fallback;
  const colors = Object.fromEntries(NAMED_PLOT_COLORS.map((n) => [n, v(`--plot-${n}`, FALLBACK_THEME.colors[n])])) as Record<NamedPlotColor, string>;
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const fontPx = Number.parseFloat(cs.fontSize) || FALLBACK_THEME.fontPx;
  const themeScale = Number.parseFloat(v('--plot-line-scale', '1')) || 1;
  return {
    colors,
    bg: v('--plot-bg', FALLBACK_THEME.bg),
    text: v('--plot-text', FALLBACK_THEME.text),
    muted: v('--plot-muted-text', FALLBACK_THEME.muted),
    axis: v('--plot-axis', FALLBACK_THEME.axis),
    grid: v('--plot-grid', FALLBACK_THEME.grid),
    fontPx,
    fontFamily: cs.fontFamily || FALLBACK_THEME.fontFamily,
    lineScale: themeScale * (rootPx / 16),
  };
}
