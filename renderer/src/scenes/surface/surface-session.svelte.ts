/**
 * The surface explorer's one state object (DESIGN.md §5, like the graph canvas's GraphSession):
 * the formula text and its parse, the preset and its data parameters, the domain, the point
 * (a, b), the view toggles, the walkers, and the link from the graph canvas's network. Everything
 * computed from them is `$derived`; components only read it and call its methods, and effects only
 * push it into Three.js. One instance serves the whole app (the explorer and chapter 2's "3D
 * mountain" show the same surface), provided by App through `provideSurfaceSession`.
 */
import { getContext, setContext } from 'svelte';
import type { Expr } from '$shared/expr/ast';
import { exprEquals } from '$shared/expr/ast';
import type { ExprError } from '$shared/expr/errors';
import type { Result } from '$shared/result';
import { ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { displayName } from '$shared/autodiff/displayName';
import { adoptCompiled } from '$shared/expr/wasm/wasm-vector';
import type { HandedGradient } from '$shared/autodiff/wasmGradient';
import { LossSurfaceLink } from './loss-surface-link.svelte';
import { createPointModel, type PointModel, type PointValues } from './explorer/point-model';
import { DEFAULT_SPEED, isDefaultWalkers, WalkerStore, type WalkersState } from './explorer/walker-store.svelte';
import { DEFAULT_FORM } from './explorer/walker-form';
import { isResolution, type Resolution } from './explorer/domain-model';
import { DEFAULT_PRESET, SURFACE_PRESETS, type SurfacePreset } from './presets';
import { parseInScope, toSurfaceExpr, type FormulaScope } from './resolve-formula';
import { budgetResolution, evaluationCost } from './sampling-budget';
import { createSurfaceEngine, type SurfaceEngine } from './surface-compute-client';
import type { SurfaceJob, SurfaceJobResult, SymbolicParts } from './surface-job';
import { registerPrepared } from './surface-pipeline';
import { prime } from '../../components/katex-render';
import type { Domain } from './world-frame';

export type ExplorerTab = 'partials' | 'gradient' | 'descent' | 'domain';
export const EXPLORER_TABS: readonly ExplorerTab[] = ['partials', 'gradient', 'descent', 'domain'];

/** Which overlays the 3D view draws. */
export interface SurfaceLayers {
  readonly slices: boolean;
  readonly tangentPlane: boolean;
  readonly gradient: boolean;
  readonly contours: boolean;
}

/** A formula that went through the whole pipeline, with what was computed from it. */
interface Accepted {
  readonly expr: Expr;
  readonly surfaceExpr: Expr;
  readonly model: PointModel;
  /** The data parameters' values the surface and its model were computed with. */
  readonly params: Readonly<Record<string, number>>;
  /** Counts accepted formulas: the view reports which one it drew, so tests can check they agree. */
  readonly serial: number;
}

/** The session as plain data: what a lesson step or a saved document sets and reads. */
export interface SurfaceState {
  readonly presetId: string;
  readonly formula: string;
  readonly params: Readonly<Record<string, number>>;
  readonly domain: Domain;
  readonly resolution: Resolution;
  readonly point: readonly [number, number];
  readonly theta: number;
  readonly layers: SurfaceLayers;
  readonly tab: ExplorerTab;
  /**
   * The walkers, their speed and settings form; left out when at their defaults (no walker), so
   * files and links written before walkers were saved read the same. Restoring re-runs each walker.
   */
  readonly walkers?: WalkersState;
}

/** While a parameter slider is dragged the surface is sampled at this resolution, then refined. */
export const DRAG_RESOLUTION = 48;
/**
 * A parameter change that no held pointer announced (a script, a lesson step, an input event
 * without a pointer) is refined after this long without another one. A pointer drag is refined
 * when it ends (endParamDrag), never on a timer: on a slow machine the moves of one drag can be
 * further apart than any timeout, and a full-grid job in the middle of a drag stalls it (issue 9).
 */
const IDLE_MS = 180;

const paramValues = (p: SurfacePreset): Record<string, number> => Object.fromEntries(p.params.map((q) => [q.name, q.value]));

export class SurfaceSession {
  // Replaced whole, never mutated: $state.raw keeps them plain (no proxy), which matters because
  // the sampling and mesh loops read them tens of thousands of times per update.
  preset = $state.raw<SurfacePreset>(DEFAULT_PRESET);
  formula = $state(DEFAULT_PRESET.formula);
  params = $state.raw<Readonly<Record<string, number>>>(paramValues(DEFAULT_PRESET));
  domain = $state.raw<Domain>(DEFAULT_PRESET.domain);
  resolution = $state<Resolution>(128);
  /** True while a parameter slider moves: the view samples coarsely until it rests. */
  dragging = $state(false);
  a = $state(DEFAULT_PRESET.point[0]);
  b = $state(DEFAULT_PRESET.point[1]);
  /** Angle of the unit vector u of the directional derivative, in radians. */
  theta = $state(0);
  layers = $state.raw<SurfaceLayers>({ slices: true, tangentPlane: false, gradient: true, contours: true });
  tab = $state<ExplorerTab>('partials');
  /** What the view shows: the typed formula, or the graph canvas's network loss (DESIGN.md §1.2). */
  source = $state<'formula' | 'network'>('formula');

  /** The graph canvas → surface link: the network's loss grid and its training run. */
  readonly link = new LossSurfaceLink();
  readonly walkers = new WalkerStore(null);

  // Memos below are keyed by identity, because a derived read outside an effect (a method, a test)
  // may be recomputed: the same input must always yield the same object.
  readonly scope: FormulaScope = $derived({ axes: this.preset.axes, params: this.params });
  /** The parse of the text as typed (an error is shown at its position; the surface keeps the last good one). */
  readonly parse: Result<Expr, ExprError> = $derived.by(() => {
    const text = this.formula;
    const { axes, params } = this.scope;
    // The parse depends on the text and on which names exist, not on the parameters' values: a
    // slider never re-parses, and the same text always yields the same tree.
    const names = [...axes, ...Object.keys(params)].join(',');
    const m = this.#parseMemo;
    if (m && m.text === text && m.names === names) return m.value;
    const value = parseInScope(text, { axes, params });
    this.#parseMemo = { text, names, value };
    return value;
  });
  #parseMemo: { readonly text: string; readonly names: string; readonly value: Result<Expr, ExprError> } | null = null;
  // Memo keyed by identity: an invalid keystroke must not hand out a new (equal) function, or
  // the surface would resample and the walkers restart for nothing.
  #surfaceMemo: { readonly expr: Expr; readonly axes: readonly [string, string]; readonly params: Readonly<Record<string, number>>; readonly value: Expr } | null = null;
  /**
   * The formula as typed goes through the whole pipeline — symbolic partials, LaTeX, samples,
   * mesh and contours, in a worker (surface-job.ts), then the point model here — and only a
   * formula that gets all the way through replaces what is shown, in one assignment: surface,
   * panels, preview and walkers change together, never a new preview over an old surface.
   * Anything that fails on the way (a formula in other variables, an exception) leaves the
   * previous one in place, together, and says why in `modelError` (issue 12).
   */
  #accepted = $state.raw<Accepted | null>(null);
  /** Why the last formula sent through the pipeline was not accepted. */
  #failure = $state.raw<LocalizedText | null>(null);
  /** A job for the formula as typed is running: what is shown is still the previous formula. */
  #pending = $state(false);
  /** Generation of the newest job; results of older ones are dropped. */
  #gen = 0;
  /** The job whose answer is shown (answers of older jobs are never taken after it). */
  #shownGen = 0;
  /** What the newest job was for (the session sends no job for what is already shown). */
  #inFlight: { readonly expr: Expr; readonly surfaceExpr: Expr; readonly resolution: number; readonly domain: Domain } | null = null;
  /** The grid the worker last prepared for the shown formula (a drag's coarse one, or the full one). */
  #shownGrid: { readonly resolution: number; readonly domain: Domain } | null = null;
  readonly #engine: SurfaceEngine;
  /** The last formula that went through: what is drawn. */
  readonly expr: Expr | null = $derived(this.#accepted?.expr ?? null);
  /** The formula as f(x, y) with the parameters' values substituted: what everything computes on. */
  readonly surfaceExpr: Expr | null = $derived(this.#accepted?.surfaceExpr ?? null);
  readonly model: PointModel | null = $derived(this.#accepted?.model ?? null);
  /**
   * The data parameters' values the shown surface and `model` (so `point`) were computed with.
   * During a slider drag `params` runs ahead of them until the worker's answer arrives: anything
   * that checks `point` against the data must use these, or it compares two different functions.
   */
  readonly shownParams: Readonly<Record<string, number>> = $derived(this.#accepted?.params ?? this.params);
  /** Why the formula as typed is not the one shown (null when it is, or when it does not parse). */
  readonly modelError: LocalizedText | null = $derived(this.parse.ok ? this.#failure : null);
  /** Which accepted formula everything shows (0 before the first). */
  readonly acceptedSerial: number = $derived(this.#accepted?.serial ?? 0);
  /**
   * How the text as typed relates to what is shown: 'shown' (it is), 'invalid' (it does not parse;
   * the last good one is kept and the input says why), 'failed' (it parses but could not be drawn;
   * the last good one is kept and `modelError` says why), 'pending' (it is being computed off the
   * main thread; the previous one is shown until it is ready, a few frames at most).
   */
  readonly formulaState: 'shown' | 'invalid' | 'failed' | 'pending' = $derived(
    !this.parse.ok ? 'invalid' : this.modelError ? 'failed' : this.#pending ? 'pending' : 'shown',
  );
  /**
   * What the formula box previews: the parse as typed, except while the typed formula is still
   * being computed — then the formula shown, so preview and surface never disagree.
   */
  readonly preview: Result<Expr, ExprError> = $derived(this.parse.ok && this.#pending && this.#accepted ? this.#previewOf(this.#accepted.expr) : this.parse);
  #previewMemo: { readonly expr: Expr; readonly value: Result<Expr, ExprError> } | null = null;
  #previewOf(e: Expr): Result<Expr, ExprError> {
    if (this.#previewMemo?.expr !== e) this.#previewMemo = { expr: e, value: ok(e) };
    return this.#previewMemo.value;
  }
  readonly point: PointValues | null = $derived(this.model ? this.model.at(this.a, this.b) : null);
  /** Work per sample point of the current surface (see sampling-budget.ts). */
  readonly evaluationCost: number = $derived(this.surfaceExpr ? evaluationCost(this.surfaceExpr) : 1);
  /** The finest grid that fits the frame budget for this formula. */
  readonly budgetResolution: number = $derived(budgetResolution(this.evaluationCost, this.resolution));
  /** True when the formula is so long that the grid is coarser than the chosen resolution. */
  readonly resolutionCapped: boolean = $derived(this.budgetResolution < this.resolution);
  readonly effectiveResolution: number = $derived(Math.min(this.dragging ? DRAG_RESOLUTION : this.resolution, this.budgetResolution));
  /** The network view is on and has a grid to show. */
  readonly network = $derived(this.source === 'network' && this.link.samples !== null && this.link.ranges !== null);
  /** Axis names as displayed (w₁, w₂ for the deck's loss; the network's parameters in its view). */
  readonly axisNames: readonly [string, string] = $derived(
    this.network ? [this.link.labelA, this.link.labelB] : [displayName(this.preset.axes[0]), displayName(this.preset.axes[1])],
  );
  /** The function's own letter: the deck calls its loss L, every other surface is f. */
  readonly fnName: string = $derived(this.preset.axes[0] === 'x' ? 'f' : 'L');
  /** How the point is called: (a, b) on f(x, y); on the deck's loss it is the weights (w₁, w₂). */
  readonly pointNames: readonly [string, string] = $derived(this.preset.axes[0] === 'x' ? ['a', 'b'] : this.axisNames);

  #surfaceFor(e: Expr, scope: FormulaScope): Expr {
    const m = this.#surfaceMemo;
    if (m && m.expr === e && m.axes === scope.axes && m.params === scope.params) return m.value;
    const value = toSurfaceExpr(e, scope);
    this.#surfaceMemo = { expr: e, axes: scope.axes, params: scope.params, value };
    return value;
  }

  /** The grid a formula is sampled on now: the chosen resolution, coarse while dragging, capped by its cost. */
  #resolutionFor(surfaceExpr: Expr, dragging: boolean): number {
    return Math.min(dragging ? DRAG_RESOLUTION : this.resolution, budgetResolution(evaluationCost(surfaceExpr), this.resolution));
  }

  /**
   * Sends the formula as typed through the pipeline (called by every method that changes it).
   * Nothing is sent for an invalid text (the last good formula stays) or for what is already
   * shown or on its way; a typo and its correction parse to equal trees and keep the shown one.
   */
  #submit(dragging = this.dragging): void {
    const r = this.parse;
    if (!r.ok) return;
    const scope = this.scope;
    const last = this.#accepted;
    const expr = last && last.expr !== r.value && exprEquals(last.expr, r.value) ? last.expr : r.value;
    let surfaceExpr: Expr;
    try {
      surfaceExpr = this.#surfaceFor(expr, scope);
    } catch (e) {
      this.#fail(e);
      return;
    }
    const resolution = this.#resolutionFor(surfaceExpr, dragging);
    const domain = this.domain;
    const f = this.#inFlight;
    if (f && f.surfaceExpr === surfaceExpr && f.resolution === resolution && f.domain === domain) return;
    const shown = this.#shownGrid;
    if (!f && last && last.surfaceExpr === surfaceExpr && last.expr === expr && shown && shown.resolution === resolution && shown.domain === domain) {
      this.#failure = null;
      return;
    }
    this.#failure = null;
    const gen = ++this.#gen;
    this.#inFlight = { expr, surfaceExpr, resolution, domain };
    const symbolic = !(last && last.surfaceExpr === surfaceExpr);
    const job: SurfaceJob = {
      gen,
      expr,
      axes: [scope.axes[0], scope.axes[1]],
      params: { ...scope.params },
      symbolic,
      fn: this.fnName,
      grid: { domain: { xMin: domain.xMin, xMax: domain.xMax, yMin: domain.yMin, yMax: domain.yMax }, resolution },
      ...(dragging ? { live: true } : {}),
    };
    this.#pending = this.#engine.asynchronous;
    const params = scope.params;
    this.#engine.run(job, (result) => this.#receive(result, expr, surfaceExpr, scope.axes, params, dragging, { resolution, domain }));
  }

  /** A job's result: accepted all at once, or the previous formula kept with the reason. */
  #receive(
    result: SurfaceJobResult,
    expr: Expr,
    surfaceExpr: Expr,
    axes: readonly [string, string],
    params: Readonly<Record<string, number>>,
    dragging: boolean,
    grid: { readonly resolution: number; readonly domain: Domain },
  ): void {
    // The newest job's answer; or, during a fast slider drag, an older drag step the worker
    // finished because nothing had been shown for a while (then the newest stays in flight).
    const newest = result.gen === this.#gen;
    if (result.gen <= this.#shownGen || (!newest && !dragging)) return;
    const t0 = now();
    if (newest) {
      this.#inFlight = null;
      this.#pending = false;
    }
    if (result.kind === 'error') {
      if (!newest) return;
      // The box then previews the formula that failed: typeset by the worker when it could be.
      for (const t of result.typeset ?? []) prime(t.tex, t.display, t.html);
      this.#failure = result.message;
      return;
    }
    try {
      // The preview and the partials the worker typeset go into KaTeX's cache before the formula
      // box and the panels read it: the flush below then inserts HTML instead of typesetting on
      // this thread (issues 11, 12).
      for (const t of result.symbolic?.typeset ?? []) prime(t.tex, t.display, t.html);
      // The worker compiled the module of this very formula (the expression the job carried,
      // made f(x, y) the same way): the point model starts on it (checked there).
      const prepared = result.surface && 'samples' in result.surface ? result.surface : undefined;
      if (prepared?.wasm) adoptCompiled(surfaceExpr, prepared.wasm);
      const last = this.#accepted;
      const model = result.symbolic || !last ? this.#modelFor(surfaceExpr, axes, result.symbolic ?? undefined, prepared?.gradient) : ok(last.model);
      if (!model.ok) {
        this.#failure = model.error;
        return;
      }
      if (result.surface && 'samples' in result.surface) registerPrepared(surfaceExpr, result.surface);
      this.#shownGrid = grid;
      this.#shownGen = result.gen;
      // A coarse answer keeps the flag while the drag lasts (a held slider, or the rest timer of
      // an unheld change still running), so nothing samples the full grid on the main thread
      // meanwhile; the full answer (the refine) ends it.
      if (newest) this.dragging = dragging && (this.#held || this.#idle !== undefined);
      this.#accepted =
        last && last.expr === expr && last.surfaceExpr === surfaceExpr && last.model === model.value
          ? last
          : { expr, surfaceExpr, model: model.value, params, serial: (last?.serial ?? 0) + 1 };
      this.#failure = null;
      this.syncObjective();
    } catch (e) {
      this.#fail(e);
    }
    measureUpdate('surface-apply', t0, { gen: result.gen, workerMs: result.ms });
  }

  #fail(e: unknown): void {
    const reason = e instanceof Error ? e.message.slice(0, 120) : String(e).slice(0, 120);
    this.#inFlight = null;
    this.#pending = false;
    this.#failure = text(`This formula could not be drawn (${reason}); the surface and panels still show the previous one.`, `无法绘制这个公式（${reason}）；曲面和面板仍显示上一个公式。`);
  }

  #modelMemo: { readonly expr: Expr; readonly axes: readonly [string, string]; readonly value: Result<PointModel, LocalizedText> } | null = null;
  #modelFor(e: Expr, axes: readonly [string, string], symbolic?: SymbolicParts, gradient?: HandedGradient): Result<PointModel, LocalizedText> {
    const m = this.#modelMemo;
    if (m && m.expr === e && m.axes === axes) return m.value;
    const value = createPointModel(e, axes, symbolic, gradient);
    this.#modelMemo = { expr: e, axes, value };
    return value;
  }

  #objectiveFor: Expr | null = null;
  #idle: ReturnType<typeof setTimeout> | undefined;

  /** `engine`: where the heavy work runs (default: a worker in the app, synchronous in Node). */
  constructor(engine: SurfaceEngine = createSurfaceEngine()) {
    this.#engine = engine;
    this.#submit();
  }

  setFormula(text: string): void {
    const t0 = now();
    this.formula = text;
    this.#submit();
    measureUpdate('surface-input', t0, null);
  }

  applyPreset(p: SurfacePreset): void {
    this.preset = p;
    this.params = paramValues(p);
    this.domain = p.domain;
    this.a = p.point[0];
    this.b = p.point[1];
    this.formula = p.formula;
    this.source = 'formula';
    this.walkers.clear();
    this.#submit(false);
  }

  /**
   * Moves a data parameter (a slider): coarse sampling while it moves, the full grid once it
   * rests — when the pointer holding it is released (endParamDrag), or, with no pointer held,
   * IDLE_MS after the last change.
   */
  setParam(name: string, value: number): void {
    if (!Number.isFinite(value)) return;
    this.params = { ...this.params, [name]: value };
    this.dragging = true;
    this.#cancelIdle();
    // The coarse surface stays until the full one is ready.
    if (!this.#held)
      this.#idle = setTimeout(() => {
        this.#idle = undefined;
        this.#refine();
      }, IDLE_MS);
    const t0 = now();
    this.#submit(true);
    measureUpdate('surface-input', t0, null);
  }

  /** A pointer pressed a parameter slider: the full grid waits for its release. */
  beginParamDrag(): void {
    this.#held = true;
    this.#cancelIdle();
  }

  /** The slider was released (pointerup, or its `change` event: a committed value). */
  endParamDrag(): void {
    const wasHeld = this.#held;
    this.#held = false;
    this.#cancelIdle();
    if (this.dragging || wasHeld) this.#refine();
  }

  #cancelIdle(): void {
    clearTimeout(this.#idle);
    this.#idle = undefined;
  }

  /** A pointer holds a parameter slider (between beginParamDrag and endParamDrag). */
  #held = false;

  /** After a drag: the same function on the full grid (the worker computes it; `dragging` ends with it). */
  #refine(): void {
    const r = this.parse;
    if (!r.ok || !this.#accepted) {
      this.dragging = false;
      return;
    }
    this.#submit(false);
    // Nothing was sent (the full grid is what is shown already), or it ran synchronously.
    if (!this.#pending) this.dragging = false;
  }

  setPoint(a: number, b: number): void {
    if (!Number.isFinite(a) || !Number.isFinite(b)) return;
    this.a = a;
    this.b = b;
  }

  setLayers(patch: Partial<SurfaceLayers>): void {
    this.layers = { ...this.layers, ...patch };
  }

  /** Shows the network loss surface the graph canvas computed. */
  showNetwork(): void {
    this.source = 'network';
  }

  snapshot(): SurfaceState {
    const walkers = this.walkers.exportState();
    return {
      presetId: this.preset.id,
      formula: this.formula,
      params: { ...this.params },
      domain: { ...this.domain },
      resolution: this.resolution,
      point: [this.a, this.b],
      theta: this.theta,
      layers: { ...this.layers },
      tab: this.tab,
      ...(isDefaultWalkers(walkers) ? {} : { walkers }),
    };
  }

  /** Applies a state; unknown preset ids fall back to the default; the walkers are re-run from their starts. */
  restore(s: SurfaceState): void {
    const p = SURFACE_PRESETS.find((q) => q.id === s.presetId) ?? DEFAULT_PRESET;
    this.preset = p;
    this.params = { ...paramValues(p), ...s.params };
    this.domain = s.domain;
    if (isResolution(s.resolution)) this.resolution = s.resolution;
    this.a = s.point[0];
    this.b = s.point[1];
    this.theta = s.theta;
    this.layers = s.layers;
    if (EXPLORER_TABS.includes(s.tab)) this.tab = s.tab;
    this.formula = s.formula;
    this.source = 'formula';
    this.walkers.clear();
    this.#submit(false);
    // Walkers are re-run on the restored surface: at once when it is shown already, else when
    // the worker delivers it (syncObjective → resume); a state without walkers resets them.
    this.walkers.importState(s.walkers ?? DEFAULT_WALKERS, !this.#pending);
  }

  dispose(): void {
    this.#cancelIdle();
    this.#engine.dispose();
    this.walkers.clear();
  }

  /**
   * Walkers follow the current function and restart when it changes. Called by every method that
   * can change it (reading the derived here is synchronous), so no effect mirrors the formula.
   */
  private syncObjective(): void {
    const e = this.surfaceExpr;
    // A newly accepted surface of the same function (a preset re-applied, a refine) keeps the
    // walkers: only a different function restarts them.
    const same = e === this.#objectiveFor || (e !== null && this.#objectiveFor !== null && exprEquals(e, this.#objectiveFor));
    if (!same) {
      this.#objectiveFor = e;
      // The walkers run on the point model's gradient tape: one tape per formula, compiled once.
      this.walkers.setObjective(this.model?.objective ?? null);
    }
    // Restored walkers waiting for this surface run now (see restore).
    this.walkers.resume();
  }
}

const now = (): number => (typeof performance === 'undefined' ? 0 : performance.now());

/**
 * Main-thread time of one step of the update path, as a User Timing measure: from `t0` (the
 * session got the input, or the worker's answer) to the end of the Svelte flush it causes (the
 * flush is a microtask queued by the first state write, before this one), so it covers the
 * session, every derived and effect — panels, KaTeX, the view's buffers — but not rendering.
 * 'surface-input' and 'surface-apply' are read by the benchmark and the fuzz suite
 * (bench/browser/surface-timing.ts, e2e/web/fuzz-support.ts).
 */
function measureUpdate(name: 'surface-input' | 'surface-apply', t0: number, detail: unknown): void {
  if (t0 <= 0 || typeof performance.measure !== 'function') return;
  queueMicrotask(() => {
    // Bounded: a long lecture must not grow the timeline (observers still see every entry).
    if (performance.getEntriesByName(name).length >= 100) performance.clearMeasures(name);
    performance.measure(name, { start: t0, detail });
  });
}

/** What a state without walkers restores: none, the default speed and form. */
const DEFAULT_WALKERS: WalkersState = { list: [], speed: DEFAULT_SPEED, form: DEFAULT_FORM, selected: null };

const KEY = Symbol('surface-session');

export function provideSurfaceSession(session: SurfaceSession): SurfaceSession {
  setContext(KEY, session);
  return session;
}

export function useSurfaceSession(): SurfaceSession {
  const s = getContext<SurfaceSession | undefined>(KEY);
  if (!s) throw new Error('useSurfaceSession() must be called below App (provideSurfaceSession provides it).');
  return s;
}
