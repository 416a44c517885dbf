/**
 * The heavy part of accepting a formula, as a pure function of plain data so that it can run in a
 * worker (surface-compute.worker.ts) and, unchanged, synchronously in Node tests
 * (surface-compute-client.ts picks): the symbolic partials and their LaTeX, the 256 × 256 samples,
 * the surface mesh for their world frame and the contour segments (issues 11 and 12: none of this
 * runs on the main thread in the app).
 *
 * The symbolic partials are cached per formula (its tree in the scope's own names): a data
 * parameter (x₁, x₂, y of the deck's loss) is a constant for ∂/∂w₁, so its value is substituted
 * into the cached derivative instead of differentiating again on every slider step.
 *
 * `runSurfaceJob` is a generator: it yields between stages (symbolic x, symbolic y, LaTeX,
 * sampling, mesh, contours) so that the worker can drop a job a newer one made stale without
 * finishing it; `runSurfaceJobNow` drains it in one go.
 */
import type { Expr } from '$shared/expr/ast';
import { num, variable } from '$shared/expr/ast';
import { typesetLatex } from '$shared/expr/budget';
import { compileVectorized } from '$shared/expr/compile-grid';
import { exportCompiled, type HandedModule } from '$shared/expr/wasm/wasm-vector';
import { exportGradient, type HandedGradient } from '$shared/autodiff/wasmGradient';
import { gradientTape } from './explorer/gradient-tape';
import { differentiateWithin } from '$shared/expr/derivative';
import { toLatex } from '$shared/expr/latex';
import { simplify } from '$shared/expr/simplify';
import { substitute } from '$shared/expr/substitute';
import { marchContours, type ContourSink } from '$shared/sampling/marchingSquares';
import { niceLevels } from '$shared/sampling/niceLevels';
import { sampleGrid } from '$shared/sampling/sampleGrid';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { allocateSurfaceBuffers, fillSurfaceBuffers, type PreparedContours, type PreparedMesh, type SurfaceSamples } from './surface-mesh';
import { makeWorldFrame, type Domain } from './world-frame';
import { allocateContourBuffers, fillContours } from './explorer/three/contour-geometry';
import { partialLatex, partialTex } from './explorer/partial-tex';
import { typesetCached } from '../../components/katex-render';
import { previewLatex } from '../../components/formula-preview';

/** Longest partial-derivative LaTeX typeset in a slice panel (it scrolls sideways). */
export const PARTIAL_MAX_LATEX = 2500;
/** Contour levels across the z range: the same count the 3D view asks for (explorer-overlays.ts). */
export const CONTOUR_LEVELS = 14;

/** One request. Plain data (structured-cloneable): no proxies, no functions. */
export interface SurfaceJob {
  /** Generation: a newer job makes every older one stale (its result is dropped, its work abandoned). */
  readonly gen: number;
  /** The formula as typed, in the scope's names (w1, w2 and the data x1, x2, y of the deck's loss). */
  readonly expr: Expr;
  /** The scope's two axes (renamed x, y) and its data parameters with their values. */
  readonly axes: readonly [string, string];
  readonly params: Readonly<Record<string, number>>;
  /** Compute the symbolic partials (a new function); false for a resample of the same function. */
  readonly symbolic: boolean;
  /**
   * The function's letter in the slice panels (f, or L for the deck's loss): when given, the
   * panels' partial formulas are typeset here too (issue 11: the page then only inserts HTML).
   */
  readonly fn?: string;
  /** The grid to sample, or null for no samples. */
  readonly grid: { readonly domain: Domain; readonly resolution: number } | null;
  /**
   * A step of a slider drag: when newer jobs keep arriving faster than jobs finish, the worker
   * still finishes one of these now and then and the page shows it, rather than showing nothing
   * until the drag stops (superseded typing jobs are simply dropped; live-gate.ts).
   */
  readonly live?: boolean;
}

/** The symbolic side of a formula, for the point panels (see point-model.ts). */
export interface SymbolicParts {
  /** ∂f/∂x, ∂f/∂y in x and y with the parameters' values in, or null when too large to show. */
  readonly symbolicX: Expr | null;
  readonly symbolicY: Expr | null;
  /** f, ∂f/∂x, ∂f/∂y as LaTeX in the scope's names (null: too large to typeset). */
  readonly fLatex: string;
  readonly partialXLatex: string | null;
  readonly partialYLatex: string | null;
  /**
   * The formula box's preview (`previewLatex`, display mode) and the slice panels' partial
   * formulas (`partialTex`, inline) typeset by KaTeX (`typesetCached`: the worker keeps its own cache, so
   * a slider drag, which keeps the formula as typed, typesets its preview once), for the page's KaTeX cache
   * (katex-render.ts `prime`); html null = KaTeX rejected the TeX. Present when the job named its
   * function letter (`SurfaceJob.fn`).
   */
  readonly typeset?: readonly TypesetTex[];
}

/** One formula typeset off the main thread: KaTeX's HTML for `tex` in display or inline mode. */
export interface TypesetTex {
  readonly tex: string;
  readonly display: boolean;
  readonly html: string | null;
}

/** Samples with their mesh and contours, ready for the view to copy into its GPU buffers. */
export interface PreparedSurface {
  readonly samples: SurfaceSamples;
  readonly domain: Domain;
  readonly zLo: number;
  readonly zHi: number;
  readonly gaps: number;
  /**
   * The formula's WebAssembly module as compiled here to sample the grid: the page adopts it for
   * the same formula (wasm-vector.ts `adoptCompiled`), so its slice plots evaluate through it at
   * once, without generating and compiling it again on the main thread.
   */
  readonly wasm?: HandedModule;
  /**
   * The formula's gradient sweep as one WebAssembly module, compiled here from its gradient tape:
   * the page's point model runs it (wasmGradient.ts `sweepFromHanded`) instead of building the
   * tape on the main thread.
   */
  readonly gradient?: HandedGradient;
}

export type SurfaceJobResult =
  | {
      readonly gen: number;
      readonly kind: 'done';
      readonly symbolic: SymbolicParts | null;
      /** The samples, or why sampling failed (the view then samples and reports it itself). */
      readonly surface: PreparedSurface | { readonly error: LocalizedText } | null;
      /** Wall time of the job where it ran. */
      readonly ms: number;
    }
  | {
      readonly gen: number;
      readonly kind: 'error';
      readonly message: LocalizedText;
      /** The formula box then previews the formula that failed: its KaTeX, when it could be typeset here. */
      readonly typeset?: readonly TypesetTex[];
    };

/** The substitution that turns the formula into f(x, y): axes renamed, parameters replaced by values. */
function surfaceMap(axes: readonly [string, string], params: Readonly<Record<string, number>>): Record<string, Expr> {
  const map: Record<string, Expr> = Object.create(null) as Record<string, Expr>;
  map[axes[0]] = variable('x');
  map[axes[1]] = variable('y');
  for (const [name, value] of Object.entries(params)) map[name] = num(value);
  return map;
}

/** ∂/∂axis of a formula in the scope's names, parameters still symbols; null over the node budget. */
interface CachedPartials {
  readonly dx: Expr | null;
  readonly dy: Expr | null;
}

/**
 * Derivatives per formula (its structure in the scope's names + the axes), most recent last.
 * A few entries: the formula being edited, and the presets switched between.
 */
export class SymbolicCache {
  private readonly entries = new Map<string, CachedPartials>();
  constructor(private readonly capacity = 8) {}
  get size(): number {
    return this.entries.size;
  }
  /** How many derivatives were computed (not served from the cache): tests count re-derivations. */
  derivations = 0;

  partials(expr: Expr, axes: readonly [string, string], d: (axis: string) => Expr | null): CachedPartials {
    const key = `${axes[0]}|${axes[1]}|${JSON.stringify(expr)}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.derivations += 2;
    const value = { dx: d(axes[0]), dy: d(axes[1]) };
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value ?? '');
    return value;
  }
}

/** Renames x, y back to the scope's axes for display (w₁, w₂ on the deck's loss). */
function named(e: Expr, axes: readonly [string, string]): Expr {
  return axes[0] === 'x' && axes[1] === 'y' ? e : substitute(e, { x: variable(axes[0]), y: variable(axes[1]) });
}

/**
 * The symbolic parts of `expr`: differentiated once per formula (cache), then each parameter's
 * value substituted and the result simplified (constants folded). When the derivative with the
 * parameters as symbols is over the node budget but the one with their values in is not (values
 * fold), the latter is used.
 */
function* symbolicParts(job: SurfaceJob, cache: SymbolicCache): Generator<void, SymbolicParts> {
  const { expr, axes, params } = job;
  const hasParams = Object.keys(params).length > 0;
  const cached = cache.partials(expr, axes, (axis) => differentiateWithin(expr, axis));
  yield;
  const toSurface = surfaceMap(axes, params);
  const surfaceExpr = substitute(expr, toSurface);
  const finish = (d: Expr | null, axis: 'x' | 'y'): Expr | null => {
    if (d) return hasParams ? simplify(substitute(d, toSurface)) : substitute(d, toSurface);
    // Over budget with symbols: the values may fold it under the budget.
    return hasParams ? differentiateWithin(surfaceExpr, axis) : null;
  };
  const symbolicX = finish(cached.dx, 'x');
  yield;
  const symbolicY = finish(cached.dy, 'y');
  yield;
  const shown = named(surfaceExpr, axes);
  const partialXLatex = symbolicX ? partialLatex(named(symbolicX, axes), PARTIAL_MAX_LATEX) : null;
  const partialYLatex = symbolicY ? partialLatex(named(symbolicY, axes), PARTIAL_MAX_LATEX) : null;
  const parts: SymbolicParts = { symbolicX, symbolicY, fLatex: typesetLatex(shown, toLatex) ?? '', partialXLatex, partialYLatex };
  if (job.fn === undefined) return parts;
  yield;
  // The formula box previews the formula as typed (the parameters as symbols) once it is shown;
  // typeset here, the page only inserts it (for a long formula KaTeX alone would take frames).
  const typeset: TypesetTex[] = previewTypeset(expr);
  yield;
  // A panel shows its formula only when there is one (else "too large"): only those are typeset.
  for (const [own, latex] of [[axes[0], partialXLatex], [axes[1], partialYLatex]] as const) {
    if (latex === null) continue;
    const tex = partialTex(job.fn, own, latex);
    typeset.push({ tex, display: false, html: typesetCached(tex, false) });
  }
  return { ...parts, typeset };
}

/** Contour segments in math coordinates, collected per level (the view maps them to its frame). */
function contourSegments(s: SurfaceSamples, domain: Domain, levels: readonly number[]): PreparedContours {
  const { nx, ny } = s;
  const xs = new Float64Array(nx);
  const ys = new Float64Array(ny);
  const dx = nx > 1 ? (domain.xMax - domain.xMin) / (nx - 1) : 0;
  const dy = ny > 1 ? (domain.yMax - domain.yMin) / (ny - 1) : 0;
  // The last coordinate is the domain edge exactly, as in the mesh and in contour-geometry.ts.
  for (let i = 0; i < nx; i++) xs[i] = i === nx - 1 ? domain.xMax : domain.xMin + i * dx;
  for (let j = 0; j < ny; j++) ys[j] = j === ny - 1 ? domain.yMax : domain.yMin + j * dy;
  let xy = new Float64Array(4096);
  let level = new Uint16Array(1024);
  let count = 0;
  const sink: ContourSink = {
    segment(l, x1, y1, x2, y2) {
      if (count === level.length) {
        const grownXy = new Float64Array(xy.length * 2);
        grownXy.set(xy);
        xy = grownXy;
        const grownLevel = new Uint16Array(level.length * 2);
        grownLevel.set(level);
        level = grownLevel;
      }
      const o = count * 4;
      xy[o] = x1;
      xy[o + 1] = y1;
      xy[o + 2] = x2;
      xy[o + 3] = y2;
      level[count] = l;
      count++;
    },
  };
  marchContours(s, xs, ys, levels, sink);
  return { domain, levels: Float64Array.from(levels), count, xy: xy.slice(0, count * 4), level: level.slice(0, count) };
}

/** Samples the surface and prepares its mesh and contours; an error when sampling is impossible. */
function* prepareSurface(surfaceExpr: Expr, domain: Domain, resolution: number): Generator<void, PreparedSurface | { readonly error: LocalizedText }> {
  const fn = compileVectorized(surfaceExpr, ['x', 'y']);
  if (!fn.ok) return { error: fn.error.message };
  const r = sampleGrid(fn.value, domain, { nx: resolution, ny: resolution });
  if (!r.ok) return { error: r.error };
  yield;
  const g = r.value;
  const base: SurfaceSamples = { nx: g.nx, ny: g.ny, z: g.z, mask: g.mask };
  const frame = makeWorldFrame(domain, g.zMin, g.zMax);
  const buffers = allocateSurfaceBuffers(g.nx, g.ny);
  const count = fillSurfaceBuffers(base, frame, buffers);
  const mesh: PreparedMesh = { frame, count, positions: buffers.positions, normals: buffers.normals, colors: buffers.colors, indices: buffers.indices };
  yield;
  const levels = niceLevels(g.zMin, g.zMax, CONTOUR_LEVELS);
  const traced = contourSegments(base, domain, levels);
  // And mapped into the surface's world frame, as the contour overlay draws them: the main thread
  // then copies line buffers instead of mapping every segment (issue 11).
  const lines = allocateContourBuffers(Math.max(1, traced.count));
  const lineCount = fillContours({ ...base, prepared: { mesh, contours: traced } }, domain, levels, frame, lines);
  const floats = lineCount * 6;
  const world = { frame, count: lineCount, surface: lines.surface.slice(0, floats), floor: lines.floor.slice(0, floats), colors: lines.colors.slice(0, floats) };
  const contours: PreparedContours = { ...traced, world };
  const wasm = exportCompiled(surfaceExpr, ['x', 'y']);
  const gradient = handedGradientOf(surfaceExpr);
  return { samples: { ...base, prepared: { mesh, contours } }, domain, zLo: g.zMin, zHi: g.zMax, gaps: g.gapCount, ...(wasm ? { wasm } : {}), ...(gradient ? { gradient } : {}) };
}

/** The gradient module of f(x, y), compiled here for the page; undefined where there is none. */
function handedGradientOf(surfaceExpr: Expr): HandedGradient | undefined {
  const tape = gradientTape(surfaceExpr);
  return tape ? exportGradient(tape) : undefined;
}

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * The job in stages. Never throws: a failure (a bug, a stack overflow on a pathological tree) is
 * an 'error' result, and the session keeps what it shows and says why.
 */
export function* runSurfaceJob(job: SurfaceJob, cache: SymbolicCache): Generator<void, SurfaceJobResult> {
  const t0 = now();
  try {
    const symbolic = job.symbolic ? yield* symbolicParts(job, cache) : null;
    let surface: PreparedSurface | { readonly error: LocalizedText } | null = null;
    if (job.grid) {
      yield;
      surface = yield* prepareSurface(substitute(job.expr, surfaceMap(job.axes, job.params)), job.grid.domain, job.grid.resolution);
    }
    return { gen: job.gen, kind: 'done', symbolic, surface, ms: now() - t0 };
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).slice(0, 120);
    return {
      gen: job.gen,
      kind: 'error',
      ...(job.fn === undefined ? {} : { typeset: previewTypeset(job.expr) }),
      message: text(`This formula could not be drawn (${reason}); the surface and panels still show the previous one.`, `无法绘制这个公式（${reason}）；曲面和面板仍显示上一个公式。`),
    };
  }
}

/** The preview of a formula whose job failed, typeset here if possible (else the page does it). */
function previewTypeset(expr: Expr): TypesetTex[] {
  try {
    const tex = previewLatex(expr);
    return tex === null ? [] : [{ tex, display: true, html: typesetCached(tex, true) }];
  } catch {
    return [];
  }
}

/** Runs a job to the end at once (the synchronous engine, tests). */
export function runSurfaceJobNow(job: SurfaceJob, cache: SymbolicCache): SurfaceJobResult {
  const it = runSurfaceJob(job, cache);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/** Typed arrays of a result, to transfer (not copy) them out of the worker. */
export function transferables(r: SurfaceJobResult): ArrayBuffer[] {
  if (r.kind !== 'done' || !r.surface || !('samples' in r.surface)) return [];
  const s = r.surface.samples;
  const out: ArrayBufferLike[] = [s.z.buffer, s.mask.buffer];
  const p = s.prepared;
  if (p) out.push(p.mesh.positions.buffer, p.mesh.normals.buffer, p.mesh.colors.buffer, p.mesh.indices.buffer, p.contours.xy.buffer, p.contours.level.buffer, p.contours.levels.buffer);
  const w = p?.contours.world;
  if (w) out.push(w.surface.buffer, w.floor.buffer, w.colors.buffer);
  // A buffer listed twice cannot be transferred.
  return [...new Set(out)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
