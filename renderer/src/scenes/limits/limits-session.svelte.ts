/**
 * The limits chapter's state (one object the scene is a view of): the function and the point, the
 * walkers' progress, ε and the student's δ, the limit-law pairs. Everything settable is plain data
 * (`snapshot()` / `restore()` for lecture mode and saved documents); everything computed is
 * `$derived` from it, and the math lives in the pure modules it calls.
 */
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import type { PlotView } from '../../plot1d/plot-types';
import { parsePoint, pointText, samePoint, type ApproachPoint } from './approach-point';
import { analyseComposition } from './composition';
import { checkProposal, isDeckSquare, measure } from './epsilon-delta';
import { DEFAULT_EXAMPLE, exampleById, type ExampleVariable, type LimitExample } from './examples';
import { FormulaField } from './formula-field.svelte';
import { DEFAULT_COMPOSITION_PRESET, DEFAULT_LAW_PRESET, type CompositionPreset, type LawPreset } from './law-presets';
import { analyseLaws, type LawOp } from './laws';
import { analyseLimit } from './limit-analysis';
import { clampProgress, followView, nextStop, previousStop, startDistance, WALK_END, WALK_SPEED, WALK_START, walkerPoints } from './walkers';

export type LimitsSection = 'approach' | 'epsilon' | 'laws';
export const LIMITS_SECTIONS: readonly LimitsSection[] = ['approach', 'epsilon', 'laws'];
export type LawsMode = 'arithmetic' | 'composition';

/** ε on the log slider: 10⁻⁴ … 10². */
export const EPS_MIN = 1e-4;
export const EPS_MAX = 100;
/** Milliseconds per table row when motion is reduced (no gliding, one step at a time). */
export const REDUCED_STEP_MS = 1500;

/** Everything the student can set, as plain JSON (lecture steps and saved documents use it). */
export interface LimitsState {
  readonly version: 1;
  readonly section: LimitsSection;
  readonly exampleId: string | null;
  readonly formula: string;
  readonly variable: ExampleVariable;
  readonly point: string;
  readonly view: PlotView;
  readonly progress: number;
  readonly follow: boolean;
  readonly epsilon: number;
  /** The L the instrument uses: '' = the estimated limit. */
  readonly limitText: string;
  readonly proposalText: string;
  readonly proposal: number | null;
  readonly hideAnswer: boolean;
  readonly epsZoom: boolean;
  readonly laws: {
    readonly mode: LawsMode;
    readonly presetId: string | null;
    readonly f: string;
    readonly g: string;
    readonly a: string;
    readonly op: LawOp;
    readonly compositionId: string | null;
    readonly inner: string;
    readonly outer: string;
    readonly x0: string;
    readonly span: number;
    readonly uSpan: number;
  };
}

/** Reads a constant typed in a small field ("3", "pi/2"); ±∞ refused. */
function parseConstant(s: string): Result<number, LocalizedText> {
  const r = parsePoint(s);
  if (!r.ok) return r;
  return r.value.kind === 'finite' ? ok(r.value.a) : err(text('Type a finite number here.', '这里请输入有限的数。'));
}

const clampEps = (e: number): number => Math.min(EPS_MAX, Math.max(EPS_MIN, e));

export class LimitsSession {
  section = $state<LimitsSection>('approach');
  exampleId = $state<string | null>(DEFAULT_EXAMPLE.id);
  readonly f = new FormulaField(DEFAULT_EXAMPLE.formula, DEFAULT_EXAMPLE.variable);
  pointText = $state(pointText(DEFAULT_EXAMPLE.point));
  /** The last point that parsed. */
  point = $state.raw<ApproachPoint>(DEFAULT_EXAMPLE.point);
  baseView = $state.raw<PlotView>(DEFAULT_EXAMPLE.view);

  // The walkers
  progress = $state(WALK_START);
  playing = $state(false);
  follow = $state(true);
  /** Set by the scene from prefers-reduced-motion: steps instead of gliding. */
  reducedMotion = $state(false);

  // ε-δ
  epsilon = $state(DEFAULT_EXAMPLE.eps);
  limitText = $state('');
  proposalText = $state('');
  /** The δ (or M) last submitted for checking. */
  proposal = $state<number | null>(null);
  hideAnswer = $state(false);
  /** Frame the ε and δ bands (zoom with ε) instead of the example's window. */
  epsZoom = $state(true);

  // Limit laws
  lawsMode = $state<LawsMode>('arithmetic');
  lawPresetId = $state<string | null>(DEFAULT_LAW_PRESET.id);
  readonly lawF = new FormulaField(DEFAULT_LAW_PRESET.f);
  readonly lawG = new FormulaField(DEFAULT_LAW_PRESET.g);
  lawAText = $state(String(DEFAULT_LAW_PRESET.a));
  lawA = $state(DEFAULT_LAW_PRESET.a);
  lawOp = $state<LawOp>('sum');
  compositionId = $state<string | null>(DEFAULT_COMPOSITION_PRESET.id);
  readonly inner = new FormulaField(DEFAULT_COMPOSITION_PRESET.inner, 'x');
  readonly outer = new FormulaField(DEFAULT_COMPOSITION_PRESET.outer, 'u');
  x0Text = $state(String(DEFAULT_COMPOSITION_PRESET.x0));
  x0 = $state(DEFAULT_COMPOSITION_PRESET.x0);
  /** Half-widths of the composition plots (around x₀, and around u = a). */
  compSpan = $state(DEFAULT_COMPOSITION_PRESET.span);
  compUSpan = $state(DEFAULT_COMPOSITION_PRESET.uSpan);

  private timer: { readonly kind: 'raf' | 'interval'; readonly id: number } | null = null;
  private lastFrame = 0;

  // ---- derived: the approach ------------------------------------------------------------
  readonly example: LimitExample | undefined = $derived(this.exampleId ? exampleById(this.exampleId) : undefined);
  readonly pointResult = $derived(parsePoint(this.pointText));
  readonly analysis = $derived(analyseLimit(this.f.fn, this.point));
  /** Where the walkers enter (near the window's edges). */
  readonly walkStart = $derived(startDistance(this.point, this.baseView));
  readonly walkers = $derived(walkerPoints(this.f.fn, this.point, this.progress, this.walkStart));
  readonly view: PlotView = $derived(
    this.follow ? followView(this.baseView, this.point, this.progress, this.walkStart) : this.baseView,
  );

  // ---- derived: ε-δ -----------------------------------------------------------------------
  readonly limitOverride = $derived(this.limitText.trim() === '' ? null : parseConstant(this.limitText));
  /** The L the instrument tests: the typed one when valid, else the estimate (if the limit exists). */
  readonly L: number | undefined = $derived(
    this.limitOverride?.ok ? this.limitOverride.value : this.analysis.ok && this.analysis.value.verdict === 'exists' ? this.analysis.value.value : undefined,
  );
  readonly instrument = $derived(this.L === undefined ? null : measure(this.f.fn, this.point, this.L, this.epsilon));
  readonly check = $derived(this.L === undefined || this.proposal === null ? null : checkProposal(this.f.fn, this.point, this.L, this.epsilon, this.proposal));
  readonly deckSquare = $derived(this.L !== undefined && isDeckSquare(this.f.expr, this.f.variable, this.point, this.L));

  // ---- derived: laws ----------------------------------------------------------------------
  readonly lawAResult = $derived(parseConstant(this.lawAText));
  readonly laws = $derived(analyseLaws(this.lawF.fn, this.lawG.fn, this.lawA));
  readonly x0Result = $derived(parseConstant(this.x0Text));
  readonly composition = $derived(analyseComposition(this.inner.fn, this.outer.fn, this.x0));

  // ---- the function and the point ---------------------------------------------------------
  applyExample(ex: LimitExample): void {
    this.pause();
    this.exampleId = ex.id;
    this.f.reset(ex.formula, ex.variable);
    this.point = ex.point;
    this.pointText = pointText(ex.point);
    this.baseView = ex.view;
    this.progress = WALK_START;
    this.epsilon = ex.eps;
    this.limitText = '';
    this.proposalText = '';
    this.proposal = null;
  }

  setFormula(s: string): void {
    const before = this.f.expr;
    this.f.set(s);
    if (this.f.expr !== before) {
      this.exampleId = null;
      // A typed function gets an automatic y window (the example's would frame the wrong curve).
      this.baseView = { xMin: this.baseView.xMin, xMax: this.baseView.xMax };
    }
  }

  setPointText(s: string): void {
    this.pointText = s;
    const r = parsePoint(s);
    if (r.ok) this.setPoint(r.value, false);
  }

  /** Moves the point (from the field, the ±∞ buttons or a click on the plot). */
  setPoint(p: ApproachPoint, syncText = true): void {
    if (syncText) this.pointText = pointText(p);
    if (samePoint(p, this.point)) return;
    this.pause();
    this.point = p;
    this.exampleId = null;
    this.progress = WALK_START;
    this.proposal = null;
    this.baseView = frameFor(p, this.baseView);
  }

  // ---- the walkers ------------------------------------------------------------------------
  /** Advances the walk by dt seconds of play (the animation clock calls it; tests too). */
  advance(dt: number): void {
    this.progress = clampProgress(this.progress + dt * WALK_SPEED);
    if (this.progress >= WALK_END) this.pause();
  }

  stepForward(): void {
    this.pause();
    this.progress = nextStop(this.progress);
  }

  stepBack(): void {
    this.pause();
    this.progress = previousStop(this.progress);
  }

  resetWalk(): void {
    this.pause();
    this.progress = WALK_START;
  }

  setProgress(p: number): void {
    this.pause();
    this.progress = clampProgress(p);
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    if (this.playing) return;
    if (this.progress >= WALK_END) this.progress = WALK_START;
    this.playing = true;
    if (typeof window === 'undefined') return;
    if (this.reducedMotion) {
      // No gliding: one table row at a time, like pressing "step".
      const id = window.setInterval(() => {
        this.progress = nextStop(this.progress);
        if (this.progress >= WALK_END) this.pause();
      }, REDUCED_STEP_MS);
      this.timer = { kind: 'interval', id };
      return;
    }
    this.lastFrame = performance.now();
    const frame = (now: number): void => {
      if (!this.playing) return;
      this.advance(Math.min(0.1, (now - this.lastFrame) / 1000));
      this.lastFrame = now;
      if (this.playing) this.timer = { kind: 'raf', id: window.requestAnimationFrame(frame) };
    };
    this.timer = { kind: 'raf', id: window.requestAnimationFrame(frame) };
  }

  pause(): void {
    this.playing = false;
    if (this.timer && typeof window !== 'undefined') {
      if (this.timer.kind === 'raf') window.cancelAnimationFrame(this.timer.id);
      else window.clearInterval(this.timer.id);
    }
    this.timer = null;
  }

  // ---- ε-δ --------------------------------------------------------------------------------
  setEpsilon(e: number): void {
    if (Number.isFinite(e) && e > 0) this.epsilon = clampEps(e);
  }

  setLimitText(s: string): void {
    this.limitText = s;
  }

  setProposalText(s: string): void {
    this.proposalText = s;
  }

  /** Submits the typed δ (or M); returns why it was refused, if it was. */
  submitProposal(): LocalizedText | null {
    const r = parseConstant(this.proposalText);
    if (!r.ok) return r.error;
    const v = r.value;
    if (this.point.kind === 'finite' && !(v > 0)) return text('δ must be a positive number.', 'δ 必须是正数。');
    if (this.point.kind === 'infinity' && !(this.point.sign * v > 0)) {
      return this.point.sign > 0 ? text('M must be a positive number (x > M).', 'M 必须是正数（x > M）。') : text('M must be a negative number (x < M).', 'M 必须是负数（x < M）。');
    }
    this.proposal = v;
    return null;
  }

  // ---- laws -------------------------------------------------------------------------------
  applyLawPreset(p: LawPreset): void {
    this.lawPresetId = p.id;
    this.lawF.reset(p.f);
    this.lawG.reset(p.g);
    this.lawAText = String(p.a);
    this.lawA = p.a;
  }

  setLawF(s: string): void {
    this.lawF.set(s);
    this.lawPresetId = null;
  }

  setLawG(s: string): void {
    this.lawG.set(s);
    this.lawPresetId = null;
  }

  setLawAText(s: string): void {
    this.lawAText = s;
    const r = parseConstant(s);
    if (r.ok) {
      this.lawA = r.value;
      this.lawPresetId = null;
    }
  }

  applyCompositionPreset(p: CompositionPreset): void {
    this.compositionId = p.id;
    this.inner.reset(p.inner);
    this.outer.reset(p.outer);
    this.x0Text = String(p.x0);
    this.x0 = p.x0;
    this.compSpan = p.span;
    this.compUSpan = p.uSpan;
  }

  setInner(s: string): void {
    this.inner.set(s);
    this.compositionId = null;
  }

  setOuter(s: string): void {
    this.outer.set(s);
    this.compositionId = null;
  }

  setX0Text(s: string): void {
    this.x0Text = s;
    const r = parseConstant(s);
    if (r.ok) {
      this.x0 = r.value;
      this.compositionId = null;
    }
  }

  // ---- state as data ----------------------------------------------------------------------
  snapshot(): LimitsState {
    return {
      version: 1,
      section: this.section,
      exampleId: this.exampleId,
      formula: this.f.text,
      variable: this.f.variable === 't' ? 't' : 'x',
      point: this.pointText,
      view: { ...this.baseView },
      progress: this.progress,
      follow: this.follow,
      epsilon: this.epsilon,
      limitText: this.limitText,
      proposalText: this.proposalText,
      proposal: this.proposal,
      hideAnswer: this.hideAnswer,
      epsZoom: this.epsZoom,
      laws: {
        mode: this.lawsMode,
        presetId: this.lawPresetId,
        f: this.lawF.text,
        g: this.lawG.text,
        a: this.lawAText,
        op: this.lawOp,
        compositionId: this.compositionId,
        inner: this.inner.text,
        outer: this.outer.text,
        x0: this.x0Text,
        span: this.compSpan,
        uSpan: this.compUSpan,
      },
    };
  }

  restore(s: LimitsState): void {
    this.pause();
    this.section = s.section;
    this.exampleId = s.exampleId;
    this.f.reset(s.formula, s.variable);
    this.pointText = s.point;
    const p = parsePoint(s.point);
    if (p.ok) this.point = p.value;
    this.baseView = s.view;
    this.progress = clampProgress(s.progress);
    this.follow = s.follow;
    this.epsilon = clampEps(s.epsilon);
    this.limitText = s.limitText;
    this.proposalText = s.proposalText;
    this.proposal = s.proposal;
    this.hideAnswer = s.hideAnswer;
    this.epsZoom = s.epsZoom;
    this.lawsMode = s.laws.mode;
    this.lawPresetId = s.laws.presetId;
    this.lawF.reset(s.laws.f);
    this.lawG.reset(s.laws.g);
    this.lawAText = s.laws.a;
    const a = parseConstant(s.laws.a);
    if (a.ok) this.lawA = a.value;
    this.lawOp = s.laws.op;
    this.compositionId = s.laws.compositionId;
    this.inner.reset(s.laws.inner);
    this.outer.reset(s.laws.outer);
    this.x0Text = s.laws.x0;
    const x0 = parseConstant(s.laws.x0);
    if (x0.ok) this.x0 = x0.value;
    this.compSpan = s.laws.span;
    this.compUSpan = s.laws.uSpan;
  }

  destroy(): void {
    this.pause();
  }
}

/** A window that shows the point: kept if a is well inside it, otherwise re-centred on a. */
export function frameFor(p: ApproachPoint, current: PlotView): PlotView {
  if (p.kind === 'infinity') return p.sign > 0 ? { xMin: -2, xMax: 30 } : { xMin: -30, xMax: 2 };
  const w = current.xMax - current.xMin;
  const inside = p.a > current.xMin + 0.15 * w && p.a < current.xMax - 0.15 * w;
  if (inside && w < 1e3) return current;
  const half = Math.min(5, Math.max(1, w / 2));
  return { xMin: p.a - half, xMax: p.a + half };
}
