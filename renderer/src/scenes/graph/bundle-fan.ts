/**
 * Geometry of a bundled port's edges (BundleEdge.svelte): every source curves into one merge point
 * left of the port, and a single trunk runs from there into the port. Pure, linear in the number
 * of sources, and the whole fan is one SVG path string.
 */
export interface FanPoint {
  readonly x: number;
  readonly y: number;
}

export interface Fan {
  /** All source curves in one path ("M … C …" per source). */
  readonly fan: string;
  /** The trunk from the merge point into the port. */
  readonly trunk: string;
  /** Where a label on the trunk goes. */
  readonly labelX: number;
  readonly labelY: number;
  /** The merge point. */
  readonly merge: FanPoint;
}

/** How far left of the port the sources merge, in flow pixels. */
export const MERGE_GAP = 48;

const r = (v: number): string => String(Math.round(v * 10) / 10);

export function bundleFan(sources: readonly FanPoint[], port: FanPoint): Fan {
  // The merge point sits left of the port, but never left of the nearest source's output: a
  // bundle fed from close by still reads as flowing left to right.
  const nearest = sources.reduce((m, s) => Math.max(m, s.x), Number.NEGATIVE_INFINITY);
  const mx = Math.max(port.x - MERGE_GAP, Math.min(port.x - 8, Number.isFinite(nearest) ? nearest + 8 : port.x - MERGE_GAP));
  const merge = { x: mx, y: port.y };
  const parts: string[] = [];
  for (const s of sources) {
    const dx = Math.max(12, (merge.x - s.x) / 2);
    parts.push(`M${r(s.x)} ${r(s.y)}C${r(s.x + dx)} ${r(s.y)} ${r(merge.x - dx)} ${r(merge.y)} ${r(merge.x)} ${r(merge.y)}`);
  }
  return {
    fan: parts.join(''),
    trunk: `M${r(merge.x)} ${r(merge.y)}L${r(port.x)} ${r(port.y)}`,
    labelX: (merge.x + port.x) / 2,
    labelY: port.y,
    merge,
  };
}
