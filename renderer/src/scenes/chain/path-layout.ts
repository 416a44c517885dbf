/**
 * Where the path diagram puts its nodes and edge labels, in a 0…100 × 0…100 box (the component
 * scales it): inputs on the left, intermediates in the middle, z on the right. Labels of the
 * crossing edges (x → v, y → u) sit near their sources so they never meet at the crossing.
 */

export interface NodePos {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface EdgePos {
  readonly from: string;
  readonly to: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Where the label's centre goes. */
  readonly lx: number;
  readonly ly: number;
}

export interface PathLayout {
  readonly nodes: readonly NodePos[];
  readonly edges: readonly EdgePos[];
}

/** Column x of inputs, intermediates and the output. */
const COLS = [9, 50, 91] as const;
/** Vertical margin: nodes of a column spread over [M, 100 − M]. */
const MARGIN = 16;

function spread(n: number): number[] {
  if (n === 1) return [50];
  return Array.from({ length: n }, (_, i) => MARGIN + ((100 - 2 * MARGIN) * i) / (n - 1));
}

export function pathLayout(inputs: readonly string[], mids: readonly string[], output: string): PathLayout {
  const ys = spread(inputs.length);
  const ms = spread(mids.length);
  const nodes: NodePos[] = [
    ...inputs.map((id, i) => ({ id, x: COLS[0], y: ys[i]! })),
    ...mids.map((id, i) => ({ id, x: COLS[1], y: ms[i]! })),
    { id: output, x: COLS[2], y: 50 },
  ];
  const at = (id: string): NodePos => nodes.find((n) => n.id === id)!;
  const edge = (from: string, to: string, t: number): EdgePos => {
    const a = at(from);
    const b = at(to);
    return { from, to, x1: a.x, y1: a.y, x2: b.x, y2: b.y, lx: a.x + t * (b.x - a.x), ly: a.y + t * (b.y - a.y) };
  };
  const edges: EdgePos[] = [];
  inputs.forEach((x, i) =>
    mids.forEach((m, j) => {
      // Straight edges (same row) get their label in the middle; slanted ones near the source.
      edges.push(edge(x, m, i === j && inputs.length === mids.length ? 0.5 : 0.3));
    }),
  );
  mids.forEach((m) => edges.push(edge(m, output, 0.5)));
  return { nodes, edges };
}
