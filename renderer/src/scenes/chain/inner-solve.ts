/**
 * Dragging on the u → y plot moves u, but the shared cursor is x: find the x whose u = g(x) is the
 * dragged u, choosing the solution nearest to the current x (u = 3x² + 1 has two), or the x where
 * g comes closest when u is out of g's reach (u < 1 for 3x² + 1).
 */

/**
 * An x in [xMin, xMax] with g(x) = target, nearest to `near`; else the grid x minimising
 * |g(x) − target| (nearest to `near` among equals). NaN only when g is undefined everywhere.
 */
export function solveInner(g: (x: number) => number, target: number, near: number, xMin: number, xMax: number, samples = 400): number {
  const { xs, rs, root } = scan(g, target, near, xMin, xMax, samples);
  if (!Number.isNaN(root)) return root;
  let best = Number.NaN;
  let bestGap = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const gap = Math.abs(rs[i]!);
    if (!Number.isFinite(gap)) continue;
    if (gap < bestGap || (gap === bestGap && Math.abs(xs[i]! - near) < Math.abs(best - near))) {
      bestGap = gap;
      best = xs[i]!;
    }
  }
  return best;
}

/**
 * The solution of g(x) = target in [xMin, xMax] nearest to `near` (sign changes on a grid of
 * `samples` intervals, refined by bisection), or NaN when the grid sees none. A double root that
 * touches without crossing is found only if a grid point lands on it.
 */
export function nearestRoot(g: (x: number) => number, target: number, near: number, xMin: number, xMax: number, samples = 400): number {
  return scan(g, target, near, xMin, xMax, samples).root;
}

function scan(g: (x: number) => number, target: number, near: number, xMin: number, xMax: number, samples: number) {
  const n = Math.max(2, Math.floor(samples));
  const xs = new Float64Array(n + 1);
  const rs = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    xs[i] = xMin + ((xMax - xMin) * i) / n;
    rs[i] = g(xs[i]!) - target;
  }
  let best = Number.NaN;
  const consider = (x: number) => {
    if (Number.isNaN(best) || Math.abs(x - near) < Math.abs(best - near)) best = x;
  };
  for (let i = 0; i <= n; i++) {
    const r = rs[i]!;
    if (r === 0) consider(xs[i]!);
    if (i < n) {
      const s = rs[i + 1]!;
      if (Number.isFinite(r) && Number.isFinite(s) && r * s < 0) {
        const m = bisect(g, target, xs[i]!, xs[i + 1]!, r);
        // A sign change through a pole (1/x at 0) bisects onto the pole, not a solution: drop it.
        if (Math.abs(g(m) - target) <= 1e-6 * Math.max(1, Math.abs(target), Math.abs(r), Math.abs(s))) consider(m);
      }
    }
  }
  return { xs, rs, root: best };
}

function bisect(g: (x: number) => number, target: number, a0: number, b0: number, ra0: number): number {
  let a = a0;
  let b = b0;
  let ra = ra0;
  for (let k = 0; k < 60; k++) {
    const m = (a + b) / 2;
    if (m === a || m === b) break;
    const rm = g(m) - target;
    if (rm === 0) return m;
    // A NaN inside the bracket (a gap in the domain): keep the defined side.
    if (Number.isNaN(rm) || Math.sign(rm) === Math.sign(ra)) {
      a = m;
      ra = Number.isNaN(rm) ? ra : rm;
    } else b = m;
  }
  return (a + b) / 2;
}
