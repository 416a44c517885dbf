/**
 * One applier for every scene whose session has `snapshot()`/`restore()` (chapters 1–3): a step is a
 * patch of the session's plain state plus, optionally, effects the scene carries out (start an
 * animation, open a surface preset). Moving on by one step restores the CURRENT snapshot with only
 * that step's patch merged in, so whatever the presenter changed meanwhile (a dragged point, a
 * typed formula, an ε) stays unless the step itself sets it. Any other move rebuilds the step from
 * a fresh session's state with every patch up to it, so a jump shows exactly what the lecture says.
 */
import type { LectureStep, LectureTarget } from './lecture-types';

/** A partial of a plain state: nested objects may be given in part; arrays and scalars whole. */
export type StatePatch<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [K in keyof T]?: StatePatch<T[K]> } : T;

export interface SnapshotAction<S, E> {
  /** The state this step sets (everything else stays as it was). */
  readonly state?: StatePatch<S>;
  /** What the scene does on showing this step (after the state is in place). */
  readonly effects?: readonly E[];
}

export interface SnapshotSession<S> {
  snapshot(): S;
  restore(s: S): void;
}

/** How a scene merges a patch into its state (default `mergeState`; a scene may replace some fields whole). */
export type Merge<S> = (base: S, patch: StatePatch<S> | undefined) => S;

export interface EffectRunner<E> {
  run(e: E): void;
  /**
   * Effects that set up something outside the session's state (a shared surface): on a rebuild,
   * the latest of these up to the step is run again. Others (animations) run only on their step.
   */
  persistent?(e: E): boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `patch` merged in: plain objects field by field, everything else replaced. */
export function mergeState<S>(base: S, patch: StatePatch<S> | undefined): S {
  if (patch === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch as S;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    out[k] = mergeState(base[k], v as StatePatch<unknown>);
  }
  return out as S;
}

/** The state step k shows when reached from the start: `base` and every patch of steps 0…k. */
export function stateAt<S, E>(base: S, steps: readonly LectureStep<SnapshotAction<S, E>>[], k: number, merge: Merge<S> = mergeState): S {
  let s = base;
  for (let i = 0; i <= k && i < steps.length; i++) s = merge(s, steps[i]!.action.state);
  return s;
}

/**
 * The lecture target of a snapshot/restore session. `base` gives the state a rebuild starts from
 * (a fresh session's), taken when needed so it never carries the presenter's changes.
 */
export function snapshotLectureTarget<S, E>(
  session: SnapshotSession<S>,
  base: () => S,
  steps: readonly LectureStep<SnapshotAction<S, E>>[],
  effects: EffectRunner<E>,
  merge: Merge<S> = mergeState,
): LectureTarget {
  return {
    show(k, from) {
      const step = steps[k];
      if (!step) return;
      if (from === k - 1) {
        if (step.action.state !== undefined) session.restore(merge(session.snapshot(), step.action.state));
        for (const e of step.action.effects ?? []) effects.run(e);
        return;
      }
      session.restore(stateAt(base(), steps, k, merge));
      const persistent = effects.persistent;
      if (persistent) {
        // The latest set-up effect at or before k, unless step k brings its own.
        let last: E | undefined;
        for (let i = 0; i < k; i++) for (const e of steps[i]!.action.effects ?? []) if (persistent(e)) last = e;
        if (last !== undefined && !(step.action.effects ?? []).some((e) => persistent(e))) effects.run(last);
      }
      for (const e of step.action.effects ?? []) effects.run(e);
    },
  };
}
