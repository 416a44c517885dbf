/**
 * Chapter 2's one state object (like the graph canvas's GraphSession): which section is open and
 * every user-settable value of each section as plain data, with everything computed from them as
 * `$derived`. `snapshot()`/`restore()` let lecture mode and saved documents drive the scene. The
 * partial-derivative section reads the app-wide surface session (the explorer's), so the 3D
 * "mountain" here is the same surface, formula and point as in the explorer.
 */
import type { Expr } from '$shared/expr/ast';
import type { ExprError } from '$shared/expr/errors';
import { compile } from '$shared/expr/compile';
import { differentiate } from '$shared/expr/derivative';
import { parseExpr } from '$shared/expr/parse';
import { ruleTrace, type RuleStep } from '$shared/expr/ruleTrace';
import { toLatex } from '$shared/expr/latex';
import { logSteps } from '$shared/calculus/differenceQuotient';
import { expQuotient, logQuotient, powerQuotient } from '$shared/calculus/firstPrinciples';
import type { Result } from '$shared/result';
import type { SurfaceSession } from '../surface/surface-session.svelte';
import { acceptParam, DECK_ROWS, rowById, type DeckRow } from './deck-table';
import { cornerAt, createFunctionModel, errorTable, secantAt, type FunctionModel } from './function-model';
import { partialQuotient, type PartialAxis } from './partial-quotient';
import { DERIVATION_STEPS, DERIVATIONS, POWER_N_MAX, POWER_N_MIN, type Derivation } from './principles';
import { checkRow, createRowModel } from './row-model';
import { DEFAULT_RULE_EXAMPLE } from './rules';
import { H_EXP_MAX, H_EXP_MIN, stepFromExponent, type StepSign } from './step-scale';

export type DerivativesSection = 'secant' | 'principles' | 'table' | 'rules' | 'partials';
export const SECTIONS: readonly DerivativesSection[] = ['secant', 'principles', 'table', 'rules', 'partials'];

export type SecantPane = 'secant' | 'errors';

export interface PlotWindow {
  readonly xMin: number;
  readonly xMax: number;
}

/** Example functions for the secant figure, each with a window that frames it. */
export const SECANT_EXAMPLES: readonly {
  readonly id: string;
  readonly text: string;
  readonly tex: string;
  readonly view: PlotWindow;
  readonly x: number;
}[] = [
  { id: 'sin', text: 'sin(x)', tex: '\\sin x', view: { xMin: -4, xMax: 4 }, x: 1 },
  { id: 'cube', text: 'x^3', tex: 'x^3', view: { xMin: -2, xMax: 2 }, x: 1 },
  { id: 'cubic', text: 'x^3 - 3x', tex: 'x^3 - 3x', view: { xMin: -2.5, xMax: 2.5 }, x: 1.6 },
  { id: 'exp', text: 'e^x', tex: 'e^x', view: { xMin: -3, xMax: 2.5 }, x: 0.5 },
  { id: 'ln', text: 'ln(x)', tex: '\\ln x', view: { xMin: -0.5, xMax: 5 }, x: 2 },
  { id: 'sqrt', text: 'sqrt(x)', tex: '\\sqrt{x}', view: { xMin: -0.5, xMax: 5 }, x: 1 },
  // A corner: the symbolic derivative sign(x) says 0 at x = 0, but the two one-sided quotients say ±1.
  { id: 'abs', text: 'abs(x)', tex: '|x|', view: { xMin: -3, xMax: 3 }, x: 0 },
];
const DEFAULT_SECANT = SECANT_EXAMPLES[0]!;

/** The h table's steps: 10⁻¹ … 10⁻¹⁶. */
export const TABLE_STEPS: readonly number[] = logSteps(16);

/** "Play h → 0" runs from h = 1 down to this exponent (about √ε: below it the secant gets worse, as the table shows). */
export const PLAY_TARGET_EXP = -8;
const PLAY_TICK_MS = 40;
const PLAY_DECADES_PER_TICK = 0.04;

/** The session as plain data. */
export interface DerivativesState {
  readonly section: DerivativesSection;
  readonly secant: {
    readonly formula: string;
    readonly x: number;
    readonly hExp: number;
    readonly hSign: StepSign;
    readonly view: PlotWindow;
    readonly pane: SecantPane;
  };
  readonly principles: { readonly derivation: Derivation; readonly step: number; readonly n: number; readonly x: number; readonly hExp: number };
  readonly table: { readonly rowId: string; readonly params: Readonly<Record<string, number>>; readonly x: number };
  readonly rules: { readonly formula: string };
  readonly partials: { readonly axis: PartialAxis; readonly hExp: number; readonly hSign: StepSign };
}

type Animated = 'secant' | 'principles' | 'partials';

const clampExp = (e: number): number => (Number.isFinite(e) ? Math.min(H_EXP_MAX, Math.max(H_EXP_MIN, e)) : H_EXP_MAX);

function parseX(text: string): Result<Expr, ExprError> {
  return parseExpr(text, { variables: ['x'] });
}

function modelOf(e: Expr): FunctionModel | null {
  const m = createFunctionModel(e);
  return m.ok ? m.value : null;
}

/** Our own constant examples always parse (unit-tested); a failure here is a bug. */
function mustParse(text: string): Expr {
  const r = parseX(text);
  if (!r.ok) throw new Error(`built-in example does not parse: ${text}`);
  return r.value;
}

function mustModel(text: string): FunctionModel {
  const m = modelOf(mustParse(text));
  if (!m) throw new Error(`built-in example does not compile: ${text}`);
  return m;
}

export class DerivativesSession {
  section = $state<DerivativesSection>('secant');

  // — Secant → tangent —
  secantFormula = $state(DEFAULT_SECANT.text);
  x = $state(DEFAULT_SECANT.x);
  hExp = $state(-0.3);
  hSign = $state<StepSign>(1);
  secantView = $state.raw<PlotWindow>(DEFAULT_SECANT.view);
  /** The secant figure, or the error of the difference quotients against h. */
  secantPane = $state<SecantPane>('secant');
  /** The x under the pointer on the secant figure (not part of the state: it follows the mouse). */
  secantCursor = $state<number | null>(null);

  // — First principles —
  derivation = $state<Derivation>('power');
  stepIndex = $state(0);
  n = $state(3);
  px = $state(1.5);
  pHExp = $state(-1);

  // — The deck's table —
  rowId = $state(DECK_ROWS[2]!.id);
  rowParams = $state.raw<Readonly<Record<string, number>>>({});
  tableX = $state(DECK_ROWS[2]!.x0);

  // — Rules —
  rulesFormula = $state(DEFAULT_RULE_EXAMPLE.text);

  // — Partials —
  partialAxis = $state<PartialAxis>('x');
  partialHExp = $state(-0.3);
  partialSign = $state<StepSign>(1);

  /** Which h is being animated towards 0, if any. */
  playing = $state<Animated | null>(null);
  #timer: ReturnType<typeof setInterval> | undefined;

  readonly surface: SurfaceSession | null;

  constructor(surface: SurfaceSession | null = null) {
    this.surface = surface;
  }

  // ——— Secant → tangent ———
  readonly secantParse: Result<Expr, ExprError> = $derived(parseX(this.secantFormula));
  #lastSecant: FunctionModel = mustModel(DEFAULT_SECANT.text);
  /** The last formula that parsed (the figure never shows a broken one). */
  readonly secantModel: FunctionModel = $derived.by(() => {
    const r = this.secantParse;
    if (r.ok) {
      const m = modelOf(r.value);
      if (m) this.#lastSecant = m;
    }
    return this.#lastSecant;
  });
  readonly h: number = $derived(stepFromExponent(this.hExp, this.hSign));
  readonly secant = $derived(secantAt(this.secantModel, this.x, this.h));
  readonly errorTable = $derived(errorTable(this.secantModel, this.x, TABLE_STEPS));
  /** A corner at x (|x| at 0): the one-sided slopes differ and f′(x) does not exist. */
  readonly corner = $derived(cornerAt(this.secantModel, this.x));
  /** f and f′ at the cursor (or at x when the pointer is away). */
  readonly cursorReading = $derived.by(() => {
    const cx = this.secantCursor ?? this.x;
    return { x: cx, f: this.secantModel.f(cx), df: this.secantModel.df(cx) };
  });

  setSecantFormula(text: string): void {
    this.secantFormula = text;
  }

  openSecantExample(id: string): void {
    const ex = SECANT_EXAMPLES.find((e) => e.id === id);
    if (!ex) return;
    this.stop();
    this.secantFormula = ex.text;
    this.secantView = ex.view;
    this.x = ex.x;
  }

  setX(x: number): void {
    if (Number.isFinite(x)) this.x = x;
  }

  setHExp(e: number): void {
    this.hExp = clampExp(e);
  }

  /** Zooms the secant figure around the point (factor < 1 zooms in). */
  zoomSecant(factor: number): void {
    const half = Math.min(1e6, Math.max(1e-6, ((this.secantView.xMax - this.secantView.xMin) / 2) * factor));
    this.secantView = { xMin: this.x - half, xMax: this.x + half };
  }

  resetSecantView(): void {
    const ex = SECANT_EXAMPLES.find((e) => e.text === this.secantFormula.trim());
    this.secantView = ex ? ex.view : DEFAULT_SECANT.view;
  }

  // ——— First principles ———
  readonly steps = $derived(DERIVATION_STEPS[this.derivation]);
  readonly ph: number = $derived(stepFromExponent(this.pHExp, 1));
  readonly powerQ = $derived(powerQuotient(this.n, this.px, this.ph));
  readonly expQ = $derived(expQuotient(this.ph, 5));
  /** u = h/x for the logarithm. */
  readonly logQ = $derived(logQuotient(this.ph / this.px, 5));
  /** The literal quotient of the derivation's own f at (x, h), and its limit f′(x). */
  readonly principlesQuotient = $derived.by(() => {
    const x = this.px;
    const h = this.ph;
    switch (this.derivation) {
      case 'power':
        return { literal: this.powerQ.literal, limit: this.powerQ.limit };
      case 'exp':
        return { literal: (Math.exp(x + h) - Math.exp(x)) / h, limit: Math.exp(x) };
      case 'ln':
        return { literal: (Math.log(x + h) - Math.log(x)) / h, limit: 1 / x };
    }
  });

  setDerivation(d: Derivation): void {
    if (!DERIVATIONS.includes(d)) return;
    this.derivation = d;
    this.stepIndex = 0;
    if (d === 'ln' && this.px <= 0) this.px = 1.5;
  }

  nextStep(): void {
    this.stepIndex = Math.min(this.steps.length - 1, this.stepIndex + 1);
  }

  previousStep(): void {
    this.stepIndex = Math.max(0, this.stepIndex - 1);
  }

  setN(n: number): void {
    if (Number.isFinite(n)) this.n = Math.min(POWER_N_MAX, Math.max(POWER_N_MIN, Math.round(n)));
  }

  setPx(x: number): void {
    if (!Number.isFinite(x)) return;
    this.px = this.derivation === 'ln' ? Math.max(0.05, x) : x;
  }

  setPHExp(e: number): void {
    this.pHExp = clampExp(e);
  }

  // ——— The deck's table ———
  readonly row: DeckRow = $derived(rowById(this.rowId) ?? DECK_ROWS[0]!);
  readonly rowParam: number = $derived(this.row.param ? (this.rowParams[this.row.id] ?? this.row.param.initial) : Number.NaN);
  readonly rowModel = $derived(createRowModel(this.row, this.rowParam));
  readonly rowCheck = $derived(checkRow(this.rowModel, this.tableX));

  selectRow(id: string): void {
    const r = rowById(id);
    if (!r) return;
    this.rowId = id;
    this.tableX = r.x0;
  }

  setRowParam(value: number): void {
    const p = this.row.param;
    if (!p) return;
    const v = acceptParam(p, value, this.rowParam);
    this.rowParams = { ...this.rowParams, [this.row.id]: v };
    // A point that left the domain with the new parameter goes back to the row's start.
    if (!this.row.inDomain(this.tableX, v)) this.tableX = this.row.x0;
  }

  setTableX(x: number): void {
    if (Number.isFinite(x)) this.tableX = x;
  }

  // ——— Rules ———
  readonly rulesParse: Result<Expr, ExprError> = $derived(parseX(this.rulesFormula));
  #lastRules: Expr = mustParse(DEFAULT_RULE_EXAMPLE.text);
  readonly rulesExpr: Expr = $derived.by(() => {
    const r = this.rulesParse;
    if (r.ok) this.#lastRules = r.value;
    return this.#lastRules;
  });
  readonly trace: RuleStep = $derived(ruleTrace(this.rulesExpr, 'x'));
  readonly rulesResultLatex: string = $derived(toLatex(differentiate(this.rulesExpr, 'x')));

  setRulesFormula(text: string): void {
    this.rulesFormula = text;
  }

  // ——— Partials (on the explorer's surface) ———
  readonly partialH: number = $derived(stepFromExponent(this.partialHExp, this.partialSign));
  /**
   * ∂f/∂x and ∂f/∂y compiled from the explorer's symbolic partials (once per formula); null for a
   * partial too large to build symbolically, where the reverse-mode value stands in.
   */
  readonly #symbolicPartials = $derived.by(() => {
    const m = this.surface?.model;
    if (!m) return null;
    const px = m.symbolicX ? compile(m.symbolicX, ['x', 'y']) : null;
    const py = m.symbolicY ? compile(m.symbolicY, ['x', 'y']) : null;
    return { x: px?.ok ? px.value : null, y: py?.ok ? py.value : null };
  });
  readonly partial = $derived.by(() => {
    const s = this.surface;
    const m = s?.model;
    if (!s || !m) return null;
    const q = partialQuotient((x, y) => m.evaluate(x, y), s.a, s.b, this.partialAxis, this.partialH);
    const fn = this.partialAxis === 'x' ? this.#symbolicPartials?.x : this.#symbolicPartials?.y;
    const exact = fn ? fn.evaluate([s.a, s.b]) : this.partialAxis === 'x' ? s.point?.fx : s.point?.fy;
    const symbolic = exact ?? Number.NaN;
    return { ...q, symbolic, error: Math.abs(q.quotient - symbolic) };
  });

  setPartialAxis(axis: PartialAxis): void {
    this.partialAxis = axis;
  }

  setPartialHExp(e: number): void {
    this.partialHExp = clampExp(e);
  }

  // ——— Play h → 0 ———
  /** Animates the section's h from 1 down to 10⁻⁸, the secant turning into the tangent. */
  play(which: Animated): void {
    this.stop();
    const get = (): number => (which === 'secant' ? this.hExp : which === 'principles' ? this.pHExp : this.partialHExp);
    const set = (e: number): void => {
      if (which === 'secant') this.hExp = e;
      else if (which === 'principles') this.pHExp = e;
      else this.partialHExp = e;
    };
    if (get() <= PLAY_TARGET_EXP + 1e-9) set(H_EXP_MAX);
    this.playing = which;
    this.#timer = setInterval(() => {
      const next = Math.max(PLAY_TARGET_EXP, get() - PLAY_DECADES_PER_TICK);
      set(Number(next.toFixed(4)));
      if (next <= PLAY_TARGET_EXP) this.stop();
    }, PLAY_TICK_MS);
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.playing = null;
  }

  dispose(): void {
    this.stop();
  }

  snapshot(): DerivativesState {
    return {
      section: this.section,
      secant: { formula: this.secantFormula, x: this.x, hExp: this.hExp, hSign: this.hSign, view: { ...this.secantView }, pane: this.secantPane },
      principles: { derivation: this.derivation, step: this.stepIndex, n: this.n, x: this.px, hExp: this.pHExp },
      table: { rowId: this.rowId, params: { ...this.rowParams }, x: this.tableX },
      rules: { formula: this.rulesFormula },
      partials: { axis: this.partialAxis, hExp: this.partialHExp, hSign: this.partialSign },
    };
  }

  /** Applies a state; values out of range are brought back into range, unknown ids ignored. */
  restore(s: DerivativesState): void {
    this.stop();
    if (SECTIONS.includes(s.section)) this.section = s.section;
    this.secantFormula = s.secant.formula;
    this.setX(s.secant.x);
    this.setHExp(s.secant.hExp);
    this.hSign = s.secant.hSign === -1 ? -1 : 1;
    if (s.secant.view.xMin < s.secant.view.xMax) this.secantView = { ...s.secant.view };
    this.secantPane = s.secant.pane === 'errors' ? 'errors' : 'secant';
    this.setDerivation(s.principles.derivation);
    this.stepIndex = Math.min(this.steps.length - 1, Math.max(0, Math.round(s.principles.step)));
    this.setN(s.principles.n);
    this.setPx(s.principles.x);
    this.setPHExp(s.principles.hExp);
    if (rowById(s.table.rowId)) this.rowId = s.table.rowId;
    this.rowParams = { ...s.table.params };
    this.setTableX(s.table.x);
    this.rulesFormula = s.rules.formula;
    this.partialAxis = s.partials.axis === 'y' ? 'y' : 'x';
    this.setPartialHExp(s.partials.hExp);
    this.partialSign = s.partials.hSign === -1 ? -1 : 1;
  }
}
