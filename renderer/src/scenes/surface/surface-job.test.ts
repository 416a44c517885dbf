import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import { partialTex } from './explorer/partial-tex';
import type { Expr } from '$shared/expr/ast';
import { compile } from '$shared/expr/compile';
import { parseExpr } from '$shared/expr/parse';
import { toLatex } from '$shared/expr/latex';
import { previewLatex } from '../../components/formula-preview';
import { niceLevels } from '$shared/sampling/niceLevels';
import { sampleGrid } from '$shared/sampling/sampleGrid';
import { compileVectorized } from '$shared/expr/compile-grid';
import { allocateContourBuffers, fillContours } from './explorer/three/contour-geometry';
import { allocateSurfaceBuffers, fillSurfaceBuffers, type SurfaceSamples } from './surface-mesh';
import { CONTOUR_LEVELS, runSurfaceJob, runSurfaceJobNow, SymbolicCache, transferables, type PreparedSurface, type SurfaceJob } from './surface-job';
import { makeWorldFrame, type Domain } from './world-frame';

const DOMAIN: Domain = { xMin: -2, xMax: 2, yMin: -1.5, yMax: 2.5 };

function parse(text: string, variables: readonly string[]): Expr {
  const r = parseExpr(text, { variables: [...variables] });
  if (!r.ok) throw new Error(`parse ${text}`);
  return r.value;
}

const DECK = '1/2 (sigmoid(w1 x1 + w2 x2) - y)^2';
const DECK_AXES = ['w1', 'w2'] as const;

function job(expr: Expr, over: Partial<SurfaceJob> = {}): SurfaceJob {
  return { gen: 1, expr, axes: ['x', 'y'], params: {}, symbolic: true, grid: { domain: DOMAIN, resolution: 33 }, ...over };
}

function done(r: ReturnType<typeof runSurfaceJobNow>) {
  if (r.kind !== 'done') throw new Error(`job failed: ${r.message.en}`);
  return r;
}

function prepared(r: ReturnType<typeof runSurfaceJobNow>): PreparedSurface {
  const s = done(r).surface;
  if (!s || !('samples' in s)) throw new Error('no samples');
  return s;
}

/** Central difference of a compiled f(x, y) — an independent check of the symbolic partials. */
function numericPartials(e: Expr, a: number, b: number): [number, number] {
  const f = compile(e, ['x', 'y']);
  if (!f.ok) throw new Error('compile');
  const h = 1e-5;
  const at = (x: number, y: number) => f.value.evaluate(new Float64Array([x, y]));
  return [(at(a + h, b) - at(a - h, b)) / (2 * h), (at(a, b + h) - at(a, b - h)) / (2 * h)];
}

const sig = (t: number) => 1 / (1 + Math.exp(-t));
/** ∂L/∂w₁, ∂L/∂w₂ of the deck's loss by hand: (σ − y)·σ(1 − σ)·(x₁, x₂). */
function deckGradient(w1: number, w2: number, x1: number, x2: number, y: number): [number, number] {
  const s = sig(w1 * x1 + w2 * x2);
  const k = (s - y) * s * (1 - s);
  return [k * x1, k * x2];
}

describe('runSurfaceJob: symbolic partials', () => {
  it("derives the deck's loss once per formula and substitutes each data point's values", () => {
    const cache = new SymbolicCache();
    const expr = parse(DECK, [...DECK_AXES, 'x1', 'x2', 'y']);
    const points = [
      { x1: 1, x2: 2, y: 1 },
      { x1: -1.5, x2: 0.5, y: 0 },
      { x1: 0.25, x2: -3, y: 1 },
    ];
    for (const params of points) {
      const r = done(runSurfaceJobNow(job(expr, { axes: DECK_AXES, params, grid: null }), cache));
      const sx = r.symbolic?.symbolicX;
      const sy = r.symbolic?.symbolicY;
      if (!sx || !sy) throw new Error('no partials');
      const fx = compile(sx, ['x', 'y']);
      const fy = compile(sy, ['x', 'y']);
      if (!fx.ok || !fy.ok) throw new Error('partials must be in x, y only');
      for (const [w1, w2] of [[0.3, -0.2], [1.1, 0.7], [-2, 1.5]] as const) {
        const [gx, gy] = deckGradient(w1, w2, params.x1, params.x2, params.y);
        expect(fx.value.evaluate(new Float64Array([w1, w2]))).toBeCloseTo(gx, 12);
        expect(fy.value.evaluate(new Float64Array([w1, w2]))).toBeCloseTo(gy, 12);
      }
      // Written back in the deck's names, with the data's values in.
      expect(r.symbolic?.partialXLatex).toContain('w_{1}');
      expect(r.symbolic?.partialXLatex).not.toContain('x_{1}');
    }
    // Three data points, one formula: differentiated once (two partials), never again.
    expect(cache.derivations).toBe(2);
    // A new formula is differentiated anew.
    runSurfaceJobNow(job(parse(`${DECK} + w1^2`, [...DECK_AXES, 'x1', 'x2', 'y']), { axes: DECK_AXES, params: points[0]!, grid: null }), cache);
    expect(cache.derivations).toBe(4);
  });

  it('gives partials that agree with central differences (random polynomials × trig)', () => {
    const cache = new SymbolicCache();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true }), (p, q, a, b) => {
        const expr = parse(`x^${p} y^${q} + sin(${p} x) cos(y) + exp(x y / ${q})`, ['x', 'y']);
        const r = done(runSurfaceJobNow(job(expr, { grid: null }), cache));
        const sx = r.symbolic?.symbolicX;
        const sy = r.symbolic?.symbolicY;
        if (!sx || !sy) return false;
        const [nx, ny] = numericPartials(expr, a, b);
        const [ex, ey] = [compile(sx, ['x', 'y']), compile(sy, ['x', 'y'])];
        if (!ex.ok || !ey.ok) return false;
        const vx = ex.value.evaluate(new Float64Array([a, b]));
        const vy = ey.value.evaluate(new Float64Array([a, b]));
        return Math.abs(vx - nx) <= 1e-5 * (1 + Math.abs(nx)) && Math.abs(vy - ny) <= 1e-5 * (1 + Math.abs(ny));
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('says "too large" (null) for the x^x^…^x tower instead of building its derivative', () => {
    const tower = parse(Array(250).fill('x').join('^'), ['x', 'y']);
    const r = done(runSurfaceJobNow(job(tower, { grid: { domain: DOMAIN, resolution: 24 } }), new SymbolicCache()));
    expect(r.symbolic?.symbolicX).toBeNull();
    expect(r.symbolic?.partialXLatex).toBeNull();
    // Too deep to typeset: no LaTeX for f either (the formula box shows the text).
    expect(r.symbolic?.fLatex).toBe('');
    // The samples are still there.
    expect(prepared(runSurfaceJobNow(job(tower, { symbolic: false, grid: { domain: DOMAIN, resolution: 24 } }), new SymbolicCache())).samples.nx).toBe(24);
  });
});

describe('runSurfaceJob: samples, mesh and contours', () => {
  const expr = parse('sin(2x) cos(y) + 0.1 (x^2 + y^2)', ['x', 'y']);

  it('samples exactly what the main thread would, and prepares the same mesh', () => {
    const p = prepared(runSurfaceJobNow(job(expr, { symbolic: false }), new SymbolicCache()));
    const fn = compileVectorized(expr, ['x', 'y']);
    if (!fn.ok) throw new Error('compile');
    const g = sampleGrid(fn.value, DOMAIN, { nx: 33, ny: 33 });
    if (!g.ok) throw new Error('sample');
    expect(Array.from(p.samples.z)).toEqual(Array.from(g.value.z));
    expect([p.zLo, p.zHi, p.gaps]).toEqual([g.value.zMin, g.value.zMax, g.value.gapCount]);
    // The view's copy of the prepared mesh equals the mesh computed from scratch.
    const frame = makeWorldFrame(DOMAIN, p.zLo, p.zHi);
    const plain: SurfaceSamples = { nx: 33, ny: 33, z: p.samples.z, mask: p.samples.mask };
    const fresh = allocateSurfaceBuffers(33, 33);
    const copied = allocateSurfaceBuffers(33, 33);
    const n1 = fillSurfaceBuffers(plain, frame, fresh);
    const n2 = fillSurfaceBuffers(p.samples, frame, copied);
    expect(n2).toBe(n1);
    expect(copied.positions).toEqual(fresh.positions);
    expect(copied.normals).toEqual(fresh.normals);
    expect(copied.colors).toEqual(fresh.colors);
    expect(copied.indices.subarray(0, n1)).toEqual(fresh.indices.subarray(0, n1));
  });

  it('prepares contour segments that map to the same lines as marching the grid, in any frame', () => {
    const p = prepared(runSurfaceJobNow(job(expr, { symbolic: false }), new SymbolicCache()));
    const plain: SurfaceSamples = { nx: 33, ny: 33, z: p.samples.z, mask: p.samples.mask };
    const levels = niceLevels(p.zLo, p.zHi, CONTOUR_LEVELS);
    // The frame the mesh was made for, and another one (the view's frame may differ).
    for (const frame of [makeWorldFrame(DOMAIN, p.zLo, p.zHi), makeWorldFrame(DOMAIN, p.zLo - 1, p.zHi + 2)]) {
      const a = allocateContourBuffers(4000);
      const b = allocateContourBuffers(4000);
      const na = fillContours(plain, DOMAIN, levels, frame, a);
      const nb = fillContours(p.samples, DOMAIN, levels, frame, b);
      expect(na).toBeGreaterThan(20);
      expect(nb).toBe(na);
      expect(b.surface).toEqual(a.surface);
      expect(b.floor).toEqual(a.floor);
      expect(b.colors).toEqual(a.colors);
    }
    // The worker mapped them into the surface's own frame already (what the view copies).
    const world = p.samples.prepared?.contours.world;
    expect(world).toBeDefined();
    const own = makeWorldFrame(DOMAIN, p.zLo, p.zHi);
    const scratch = allocateContourBuffers(4000);
    expect(world?.count).toBe(fillContours(plain, DOMAIN, levels, own, scratch));
    expect(world?.surface).toEqual(scratch.surface.slice(0, (world?.count ?? 0) * 6));
    // Too small a buffer: the count is returned (the overlay grows and calls again), nothing written.
    const small = allocateContourBuffers(4);
    expect(fillContours(p.samples, DOMAIN, levels, own, small)).toBe(world?.count);
    expect(small.surface.every((v) => v === 0)).toBe(true);
    // Other levels than prepared: traced from the grid (still right).
    const other = allocateContourBuffers(4000);
    expect(fillContours(p.samples, DOMAIN, [0], makeWorldFrame(DOMAIN, p.zLo, p.zHi), other)).toBe(fillContours(plain, DOMAIN, [0], makeWorldFrame(DOMAIN, p.zLo, p.zHi), allocateContourBuffers(4000)));
  });

  it('reports a formula it cannot sample (a variable other than x, y) as an error value', () => {
    const r = done(runSurfaceJobNow(job(parse('x + z', ['x', 'y', 'z']), { symbolic: false }), new SymbolicCache()));
    expect(r.surface && 'error' in r.surface ? r.surface.error.en.length : 0).toBeGreaterThan(0);
  });

  it('lists each transferable buffer once', () => {
    const r = runSurfaceJobNow(job(expr), new SymbolicCache());
    const list = transferables(r);
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('runSurfaceJob: stages', () => {
  it('yields between stages, so a worker can abandon a stale job part-way', () => {
    const expr = parse('x^2 + y^2', ['x', 'y']);
    const it = runSurfaceJob(job(expr), new SymbolicCache());
    let stages = 0;
    for (let step = it.next(); !step.done; step = it.next()) stages++;
    expect(stages).toBeGreaterThanOrEqual(5);
    // Abandoning after the first stage runs nothing else and throws nothing.
    const partial = runSurfaceJob(job(expr), new SymbolicCache());
    partial.next();
    expect(partial.return(undefined as never).done).toBe(true);
  });
});

describe('the partials typeset in the job (issue 11)', () => {
  it('renders exactly the TeX the slice panels build, with the page’s KaTeX options', () => {
    const r = done(runSurfaceJobNow(job(parse(DECK, ['w1', 'w2', 'x1', 'x2', 'y']), { axes: [...DECK_AXES], params: { x1: 1, x2: 2, y: 1 }, fn: 'L' }), new SymbolicCache()));
    const s = r.symbolic;
    if (!s || !s.partialXLatex || !s.partialYLatex) throw new Error('no partials');
    // Built by hand here, not with partialTex: the panel's formula is "∂L/∂w₁ = …".
    const expected = [`\\frac{\\partial L}{\\partial w_{1}} = ${s.partialXLatex}`, `\\frac{\\partial L}{\\partial w_{2}} = ${s.partialYLatex}`];
    const partials = s.typeset?.filter((t) => !t.display) ?? [];
    expect(partials.map((t) => t.tex)).toEqual(expected);
    for (const t of partials) {
      expect(t.html).toBe(katex.renderToString(t.tex, { displayMode: false, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' }));
    }
    // And the panel's own builder gives the same strings (else the primed cache would miss).
    expect([partialTex('L', 'w1', s.partialXLatex), partialTex('L', 'w2', s.partialYLatex)]).toEqual(expected);
  });

  it('typesets the formula box’s preview too: the parse as typed (parameters as symbols), display mode', () => {
    const expr = parse(DECK, ['w1', 'w2', 'x1', 'x2', 'y']);
    const r = done(runSurfaceJobNow(job(expr, { axes: [...DECK_AXES], params: { x1: 1, x2: 2, y: 1 }, fn: 'L' }), new SymbolicCache()));
    const previews = r.symbolic?.typeset?.filter((t) => t.display) ?? [];
    // The very TeX FormulaInput builds for this parse (else the primed cache would miss), with
    // the data parameters still written as symbols, and KaTeX's own display-mode output.
    expect(previews.map((t) => t.tex)).toEqual([previewLatex(expr)]);
    expect(previews[0]?.tex).toBe(toLatex(expr));
    expect(previews[0]?.tex).toContain('x_{1}');
    expect(previews[0]?.html).toBe(katex.renderToString(toLatex(expr), { displayMode: true, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' }));
  });

  it('sends no preview for a formula too deep to typeset (the box shows the text)', () => {
    const tower = parse(Array(250).fill('x').join('^'), ['x', 'y']);
    const r = done(runSurfaceJobNow(job(tower, { fn: 'f', grid: null }), new SymbolicCache()));
    expect(previewLatex(tower)).toBeNull();
    expect(r.symbolic?.typeset?.filter((t) => t.display)).toEqual([]);
  });

  it('typesets nothing without a function letter, and nothing for a resample', () => {
    const expr = parse('x^2 y', ['x', 'y']);
    expect(done(runSurfaceJobNow(job(expr), new SymbolicCache())).symbolic?.typeset).toBeUndefined();
    expect(done(runSurfaceJobNow(job(expr, { symbolic: false, fn: 'f' }), new SymbolicCache())).symbolic).toBeNull();
  });
});

describe('the compiled modules the job hands to the page (issue 11)', () => {
  it('carries the formula module and the gradient sweep of f(x, y), which compute it', async () => {
    const { sweepFromHanded } = await import('$shared/autodiff/wasmGradient');
    const { adoptCompiled, wasmFnsIfCompiled } = await import('$shared/expr/wasm/wasm-vector');
    const expr = parse(DECK, [...DECK_AXES, 'x1', 'x2', 'y']);
    const params = { x1: 1, x2: 2, y: 1 };
    const s = prepared(runSurfaceJobNow(job(expr, { axes: DECK_AXES, params }), new SymbolicCache()));
    if (!s.wasm || !s.gradient) throw new Error('no modules handed over');
    // f(w1, w2) = ½(σ(w1 + 2 w2) − 1)²; ∂f/∂w1 = (σ − 1)σ(1 − σ), ∂f/∂w2 = 2(σ − 1)σ(1 − σ), by hand.
    const at = [0.4, -0.3] as const;
    const sig = 1 / (1 + Math.exp(-(at[0] + 2 * at[1])));
    const want = [0.5 * (sig - 1) ** 2, (sig - 1) * sig * (1 - sig), 2 * (sig - 1) * sig * (1 - sig)];
    const sweep = sweepFromHanded(s.gradient);
    const g = new Float64Array(2);
    const v = sweep?.(at, g) ?? Number.NaN;
    [v, g[0] ?? Number.NaN, g[1] ?? Number.NaN].forEach((x, i) => expect(x).toBeCloseTo(want[i] ?? Number.NaN, 12));
    const surface = parse('1/2 (sigmoid(x + 2 y) - 1)^2', ['x', 'y']);
    adoptCompiled(surface, s.wasm);
    expect(wasmFnsIfCompiled(surface, ['x', 'y'])?.scalar(at)).toBeCloseTo(want[0] ?? Number.NaN, 12);
  });
});
