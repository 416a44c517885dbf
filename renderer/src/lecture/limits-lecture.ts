/**
 * Applies chapter 1's lecture steps (steps/limits.ts) to the limits scene's session, through the
 * shared snapshot/restore applier. The plot window is replaced whole (an example's view with a
 * y range must not keep the previous one's), and 'walk' starts the walkers from the edges.
 */
import type { PlotView } from '../plot1d/plot-types';
import { LimitsSession, type LimitsState } from '../scenes/limits/limits-session.svelte';
import { WALK_START } from '../scenes/limits/walkers';
import type { LectureTarget } from './lecture-types';
import { mergeState, snapshotLectureTarget, type StatePatch } from './snapshot-lecture';
import { LIMITS_LECTURE, type LimitsEffect } from './steps/limits';

function mergeLimits(base: LimitsState, patch: StatePatch<LimitsState> | undefined): LimitsState {
  const merged = mergeState<LimitsState>(base, patch);
  return patch?.view ? { ...merged, view: { ...(patch.view as PlotView) } } : merged;
}

function run(session: LimitsSession, e: LimitsEffect): void {
  switch (e) {
    case 'walk':
      session.setProgress(WALK_START);
      session.play();
      return;
  }
}

export function limitsLectureTarget(session: LimitsSession, steps = LIMITS_LECTURE.steps): LectureTarget {
  return snapshotLectureTarget(session, () => new LimitsSession().snapshot(), steps, { run: (e) => run(session, e) }, mergeLimits);
}
