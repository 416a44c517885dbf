/**
 * Constants the document schemas share with the scenes, kept here (not imported from the scenes)
 * so the document system in the app's first chunk does not pull every chapter's code with it.
 * `document-constants.test.ts` checks that each equals the scene's own value.
 */

/** The chapters a document can open on (ids of `shell/chapters.ts`). */
export const CHAPTER_IDS = ['limits', 'derivatives', 'chain-rule', 'graphs', 'descent', 'summary'] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

/** Longest formula text kept (the parser itself refuses more than 500 characters; a typed draft may be longer). */
export const MAX_FORMULA_CHARS = 4000;
/** Short typed fields (a point "pi/2", a δ, a constant). */
export const MAX_FIELD_CHARS = 200;
/** Ids of presets, examples and table rows. */
export const MAX_ID_CHARS = 60;

/** Limits: ε slider range and the walkers' progress range (limits-session, walkers.ts). */
export const LIMITS_EPS = [1e-4, 100] as const;
export const LIMITS_PROGRESS = [-1, 11] as const;
/** Derivatives: h = ±10^e with e in this range (step-scale.ts); n of xⁿ (principles.ts). */
export const DERIV_H_EXP = [-16, 0] as const;
export const DERIV_POWER_N = [1, 8] as const;
/** Chain rule: Δx = ±10^e with e in this range; steps of the two derivations. */
export const CHAIN_DX_EXP = [-9, 0] as const;
export const CHAIN_PROOF_STEPS = 5;
export const CHAIN_DIFFERENTIAL_STEPS = 5;
/** Graph training (TrainPanel's inputs; training.ts MAX_STEPS_PER_RUN). */
export const GRAPH_LR = [0.0001, 100] as const;
export const GRAPH_MAX_STEPS = 5000;

export function isChapterId(id: string): id is ChapterId {
  return (CHAPTER_IDS as readonly string[]).includes(id);
}
/** Surface walkers: most walkers in a document, most steps each (walker-model's maxSteps), speeds (walker-store's SPEEDS), η slider range (walker-form). */
export const WALKER_MAX = 24;
export const WALKER_MAX_STEPS = 5000;
export const WALKER_SPEEDS = [1, 5, 10, 30, 100] as const;
export const WALKER_LOG_LR = [-4, 1] as const;
