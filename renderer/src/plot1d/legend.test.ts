import { describe, expect, it } from 'vitest';
import { legendEntries, legendRows, placeLegend } from './legend';
import { estimateTextWidth } from './plot-frame';
import { FALLBACK_THEME } from './plot-theme';
import type { PlotLayer } from './plot-types';

const layers: PlotLayer[] = [
  { id: 'f', kind: 'curve', f: (x) => x, label: 'f' },
  { id: 'nolabel', kind: 'curve', f: (x) => x },
  { id: 'eps', kind: 'hband', y0: 0, y1: 1, label: 'L ± ε' },
  { id: 'pts', kind: 'markers', points: [], shape: 'open', label: 'walkers', color: '#123456' },
];

describe('legend', () => {
  it('lists labelled layers only, with their drawn colour and kind', () => {
    const e = legendEntries(layers, FALLBACK_THEME);
    expect(e.map((q) => q.id)).toEqual(['f', 'eps', 'pts']);
    expect(e.map((q) => q.kind)).toEqual(['line', 'band', 'marker']);
    expect(e[0]?.color).toBe(FALLBACK_THEME.colors.curve);
    expect(e[1]?.color).toBe(FALLBACK_THEME.colors.band);
    expect(e[2]?.color).toBe('#123456');
    expect(e[2]?.shape).toBe('open');
  });
  it('gives a sign-coloured curve a two-colour swatch', () => {
    const [e] = legendEntries([{ id: 'f', kind: 'curve', f: (x) => x, colorBySign: () => 1, label: 'f' }], FALLBACK_THEME);
    expect(e?.signColors).toEqual([FALLBACK_THEME.colors.positive, FALLBACK_THEME.colors.negative]);
    expect(legendEntries(layers, FALLBACK_THEME)[0]?.signColors).toBeNull();
  });

  it('wraps into rows that fit and right-aligns them above the plot area', () => {
    const e = legendEntries(layers, FALLBACK_THEME);
    expect(legendRows(e, 10000, 12)).toHaveLength(1);
    const rows = legendRows(e, 60, 12);
    expect(rows).toHaveLength(3);
    const items = placeLegend(legendRows(e, 10000, 12), 500, 60, 12);
    const last = items.at(-1);
    expect(last).toBeDefined();
    if (!last) return;
    // Node has no canvas: widths are the estimate; the last text ends at the right edge.
    expect(last.textX + estimateTextWidth(last.label, 12)).toBeCloseTo(500, 6);
    for (const it of items) expect(it.cy).toBeLessThan(60);
    for (let i = 1; i < items.length; i++) expect(items[i]?.x ?? 0).toBeGreaterThan(items[i - 1]?.x ?? 0);
  });
});
