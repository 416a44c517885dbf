/**
 * Applies the explorer's lecture steps (steps/descent.ts) to the app's SurfaceSession. Moving on
 * by one step applies only that step's change, so what the presenter did meanwhile (an orbit, a
 * dragged point) stays; any other move rebuilds the step from the lecture's base state.
 */
import { defaultWalkerConfig, type WalkerConfig } from '../scenes/surface/explorer/walker-model';
import type { SurfaceSession, SurfaceState } from '../scenes/surface/surface-session.svelte';
import type { LectureStep, LectureTarget } from './lecture-types';
import type { LectureWalker, SurfaceLectureAction } from './steps/descent';

function walkerConfig(w: LectureWalker): WalkerConfig {
  const c = defaultWalkerConfig(w.optimizer);
  return { ...c, optimizer: { ...c.optimizer, lr: w.lr } };
}

function aimAngle(fx: number, fy: number, aim: NonNullable<SurfaceLectureAction['aim']>): number | null {
  if (!Number.isFinite(fx) || !Number.isFinite(fy) || (fx === 0 && fy === 0)) return null;
  const up = Math.atan2(fy, fx);
  const theta = aim === 'gradient' ? up : aim === 'against' ? up + Math.PI : up + Math.PI / 2;
  // The dial reads θ in [0, 2π).
  return ((theta % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
}

function applyAction(session: SurfaceSession, a: SurfaceLectureAction, rebuild: SurfaceState | null): void {
  if (rebuild) session.restore(rebuild);
  else if (a.state) session.restore({ ...session.snapshot(), ...a.state });
  if (a.aim) {
    const p = session.point;
    const t = p ? aimAngle(p.fx, p.fy, a.aim) : null;
    if (t !== null) session.theta = t;
  }
  if (a.walkers) {
    session.walkers.clear();
    for (const w of a.walkers) session.walkers.add(w.start, walkerConfig(w));
  }
  if (a.play !== undefined && session.walkers.playing !== (a.play && session.walkers.walkers.length > 0)) session.walkers.togglePlay();
}

/** The lecture target of the explorer over `steps`, starting from `base`. */
export function surfaceLectureTarget(session: SurfaceSession, base: SurfaceState, steps: readonly LectureStep<SurfaceLectureAction>[]): LectureTarget {
  return {
    show(k, from) {
      const step = steps[k];
      if (!step) return;
      if (from === k - 1) {
        applyAction(session, step.action, null);
        return;
      }
      // Rebuild: the base with every state patch up to k, then the latest aim and walkers.
      let state: SurfaceState = base;
      let aim: SurfaceLectureAction['aim'];
      let walkers: SurfaceLectureAction['walkers'] = [];
      let play = false;
      for (let i = 0; i <= k; i++) {
        const a = steps[i]!.action;
        if (a.state) state = { ...state, ...a.state };
        if (a.state?.tab !== undefined || a.state?.point !== undefined || a.state?.presetId !== undefined) aim = undefined;
        if (a.aim) aim = a.aim;
        if (a.walkers) walkers = a.walkers;
        if (a.play !== undefined) play = a.play;
        if (a.state?.presetId !== undefined && !a.walkers) walkers = [];
      }
      applyAction(session, { ...(aim ? { aim } : {}), walkers, play }, state);
    },
  };
}
