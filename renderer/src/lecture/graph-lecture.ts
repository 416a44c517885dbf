/**
 * Applies chapter 4's lecture steps (steps/graphs.ts) to the graph canvas's session. The steps are
 * cumulative (each moves the passes one step on), so showing step k from anywhere but k − 1 opens
 * the deck's network afresh and replays steps 0…k — cheap, the graph has nine nodes.
 */
import type { GraphSession } from '../scenes/graph/graph-session.svelte';
import type { LectureStep, LectureTarget } from './lecture-types';
import type { GraphLectureAction } from './steps/graphs';

function apply(session: GraphSession, a: GraphLectureAction): void {
  switch (a.kind) {
    case 'open':
      session.openTemplate('deck');
      return;
    case 'next':
      session.next();
      return;
    case 'update':
      session.train(1, 'gd');
      return;
  }
}

export function graphLectureTarget(session: GraphSession, steps: readonly LectureStep<GraphLectureAction>[]): LectureTarget {
  return {
    show(k, from) {
      if (!steps[k]) return;
      if (from === k - 1) {
        apply(session, steps[k].action);
        return;
      }
      session.openTemplate('deck');
      for (let i = 0; i <= k; i++) apply(session, steps[i]!.action);
    },
  };
}
