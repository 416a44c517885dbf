/**
 * Chapter 3's one state object (like GraphSession and SurfaceSession): the typed composition, the
 * shared cursor x and the window, the nudge Δx = ±10^k, the several-variables formulas and point,
 * and the derivation steps. Everything computed is `$derived`; the only timer is the Δx sweep.
 * `snapshot()`/`restore()` carry the state as plain data for lecture mode and saved documents.
 */
import type { Expr } from '$shared/expr/ast';
import { chainRuleAt, type ChainRuleAtPoint, type ChainRuleSpec } from '$shared/expr/chainPaths';
import type { ExprError } from '$shared/expr/errors';
import { parseExpr } from '$shared/expr/parse';
import { toText } from '$shared/expr/print';
import { decadeSteps, propagationRow, propagationTable, signedLogStep, type PropagationRow } from '$shared/calculus/chainPropagation';
import type { Result } from '$shared/result';
import { DEFAULT_MULTI, DEFAULT_SINGLE, MULTI_EXAMPLES, SINGLE_EXAMPLES } from './chain-examples';
import { differentialSteps, type DifferentialStep } from './differential-steps';
import { nearestRoot } from './inner-solve';
import { analyseSingle, chainAt, isDeckExample, type ChainPoint, type SingleAnalysis, type SingleChain } from './single-chain';

export type ChainSection = 'single' | 'propagation' | 'multi';
export type LowerPane = 'table' | 'proof';
export type MultiPane = 'sums' | 'derivation';
export const CHAIN_SECTIONS: readonly ChainSection[] = ['single', 'propagation', 'multi'];

/** The nudge Δx = ±10^exponent, exponent ∈ [MIN, MAX]. */
export const DX_EXPONENT_MIN = -9;
export const DX_EXPONENT_MAX = 0;
/** The table's steps: ±10⁻¹ … ±10⁻⁹. */
export const TABLE_FROM = -1;
export const TABLE_TO = -9;
/** Sweep: exponent step and interval (≈ 5 s from 10⁰ down to 10⁻⁹). */
const SWEEP_STEP = 0.05;
const SWEEP_MS = 28;

export const SINGLE_VARS = ['x'] as const;
export const OUTER_VARS = ['u', 'v'] as const;
export const INPUT_VARS = ['x', 'y'] as const;
/** Number of steps of the total-differential derivation. */
export const DIFFERENTIAL_STEP_COUNT = 5;
/** Number of steps of the one-variable derivation (propagation section). */
export const PROOF_STEP_COUNT = 5;

/** The session as plain data. */
export interface ChainState {
  readonly section: ChainSection;
  readonly formula: string;
  readonly x: number;
  readonly window: readonly [number, number];
  readonly dxExponent: number;
  readonly dxSign: 1 | -1;
  readonly proofStep: number;
  readonly lowerPane: LowerPane;
  readonly z: string;
  readonly u: string;
  readonly v: string;
  readonly point: readonly [number, number];
  readonly differentialStep: number;
  readonly multiPane: MultiPane;
}

const parseIn = (text: string, variables: readonly string[]): Result<Expr, ExprError> => parseExpr(text, { variables: [...variables] });
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const mustParse = (text: string, variables: readonly string[]): Expr => {
  const r = parseIn(text, variables);
  if (!r.ok) throw new Error(`built-in example does not parse: ${text}`);
  return r.value;
};

export class ChainSession {
  section = $state<ChainSection>('single');

  // One variable
  formula = $state(DEFAULT_SINGLE.formula);
  x = $state(DEFAULT_SINGLE.x);
  xMin = $state(DEFAULT_SINGLE.xMin);
  xMax = $state(DEFAULT_SINGLE.xMax);

  // Propagation
  dxExponent = $state(-1);
  dxSign = $state<1 | -1>(1);
  proofStep = $state(0);
  /** What the lower pane shows: the table of steps or the derivation. */
  lowerPane = $state<LowerPane>('table');
  sweeping = $state(false);

  // Several variables
  zText = $state(DEFAULT_MULTI.z);
  uText = $state(DEFAULT_MULTI.u);
  vText = $state(DEFAULT_MULTI.v);
  px = $state(DEFAULT_MULTI.x);
  py = $state(DEFAULT_MULTI.y);
  differentialStep = $state(0);
  /** What the right column shows: the sums over paths or the total-differential derivation. */
  multiPane = $state<MultiPane>('sums');

  readonly parse: Result<Expr, ExprError> = $derived(parseIn(this.formula, SINGLE_VARS));
  #lastSingle: Expr = mustParse(DEFAULT_SINGLE.formula, SINGLE_VARS);
  /** The last formula that parsed: what the plots show while the box holds an error. */
  readonly expr: Expr = $derived.by(() => {
    if (this.parse.ok) this.#lastSingle = this.parse.value;
    return this.#lastSingle;
  });
  readonly analysis: SingleAnalysis = $derived(analyseSingle(this.expr));
  readonly chain: SingleChain | null = $derived(this.analysis.kind === 'chain' ? this.analysis.chain : null);
  readonly point: ChainPoint | null = $derived(this.chain ? chainAt(this.chain, this.x) : null);
  readonly isDeck: boolean = $derived(isDeckExample(this.expr));
  /** The stationary point of u nearest to x in the window (NaN if u′ has no zero there). */
  readonly stationaryX: number = $derived(this.chain ? nearestRoot(this.chain.dudx, 0, this.x, this.xMin, this.xMax) : Number.NaN);

  readonly dx: number = $derived(signedLogStep(this.dxExponent, this.dxSign));
  readonly row: PropagationRow | null = $derived(
    this.chain && this.point ? propagationRow(this.chain.g, this.chain.f, this.x, this.dx, this.point.dydu) : null,
  );
  readonly table: readonly PropagationRow[] = $derived(
    this.chain && this.point ? propagationTable(this.chain.g, this.chain.f, this.x, decadeSteps(TABLE_FROM, TABLE_TO, this.dxSign), this.point.dydu) : [],
  );

  readonly zParse: Result<Expr, ExprError> = $derived(parseIn(this.zText, OUTER_VARS));
  readonly uParse: Result<Expr, ExprError> = $derived(parseIn(this.uText, INPUT_VARS));
  readonly vParse: Result<Expr, ExprError> = $derived(parseIn(this.vText, INPUT_VARS));
  #lastZ: Expr = mustParse(DEFAULT_MULTI.z, OUTER_VARS);
  #lastU: Expr = mustParse(DEFAULT_MULTI.u, INPUT_VARS);
  #lastV: Expr = mustParse(DEFAULT_MULTI.v, INPUT_VARS);
  readonly spec: ChainRuleSpec = $derived.by(() => {
    if (this.zParse.ok) this.#lastZ = this.zParse.value;
    if (this.uParse.ok) this.#lastU = this.uParse.value;
    if (this.vParse.ok) this.#lastV = this.vParse.value;
    return {
      outer: this.#lastZ,
      intermediates: [
        { name: 'u', expr: this.#lastU },
        { name: 'v', expr: this.#lastV },
      ],
      inputs: [...INPUT_VARS],
    };
  });
  readonly multi: Result<ChainRuleAtPoint, ExprError> = $derived(chainRuleAt(this.spec, { x: this.px, y: this.py }));
  readonly steps: readonly DifferentialStep[] = $derived(this.multi.ok ? differentialSteps(this.multi.value, OUTER_VARS, INPUT_VARS) : []);

  #timer: ReturnType<typeof setInterval> | undefined;

  // ── one variable ─────────────────────────────────────────────
  setFormula(text: string): void {
    this.formula = text;
  }

  applySingleExample(id: string): void {
    const e = SINGLE_EXAMPLES.find((q) => q.id === id);
    if (!e) return;
    this.formula = e.formula;
    this.xMin = e.xMin;
    this.xMax = e.xMax;
    this.x = e.x;
  }

  /** Looks at a composed part of a formula that is not itself a composition (x·sin(x²) → sin(x²)). */
  focusPart(part: Expr): void {
    this.formula = toText(part);
  }

  /** Moves the shared cursor (kept inside the window). */
  setX(x: number): void {
    if (!Number.isFinite(x)) return;
    this.x = clamp(x, this.xMin, this.xMax);
  }

  /** Sets the x window; refused unless min < max and both finite. The cursor is kept inside. */
  setWindow(min: number, max: number): boolean {
    if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max) || max - min < 1e-6) return false;
    this.xMin = min;
    this.xMax = max;
    this.x = clamp(this.x, min, max);
    return true;
  }

  /** Puts x on the stationary point of u (du/dx = 0), where Δu/Δx → 0. */
  goToStationary(): void {
    if (Number.isFinite(this.stationaryX)) this.x = Math.abs(this.stationaryX) < 1e-12 ? 0 : this.stationaryX;
  }

  // ── propagation ──────────────────────────────────────────────
  setDxExponent(e: number): void {
    if (Number.isFinite(e)) this.dxExponent = clamp(e, DX_EXPONENT_MIN, DX_EXPONENT_MAX);
  }

  setDxSign(s: 1 | -1): void {
    this.dxSign = s;
  }

  /** Sweeps Δx from 10⁰ down to 10⁻⁹: the ratios settle on the derivatives. */
  sweep(): void {
    this.stopSweep();
    this.dxExponent = DX_EXPONENT_MAX;
    this.sweeping = true;
    this.#timer = setInterval(() => {
      const next = Math.round((this.dxExponent - SWEEP_STEP) * 100) / 100;
      if (next <= DX_EXPONENT_MIN) {
        this.dxExponent = DX_EXPONENT_MIN;
        this.stopSweep();
      } else this.dxExponent = next;
    }, SWEEP_MS);
  }

  stopSweep(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.sweeping = false;
  }

  setProofStep(k: number): void {
    this.proofStep = clamp(Math.round(k), 0, PROOF_STEP_COUNT - 1);
  }

  // ── several variables ────────────────────────────────────────
  setZ(text: string): void {
    this.zText = text;
  }
  setU(text: string): void {
    this.uText = text;
  }
  setV(text: string): void {
    this.vText = text;
  }

  setPoint(x: number, y: number): void {
    if (Number.isFinite(x)) this.px = x;
    if (Number.isFinite(y)) this.py = y;
  }

  applyMultiExample(id: string): void {
    const e = MULTI_EXAMPLES.find((q) => q.id === id);
    if (!e) return;
    this.zText = e.z;
    this.uText = e.u;
    this.vText = e.v;
    this.px = e.x;
    this.py = e.y;
    this.differentialStep = 0;
  }

  setDifferentialStep(k: number): void {
    this.differentialStep = clamp(Math.round(k), 0, DIFFERENTIAL_STEP_COUNT - 1);
  }

  // ── state as data ────────────────────────────────────────────
  snapshot(): ChainState {
    return {
      section: this.section,
      formula: this.formula,
      x: this.x,
      window: [this.xMin, this.xMax],
      dxExponent: this.dxExponent,
      dxSign: this.dxSign,
      proofStep: this.proofStep,
      lowerPane: this.lowerPane,
      z: this.zText,
      u: this.uText,
      v: this.vText,
      point: [this.px, this.py],
      differentialStep: this.differentialStep,
      multiPane: this.multiPane,
    };
  }

  /** Applies a state; anything malformed keeps its current value. */
  restore(s: ChainState): void {
    this.stopSweep();
    if (CHAIN_SECTIONS.includes(s.section)) this.section = s.section;
    this.formula = s.formula;
    if (!this.setWindow(s.window[0], s.window[1])) this.setWindow(DEFAULT_SINGLE.xMin, DEFAULT_SINGLE.xMax);
    this.setX(s.x);
    this.setDxExponent(s.dxExponent);
    this.dxSign = s.dxSign === -1 ? -1 : 1;
    this.setProofStep(s.proofStep);
    this.lowerPane = s.lowerPane === 'proof' ? 'proof' : 'table';
    this.zText = s.z;
    this.uText = s.u;
    this.vText = s.v;
    this.setPoint(s.point[0], s.point[1]);
    this.setDifferentialStep(s.differentialStep);
    this.multiPane = s.multiPane === 'derivation' ? 'derivation' : 'sums';
  }

  dispose(): void {
    this.stopSweep();
  }
}
