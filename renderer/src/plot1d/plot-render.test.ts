import { describe, expect, it } from 'vitest';
import { plotLayout } from './plot-frame';
import { layerGeometry } from './plot-render';
import { FALLBACK_THEME, resolveColor } from './plot-theme';

const view = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 };
const layout = plotLayout(view, 500, 400, 12);
const s = layout.scales;

describe('layerGeometry', () => {
  it('draws a curve with its hole as an open circle at the limit', () => {
    const g = layerGeometry({ id: 'f', kind: 'curve', f: (x) => (x * x - 1) / (x - 1) }, layout, FALLBACK_THEME, null);
    expect(g?.kind).toBe('curve');
    if (g?.kind !== 'curve') return;
    expect(g.marks).toHaveLength(1);
    expect(g.marks[0]?.filled).toBe(false);
    expect(g.marks[0]?.x).toBeCloseTo(s.x(1), 6);
    expect(g.marks[0]?.y).toBeCloseTo(s.y(2), 6);
    expect(g.paths[0]?.d.startsWith('M')).toBe(true);
    expect(g.color).toBe(FALLBACK_THEME.colors.curve);
  });

  it('colours by sign with the positive and negative theme colours', () => {
    const g = layerGeometry({ id: 'f', kind: 'curve', f: (x) => x * x, colorBySign: (x) => 2 * x }, layout, FALLBACK_THEME, null);
    if (g?.kind !== 'curve') throw new Error('curve expected');
    expect(new Set(g.paths.map((p) => p.color))).toEqual(new Set([FALLBACK_THEME.colors.positive, FALLBACK_THEME.colors.negative]));
  });

  it('bands are clamped to the plot area', () => {
    const g = layerGeometry({ id: 'b', kind: 'hband', y0: 2, y1: 10 }, layout, FALLBACK_THEME, null);
    if (g?.kind !== 'band') throw new Error('band expected');
    expect(g.y).toBeCloseTo(layout.top, 9);
    expect(g.y + g.h).toBeCloseTo(s.y(2), 9);
    expect(g.x).toBe(layout.left);
    expect(g.w).toBe(layout.right - layout.left);
    // Only the visible edge (y = 2) is stroked.
    expect(g.edges.match(/M/g)).toHaveLength(1);
  });

  it('hides markers outside the view and keeps their texts', () => {
    const g = layerGeometry({ id: 'm', kind: 'markers', points: [[0, 0], [5, 0]], texts: ['in', 'out'] }, layout, FALLBACK_THEME, null);
    if (g?.kind !== 'markers') throw new Error('markers expected');
    expect(g.items).toHaveLength(1);
    expect(g.items[0]?.text).toBe('in');
    expect(g.items[0]?.x).toBeCloseTo(s.x(0), 2);
  });

  it('dashes v/h-lines by default, scales widths with the theme', () => {
    const thick = { ...FALLBACK_THEME, lineScale: 2 };
    const g = layerGeometry({ id: 'a', kind: 'vline', x: 1 }, layout, thick, null);
    if (g?.kind !== 'stroke') throw new Error('stroke expected');
    expect(g.dash).toBe('14 10');
    expect(g.width).toBe(4);
    expect(g.color).toBe(resolveColor('muted', 'muted', thick));
    const off = layerGeometry({ id: 'a', kind: 'vline', x: 9 }, layout, thick, null);
    expect(off?.kind === 'stroke' && off.d).toBe('');
  });

  it('puts an arrow head on a segment and passes literal colours through', () => {
    const g = layerGeometry({ id: 's', kind: 'segment', from: [0, 0], to: [1, 1], arrow: true, color: '#abcdef' }, layout, FALLBACK_THEME, null);
    if (g?.kind !== 'stroke') throw new Error('stroke expected');
    expect(g.arrow?.startsWith(`${Math.round(s.x(1) * 100) / 100},${Math.round(s.y(1) * 100) / 100}`)).toBe(true);
    expect(g.color).toBe('#abcdef');
  });
});
