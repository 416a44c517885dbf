/**
 * Applies chapter 2's lecture steps (steps/derivatives.ts) to the derivatives scene's session,
 * through the shared snapshot/restore applier: 'play' animates h → 0 in a section, 'surface' opens
 * one of the explorer's presets on the app's shared surface (the partials section's 3D mountain).
 */
import { DerivativesSession } from '../scenes/derivatives/derivatives-session.svelte';
import { SURFACE_PRESETS } from '../scenes/surface/presets';
import type { LectureTarget } from './lecture-types';
import { snapshotLectureTarget } from './snapshot-lecture';
import { DERIVATIVES_LECTURE, type DerivativesEffect } from './steps/derivatives';

function run(session: DerivativesSession, e: DerivativesEffect): void {
  switch (e.kind) {
    case 'play':
      session.play(e.which);
      return;
    case 'surface': {
      const p = SURFACE_PRESETS.find((q) => q.id === e.presetId);
      if (p && session.surface) session.surface.applyPreset(p);
      return;
    }
  }
}

export function derivativesLectureTarget(session: DerivativesSession, steps = DERIVATIVES_LECTURE.steps): LectureTarget {
  return snapshotLectureTarget(session, () => new DerivativesSession().snapshot(), steps, {
    run: (e) => run(session, e),
    persistent: (e) => e.kind === 'surface',
  });
}
