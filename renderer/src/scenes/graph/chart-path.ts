/**
 * The loss curve as an SVG polyline: x = step, y = loss (optionally log-scaled), fitted into a
 * width × height box with y growing downward. Non-finite losses break nothing: they are skipped.
 */
export interface ChartPath {
  readonly points: string;
  readonly min: number;
  readonly max: number;
}

export function lossChartPath(losses: readonly number[], width: number, height: number, log = false): ChartPath {
  const ys = losses.map((l) => (log ? Math.log10(Math.max(l, 1e-12)) : l));
  const finite = ys.filter(Number.isFinite);
  if (finite.length === 0) return { points: '', min: Number.NaN, max: Number.NaN };
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const span = hi - lo || 1;
  const n = Math.max(1, losses.length - 1);
  const pts: string[] = [];
  ys.forEach((y, i) => {
    if (!Number.isFinite(y)) return;
    const px = (i / n) * width;
    const py = height - ((y - lo) / span) * height;
    pts.push(`${px.toFixed(1)},${py.toFixed(1)}`);
  });
  return { points: pts.join(' '), min: Math.min(...losses.filter(Number.isFinite)), max: Math.max(...losses.filter(Number.isFinite)) };
}
