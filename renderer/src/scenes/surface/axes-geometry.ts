/**
 * The axis frame around the surface: three axes along the back edges of the world box, tick
 * marks at nice values and the positions where their labels go. Pure data, so it is tested
 * without WebGL and drawn by surface-view.ts.
 */
import { niceTicks, tickLabels } from './ticks';
import { HEIGHT, toWorldX, toWorldY, toWorldZ, type WorldFrame } from './world-frame';

export interface AxisLabel {
  readonly text: string;
  /** World position of the label anchor. */
  readonly at: readonly [number, number, number];
  readonly kind: 'tick' | 'title';
  readonly axis: 'x' | 'y' | 'z';
}

export interface AxesGeometry {
  /** Line segments as x1,y1,z1,x2,y2,z2 … in world coordinates. */
  readonly segments: Float32Array;
  readonly labels: readonly AxisLabel[];
}

const TICK = 0.04;

/** `names` are the axis titles (e.g. w₁, w₂ for a loss surface); z is always the height. */
export function buildAxes(frame: WorldFrame, names: readonly [string, string] = ['x', 'y']): AxesGeometry {
  const d = frame.domain;
  const x0 = toWorldX(frame, d.xMin), x1 = toWorldX(frame, d.xMax);
  const y0 = toWorldY(frame, d.yMin), y1 = toWorldY(frame, d.yMax);
  const seg: number[] = [];
  const labels: AxisLabel[] = [];
  const line = (a: [number, number, number], b: [number, number, number]) => seg.push(...a, ...b);

  // x axis along the front edge (y = yMin), y axis along the left edge (x = xMin), z up the
  // corner where they meet: from the default camera that corner is at the left of the picture,
  // so the z ticks never sit behind the surface.
  line([x0, y0, 0], [x1, y0, 0]);
  line([x0, y0, 0], [x0, y1, 0]);
  line([x0, y0, 0], [x0, y0, HEIGHT]);
  // Faint floor outline closes the box so the footprint of the domain is visible.
  line([x1, y0, 0], [x1, y1, 0]);
  line([x0, y1, 0], [x1, y1, 0]);

  const tx = niceTicks(d.xMin, d.xMax, 6);
  const xLabels = tickLabels(tx);
  for (const [i, v] of tx.values.entries()) {
    const wx = toWorldX(frame, v);
    line([wx, y0, 0], [wx, y0 - TICK, 0]);
    labels.push({ text: xLabels[i] ?? '', at: [wx, y0 - 3 * TICK, 0], kind: 'tick', axis: 'x' });
  }
  const ty = niceTicks(d.yMin, d.yMax, 6);
  const yLabels = tickLabels(ty);
  for (const [i, v] of ty.values.entries()) {
    const wy = toWorldY(frame, v);
    line([x0, wy, 0], [x0 - TICK, wy, 0]);
    labels.push({ text: yLabels[i] ?? '', at: [x0 - 3 * TICK, wy, 0], kind: 'tick', axis: 'y' });
  }
  const tz = niceTicks(frame.zLo, frame.zHi, 5);
  const zLabels = tickLabels(tz);
  for (const [i, v] of tz.values.entries()) {
    const wz = toWorldZ(frame, v);
    line([x0, y0, wz], [x0 - TICK, y0 - TICK, wz]);
    labels.push({ text: zLabels[i] ?? '', at: [x0 - 3 * TICK, y0 - 3 * TICK, wz], kind: 'tick', axis: 'z' });
  }
  labels.push({ text: names[0], at: [(x0 + x1) / 2, y0 - 8 * TICK, 0], kind: 'title', axis: 'x' });
  labels.push({ text: names[1], at: [x0 - 8 * TICK, (y0 + y1) / 2, 0], kind: 'title', axis: 'y' });
  labels.push({ text: 'z', at: [x0 - 2 * TICK, y0 - 2 * TICK, HEIGHT + 3 * TICK], kind: 'title', axis: 'z' });
  return { segments: new Float32Array(seg), labels };
}
