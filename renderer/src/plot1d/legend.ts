/**
 * The legend: one entry per labelled layer, flowed into right-aligned rows in the plot's top
 * margin, so it never hides the curves it explains.
 */
import { legendRowHeight, textWidth } from './plot-frame';
import { layerStyle } from './plot-render';
import type { PlotTheme } from './plot-theme';
import type { MarkerShape, PlotLayer } from './plot-types';

export interface LegendEntry {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly kind: 'line' | 'band' | 'marker';
  readonly dash: string | undefined;
  readonly width: number;
  readonly shape: MarkerShape;
  /** A curve coloured by sign: its swatch shows the rising and the falling colour side by side. */
  readonly signColors: readonly [string, string] | null;
}

export interface LegendItem extends LegendEntry {
  /** Left end of the swatch, its vertical centre, and where the text starts (px). */
  readonly x: number;
  readonly cy: number;
  readonly textX: number;
  readonly swatchW: number;
}

export function legendEntries(layers: readonly PlotLayer[], theme: PlotTheme): LegendEntry[] {
  return layers.flatMap((l): LegendEntry[] => {
    if (!l.label) return [];
    const { color, width, dash } = layerStyle(l, theme);
    const kind = l.kind === 'hband' || l.kind === 'vband' ? 'band' : l.kind === 'markers' ? 'marker' : 'line';
    const signColors = l.kind === 'curve' && l.colorBySign ? ([theme.colors.positive, theme.colors.negative] as const) : null;
    return [{ id: l.id, label: l.label, color, kind, dash, width, shape: l.kind === 'markers' ? (l.shape ?? 'dot') : 'dot', signColors }];
  });
}

const swatchWidth = (fontPx: number): number => fontPx * 1.8;
const itemWidth = (e: LegendEntry, fontPx: number): number => swatchWidth(fontPx) + fontPx * 0.4 + textWidth(e.label, fontPx);
const itemGap = (fontPx: number): number => fontPx * 1.1;

/** Entries in rows no wider than `available` px (an entry wider than that gets a row of its own). */
export function legendRows(entries: readonly LegendEntry[], available: number, fontPx: number): LegendEntry[][] {
  const rows: LegendEntry[][] = [];
  let row: LegendEntry[] = [];
  let used = 0;
  for (const e of entries) {
    const w = itemWidth(e, fontPx);
    const need = row.length === 0 ? w : used + itemGap(fontPx) + w;
    if (row.length > 0 && need > available) {
      rows.push(row);
      row = [e];
      used = w;
    } else {
      row.push(e);
      used = need;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Pixel positions: rows right-aligned at `right`, the last row just above the plot area's `top`. */
export function placeLegend(rows: readonly (readonly LegendEntry[])[], right: number, top: number, fontPx: number): LegendItem[] {
  const rowH = legendRowHeight(fontPx);
  const sw = swatchWidth(fontPx);
  const items: LegendItem[] = [];
  rows.forEach((row, r) => {
    const cy = top - fontPx * 0.25 - (rows.length - r - 0.5) * rowH;
    const total = row.reduce((acc, e, i) => acc + itemWidth(e, fontPx) + (i > 0 ? itemGap(fontPx) : 0), 0);
    let x = right - total;
    for (const e of row) {
      items.push({ ...e, x, cy, textX: x + sw + fontPx * 0.4, swatchW: sw });
      x += itemWidth(e, fontPx) + itemGap(fontPx);
    }
  });
  return items;
}
