/**
 * Applies chapter 3's lecture steps (steps/chain.ts) to the chain-rule scene's session, through the
 * shared snapshot/restore applier; 'sweep' runs Δx from 10⁰ down to 10⁻⁹.
 */
import { ChainSession } from '../scenes/chain/chain-session.svelte';
import type { LectureTarget } from './lecture-types';
import { snapshotLectureTarget } from './snapshot-lecture';
import { CHAIN_LECTURE, type ChainEffect } from './steps/chain';

function run(session: ChainSession, e: ChainEffect): void {
  switch (e) {
    case 'sweep':
      session.sweep();
      return;
  }
}

export function chainLectureTarget(session: ChainSession, steps = CHAIN_LECTURE.steps): LectureTarget {
  return snapshotLectureTarget(session, () => new ChainSession().snapshot(), steps, { run: (e) => run(session, e) });
}
