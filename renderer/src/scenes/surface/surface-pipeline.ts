/**
 * Formula → samples for the surface view: compiles each new expression once into a vectorized
 * evaluator and samples it into reused buffers (DESIGN.md §2 data flow). The view then fills its
 * GPU buffers from the samples in place.
 *
 * Samples the session's worker already computed (surface-job.ts) are registered here under the
 * formula they belong to, and `sample` hands them out without evaluating anything: the session
 * accepts a formula only together with its samples, so the view finds them when it redraws.
 * Anything not prepared (a domain or resolution picked in the panel) is sampled here as before.
 */
import type { Expr } from '$shared/expr/ast';
import { compileVectorized, type VectorFn } from '$shared/expr/compile-grid';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import { sampleGrid, type GridSamples } from '$shared/sampling/sampleGrid';
import type { LocalizedText } from '$shared/text';
import type { SurfaceSamples } from './surface-mesh';
import type { Domain } from './world-frame';

export interface SurfaceFrameData {
  readonly samples: SurfaceSamples;
  readonly domain: Domain;
  /** Robust z range to frame (outliers beyond it are clamped in the view). */
  readonly zLo: number;
  readonly zHi: number;
  /** Sample points where f is undefined or a pole: drawn as holes. */
  readonly gaps: number;
}

/** Prepared frames per formula (identity), at most two each: the coarse drag grid and the full one. */
const prepared = new WeakMap<Expr, SurfaceFrameData[]>();

const sameDomain = (a: Domain, b: Domain): boolean => a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;

/** Makes `data` (computed off the main thread for `expr`) what `SurfaceSampler.sample` returns for it. */
export function registerPrepared(expr: Expr, data: SurfaceFrameData): void {
  const list = (prepared.get(expr) ?? []).filter((d) => !(d.samples.nx === data.samples.nx && sameDomain(d.domain, data.domain)));
  list.push(data);
  prepared.set(expr, list.slice(-2));
}

/** The prepared frame for this formula, domain and resolution, if the worker computed it. */
export function preparedFor(expr: Expr, domain: Domain, resolution: number): SurfaceFrameData | null {
  return prepared.get(expr)?.find((d) => d.samples.nx === resolution && d.samples.ny === resolution && sameDomain(d.domain, domain)) ?? null;
}

export class SurfaceSampler {
  private expr: Expr | null = null;
  private fn: VectorFn | null = null;
  /** Sample buffers per resolution, so alternating coarse (drag) and full (idle) reuses both. */
  private readonly targets = new Map<number, GridSamples>();

  sample(expr: Expr, domain: Domain, resolution: number): Result<SurfaceFrameData, LocalizedText> {
    const ready = preparedFor(expr, domain, resolution);
    if (ready) return ok(ready);
    if (expr !== this.expr || !this.fn) {
      const compiled = compileVectorized(expr, ['x', 'y']);
      if (!compiled.ok) return err(compiled.error.message);
      this.fn = compiled.value;
      this.expr = expr;
    }
    const r = sampleGrid(this.fn, domain, { nx: resolution, ny: resolution }, this.targets.get(resolution));
    if (!r.ok) return err(r.error);
    const g = r.value;
    if (this.targets.size > 2 && !this.targets.has(resolution)) this.targets.clear();
    this.targets.set(resolution, g);
    return ok({ samples: g, domain, zLo: g.zMin, zHi: g.zMax, gaps: g.gapCount });
  }
}
