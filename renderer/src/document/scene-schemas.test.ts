import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHAPTERS } from '../shell/chapters';
import { EPS_MAX, EPS_MIN, LIMITS_SECTIONS } from '../scenes/limits/limits-session.svelte';
import { WALK_END, WALK_START } from '../scenes/limits/walkers';
import { H_EXP_MAX, H_EXP_MIN } from '../scenes/derivatives/step-scale';
import { POWER_N_MAX, POWER_N_MIN } from '../scenes/derivatives/principles';
import { CHAIN_SECTIONS, DIFFERENTIAL_STEP_COUNT, DX_EXPONENT_MAX, DX_EXPONENT_MIN, PROOF_STEP_COUNT } from '../scenes/chain/chain-session.svelte';
import { MAX_STEPS_PER_RUN } from '../scenes/graph/training';
import { SECTIONS } from '../scenes/derivatives/derivatives-session.svelte';
import { LR_LOG_MAX, LR_LOG_MIN } from '../scenes/surface/explorer/walker-form';
import { WalkerModel } from '../scenes/surface/explorer/walker-model';
import { SPEEDS } from '../scenes/surface/explorer/walker-store.svelte';
import type { ChainState } from '../scenes/chain/chain-session.svelte';
import { CHAIN_DIFFERENTIAL_STEPS, CHAIN_DX_EXP, CHAIN_PROOF_STEPS, CHAPTER_IDS, DERIV_H_EXP, DERIV_POWER_N, GRAPH_MAX_STEPS, LIMITS_EPS, LIMITS_PROGRESS, WALKER_LOG_LR, WALKER_MAX_STEPS, WALKER_SPEEDS } from './scene-limits';
import { chainSchema, CHAIN_SCHEMA_MATCHES, DERIVATIVES_SCHEMA_MATCHES, derivativesSchema, GRAPH_SCHEMA_MATCHES, LIMITS_SCHEMA_MATCHES, limitsSchema, SURFACE_SCHEMA_MATCHES, WALKERS_SCHEMA_MATCHES } from './scene-schemas';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('scene schemas', () => {
  it('have outputs of exactly the scenes’ state types (checked when this file compiles)', () => {
    expect([SURFACE_SCHEMA_MATCHES, LIMITS_SCHEMA_MATCHES, DERIVATIVES_SCHEMA_MATCHES, CHAIN_SCHEMA_MATCHES, GRAPH_SCHEMA_MATCHES, WALKERS_SCHEMA_MATCHES]).toEqual([true, true, true, true, true, true]);
    // The check has teeth: a schema missing a field is not the state type.
    const _partial = chainSchema.omit({ multiPane: true });
    // @ts-expect-error — a schema without multiPane does not produce a ChainState.
    const wrong: Same<z.output<typeof _partial>, ChainState> = true;
    void wrong;
  });

  it('use the scenes’ own bounds and ids', () => {
    expect(CHAPTER_IDS).toEqual(CHAPTERS.map((c) => c.id));
    expect(LIMITS_EPS).toEqual([EPS_MIN, EPS_MAX]);
    expect(LIMITS_PROGRESS).toEqual([WALK_START, WALK_END]);
    expect(DERIV_H_EXP).toEqual([H_EXP_MIN, H_EXP_MAX]);
    expect(DERIV_POWER_N).toEqual([POWER_N_MIN, POWER_N_MAX]);
    expect(CHAIN_DX_EXP).toEqual([DX_EXPONENT_MIN, DX_EXPONENT_MAX]);
    expect(CHAIN_PROOF_STEPS).toBe(PROOF_STEP_COUNT);
    expect(CHAIN_DIFFERENTIAL_STEPS).toBe(DIFFERENTIAL_STEP_COUNT);
    expect(GRAPH_MAX_STEPS).toBe(MAX_STEPS_PER_RUN);
    expect(WALKER_SPEEDS).toEqual(SPEEDS);
    expect(WALKER_LOG_LR).toEqual([LR_LOG_MIN, LR_LOG_MAX]);
    // The model's own step limit: a restored walker never needs more steps than it could take.
    const m = new WalkerModel({ value: (x, y) => x + y, grad: () => new Float64Array([1, 1]) });
    m.addWalker([0, 0], { optimizer: { kind: 'gd', lr: 1e-9 }, schedule: { kind: 'constant' } });
    m.stepMany(WALKER_MAX_STEPS + 10);
    expect(m.walkers[0]?.stepCount).toBe(WALKER_MAX_STEPS);
    expect(limitsSchema.shape.section.options).toEqual([...LIMITS_SECTIONS]);
    expect(derivativesSchema.shape.section.options).toEqual([...SECTIONS]);
    expect(chainSchema.shape.section.options).toEqual([...CHAIN_SECTIONS]);
  });

  it('cap strings and refuse out-of-range numbers', () => {
    const base = { section: 'single', formula: 'x', x: 0, window: [-1, 1], dxExponent: -1, dxSign: 1, proofStep: 0, lowerPane: 'table', z: 'u', u: 'x', v: 'y', point: [0, 0], differentialStep: 0, multiPane: 'sums' };
    expect(chainSchema.safeParse(base).success).toBe(true);
    expect(chainSchema.safeParse({ ...base, formula: 'x'.repeat(5000) }).success).toBe(false);
    expect(chainSchema.safeParse({ ...base, dxExponent: -10 }).success).toBe(false);
    expect(chainSchema.safeParse({ ...base, window: [1, -1] }).success).toBe(false);
    expect(chainSchema.safeParse({ ...base, proofStep: 1.5 }).success).toBe(false);
    expect(chainSchema.safeParse({ ...base, dxSign: 0 }).success).toBe(false);
  });
});
