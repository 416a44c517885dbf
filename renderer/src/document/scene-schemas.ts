/**
 * zod schemas for each scene's state in a document: finite numbers within the UI's own bounds,
 * capped strings and arrays, ids as data only (a key such as `__proto__` is refused, never
 * assigned). Each schema's output is checked at compile time to be the scene's own state type
 * (mutually assignable), so a scene that changes its state without updating its schema fails the
 * type check instead of saving files it cannot read back.
 */
import { z } from 'zod';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import type { ChainState } from '../scenes/chain/chain-session.svelte';
import type { DerivativesState } from '../scenes/derivatives/derivatives-session.svelte';
import type { LimitsState } from '../scenes/limits/limits-session.svelte';
import type { SurfaceState } from '../scenes/surface/surface-session.svelte';
import type { WalkersState } from '../scenes/surface/explorer/walker-store.svelte';
import { RESOLUTIONS, validateDomain } from '../scenes/surface/explorer/domain-model';
import { SURFACE_PRESETS } from '../scenes/surface/presets';
import { GRAPH_FILE_TYPE, parseGraphFile } from '../scenes/graph/graph-file';
import type { GraphDoc } from '../scenes/graph/graph-doc';
import type { GraphState } from './graph-state';
import {
  CHAIN_DIFFERENTIAL_STEPS,
  CHAIN_DX_EXP,
  CHAIN_PROOF_STEPS,
  DERIV_H_EXP,
  DERIV_POWER_N,
  GRAPH_LR,
  GRAPH_MAX_STEPS,
  LIMITS_EPS,
  LIMITS_PROGRESS,
  MAX_FIELD_CHARS,
  MAX_FORMULA_CHARS,
  MAX_ID_CHARS,
  WALKER_LOG_LR,
  WALKER_MAX,
  WALKER_MAX_STEPS,
  WALKER_SPEEDS,
} from './scene-limits';
import type { LearningRateSchedule, OptimizerConfig } from '$shared/optim/index';
import { validateOptimizerConfig, validateSchedule } from '$shared/optim/index';

// The app's CSP forbids eval, which zod's JIT would otherwise try (and log) on first use.
z.config({ jitless: true });

/** The graph file's own reasons start with "This file cannot be opened:"; the caller adds its own. */
export function bareReason(t: LocalizedText): LocalizedText {
  return text(t.en.replace(/^This file cannot be opened:\s*/, ''), t['zh-CN'].replace(/^无法打开此文件：/, ''));
}

/** True when A and B are mutually assignable (the schema's output is the scene's state type). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(proof: Same<A, B>): Same<A, B> => proof;

// Free-typed numbers (a point, a δ, a window) have no bound in the UI but finiteness (zod 4's
// numbers are finite: JSON's 1e999 parses to Infinity and is refused here).
const num = z.number();
const formula = z.string().max(MAX_FORMULA_CHARS);
const field = z.string().max(MAX_FIELD_CHARS);
const id = z.string().min(1).max(MAX_ID_CHARS);
const sign = z.union([z.literal(1), z.literal(-1)]);
const intIn = (lo: number, hi: number) => z.number().int().min(lo).max(hi);
const window = z.object({ xMin: num, xMax: num }).refine((v) => v.xMin < v.xMax, { message: 'xMin must be smaller than xMax', path: ['xMax'] });

/** Object keys that would reach Object.prototype through a plain object. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * A record of finite numbers keyed by names (a parameter, a row id): at most `max` entries, keys
 * short identifiers. zod's own record copies keys into a plain object, where `__proto__` would
 * set the prototype; this one checks the parsed object in place and refuses such keys.
 */
const numberRecord = (max: number) =>
  z.custom<Readonly<Record<string, number>>>(
    (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
      const entries = Object.entries(v);
      if (entries.length > max) return false;
      return entries.every(([k, x]) => /^[\w-]{1,60}$/.test(k) && !RESERVED_KEYS.has(k) && typeof x === 'number' && Number.isFinite(x));
    },
    { message: `expected at most ${max} named finite numbers` },
  );

// ——— Surface explorer (descent chapter, and chapter 2's mountain) ———
/** A decay factor β, ρ in [0, 1); ε > 0; η > 0 (the optimizers' own checks run as well). */
const unitOpen = z.number().min(0).lt(1);
const positive = z.number().positive();
const optimizerSchema: z.ZodType<OptimizerConfig> = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('gd'), lr: positive }),
    z.object({ kind: z.literal('momentum'), lr: positive, beta: unitOpen }),
    z.object({ kind: z.literal('nesterov'), lr: positive, beta: unitOpen }),
    z.object({ kind: z.literal('adagrad'), lr: positive, epsilon: positive }),
    z.object({ kind: z.literal('rmsprop'), lr: positive, rho: unitOpen, epsilon: positive }),
    z.object({ kind: z.literal('adam'), lr: positive, beta1: unitOpen, beta2: unitOpen, epsilon: positive }),
  ])
  .superRefine((c, ctx) => {
    const r = validateOptimizerConfig(c);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.en, params: { zh: r.error['zh-CN'] } });
  });
const stepCount = z.number().int().min(1).max(1e6);
/** Schedules nest (warmup then …) at most a few levels deep; the schedule's own check runs too. */
const scheduleAt = (depth: number): z.ZodType<LearningRateSchedule> => {
  const flat = [
    z.object({ kind: z.literal('constant') }),
    z.object({ kind: z.literal('step'), every: stepCount, gamma: z.number().gt(0).max(1) }),
    z.object({ kind: z.literal('cosine'), totalSteps: stepCount, minLr: z.number().min(0).optional() }),
  ] as const;
  const options = depth <= 0 ? flat : ([...flat, z.object({ kind: z.literal('warmup'), warmupSteps: stepCount, then: scheduleAt(depth - 1) })] as const);
  return z.discriminatedUnion('kind', options).superRefine((s, ctx) => {
    const r = validateSchedule(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.en, params: { zh: r.error['zh-CN'] } });
  }) as z.ZodType<LearningRateSchedule>;
};
const walkersSchema = z
  .object({
    list: z
      .array(
        z.object({
          start: z.tuple([num, num]).readonly(),
          config: z.object({ optimizer: optimizerSchema, schedule: scheduleAt(3) }),
          // Restoring re-runs this many steps: bounded, so a file cannot keep the page busy.
          steps: intIn(0, WALKER_MAX_STEPS),
          ended: z.boolean(),
        }),
      )
      .max(WALKER_MAX)
      .readonly(),
    speed: z.union(WALKER_SPEEDS.map((v) => z.literal(v)) as [z.ZodLiteral<1>, z.ZodLiteral<5>, z.ZodLiteral<10>, z.ZodLiteral<30>, z.ZodLiteral<100>]).transform((v): number => v),
    form: z.object({
      kind: z.enum(['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']),
      logLr: z.number().min(WALKER_LOG_LR[0]).max(WALKER_LOG_LR[1]),
      beta: unitOpen,
      rho: unitOpen,
      beta1: unitOpen,
      beta2: unitOpen,
      schedule: z.enum(['constant', 'step', 'cosine', 'warmup']),
    }),
    selected: z.number().int().min(0).nullable(),
  })
  .refine((w) => w.selected === null || w.selected < w.list.length, { message: 'the selected walker does not exist', path: ['selected'] });
export const WALKERS_SCHEMA_MATCHES = same<z.output<typeof walkersSchema>, WalkersState>(true);

const presetIds: ReadonlySet<string> = new Set(SURFACE_PRESETS.map((p) => p.id));
export const surfaceSchema = z
  .object({
    presetId: id.refine((v) => presetIds.has(v), { message: 'unknown surface example' }),
    formula,
    params: numberRecord(16),
    domain: z.object({ xMin: num, xMax: num, yMin: num, yMax: num }).superRefine((d, ctx) => {
      const r = validateDomain(d);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.en, params: { zh: r.error['zh-CN'] } });
    }),
    resolution: z.union(RESOLUTIONS.map((r) => z.literal(r)) as [z.ZodLiteral<64>, z.ZodLiteral<128>, z.ZodLiteral<256>]),
    point: z.tuple([num, num]).readonly(),
    theta: z.number().min(-4 * Math.PI).max(4 * Math.PI),
    layers: z.object({ slices: z.boolean(), tangentPlane: z.boolean(), gradient: z.boolean(), contours: z.boolean() }),
    tab: z.enum(['partials', 'gradient', 'descent', 'domain']),
    // Optional: documents written before walkers were saved have none (still version 1).
    walkers: walkersSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const preset = SURFACE_PRESETS.find((p) => p.id === s.presetId);
    if (!preset) return;
    for (const name of Object.keys(s.params)) {
      if (!preset.params.some((p) => p.name === name)) ctx.addIssue({ code: 'custom', message: `"${name}" is not a parameter of this example`, path: ['params', name] });
    }
  });
export const SURFACE_SCHEMA_MATCHES = same<z.output<typeof surfaceSchema>, SurfaceState>(true);

// ——— Chapter 1: limits ———
export const limitsSchema = z.object({
  version: z.literal(1),
  section: z.enum(['approach', 'epsilon', 'laws']),
  exampleId: id.nullable(),
  formula,
  variable: z.enum(['x', 't']),
  point: field,
  view: z
    .object({ xMin: num, xMax: num, yMin: num.optional(), yMax: num.optional() })
    .refine((v) => v.xMin < v.xMax, { message: 'xMin must be smaller than xMax', path: ['xMax'] })
    .refine((v) => v.yMin === undefined || v.yMax === undefined || v.yMin < v.yMax, { message: 'yMin must be smaller than yMax', path: ['yMax'] }),
  progress: z.number().min(LIMITS_PROGRESS[0]).max(LIMITS_PROGRESS[1]),
  follow: z.boolean(),
  epsilon: z.number().min(LIMITS_EPS[0]).max(LIMITS_EPS[1]),
  limitText: field,
  proposalText: field,
  proposal: num.nullable(),
  hideAnswer: z.boolean(),
  epsZoom: z.boolean(),
  laws: z.object({
    mode: z.enum(['arithmetic', 'composition']),
    presetId: id.nullable(),
    f: formula,
    g: formula,
    a: field,
    op: z.enum(['sum', 'difference', 'product', 'quotient']),
    compositionId: id.nullable(),
    inner: formula,
    outer: formula,
    x0: field,
    span: z.number().positive(),
    uSpan: z.number().positive(),
  }),
});
export const LIMITS_SCHEMA_MATCHES = same<z.output<typeof limitsSchema>, LimitsState>(true);

// ——— Chapter 2: derivatives ———
const hExp = z.number().min(DERIV_H_EXP[0]).max(DERIV_H_EXP[1]);
export const derivativesSchema = z.object({
  section: z.enum(['secant', 'principles', 'table', 'rules', 'partials']),
  secant: z.object({ formula, x: num, hExp, hSign: sign, view: window, pane: z.enum(['secant', 'errors']) }),
  principles: z.object({ derivation: z.enum(['power', 'exp', 'ln']), step: intIn(0, 20), n: intIn(DERIV_POWER_N[0], DERIV_POWER_N[1]), x: num, hExp }),
  table: z.object({ rowId: id, params: numberRecord(64), x: num }),
  rules: z.object({ formula }),
  partials: z.object({ axis: z.enum(['x', 'y']), hExp, hSign: sign }),
});
export const DERIVATIVES_SCHEMA_MATCHES = same<z.output<typeof derivativesSchema>, DerivativesState>(true);

// ——— Chapter 3: the chain rule ———
export const chainSchema = z.object({
  section: z.enum(['single', 'propagation', 'multi']),
  formula,
  x: num,
  window: z
    .tuple([num, num])
    .readonly()
    .refine((w) => w[0] < w[1], { message: 'the window minimum must be smaller than its maximum' }),
  dxExponent: z.number().min(CHAIN_DX_EXP[0]).max(CHAIN_DX_EXP[1]),
  dxSign: sign,
  proofStep: intIn(0, CHAIN_PROOF_STEPS - 1),
  lowerPane: z.enum(['table', 'proof']),
  z: formula,
  u: formula,
  v: formula,
  point: z.tuple([num, num]).readonly(),
  differentialStep: intIn(0, CHAIN_DIFFERENTIAL_STEPS - 1),
  multiPane: z.enum(['sums', 'derivation']),
});
export const CHAIN_SCHEMA_MATCHES = same<z.output<typeof chainSchema>, ChainState>(true);

// ——— Chapter 4: the graph canvas ———
/**
 * The graph and its positions go through the graph file's own checks (shape, known operations,
 * unique ids, inputs that exist, no cycle, positions as numbers keyed by node ids) — one set of
 * rules for the old graph files and for documents.
 */
const graphDocSchema = z.unknown().transform((raw, ctx): GraphDoc => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    ctx.addIssue({ code: 'custom', message: 'expected the graph and its positions' });
    return z.NEVER;
  }
  const r = parseGraphFile(JSON.stringify({ ...raw, type: GRAPH_FILE_TYPE, version: 1 }));
  if (!r.ok) {
    const reason = bareReason(r.error);
    ctx.addIssue({ code: 'custom', message: reason.en, params: { zh: reason['zh-CN'] } });
    return z.NEVER;
  }
  return r.value;
});
export const graphSchema = z.object({
  doc: graphDocSchema,
  template: z.enum(['deck', 'xor', 'neuron', 'empty']),
  dataset: z.enum(['example', 'xor', 'twoMoons', 'circles', 'linearlySeparable']),
  optimizer: z.enum(['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']),
  learningRate: z.number().min(GRAPH_LR[0]).max(GRAPH_LR[1]),
  steps: intIn(1, GRAPH_MAX_STEPS),
});
export const GRAPH_SCHEMA_MATCHES = same<z.output<typeof graphSchema>, GraphState>(true);

export const sceneSchemas = {
  surface: surfaceSchema,
  graph: graphSchema,
  limits: limitsSchema,
  derivatives: derivativesSchema,
  chain: chainSchema,
} as const;
