/**
 * The animation's per-node state on a canvas card — value, gradient, highlight and the NaN/∞
 * note — read by each card from the run view itself, not through xyflow's node data.
 *
 * Why (issue 11): every change of xyflow's node list costs a pass over ALL nodes (xyflow adopts
 * the list, recomputes what is visible and lays out edges, and each MiniMap node re-derives), so
 * a forward step on a 200-node graph cost as much as rebuilding it. With the run outside the
 * node data, a step changes no xyflow node: only the cards whose value or highlight changed
 * re-render (a card's merged data keeps its identity when nothing it shows changed).
 */
import { getContext, setContext } from 'svelte';
import { own } from '$shared/dict';
import type { OpNodeData, RunFields } from './flow-mapping';
import type { RunView } from './run-model';

export type { RunFields } from './flow-mapping';

/** What the cards read: the run view now (a getter over the session's `$derived`). */
export interface CardRun {
  readonly view: RunView;
}

/** `view`'s run fields for node `id`. */
export function runFields(view: RunView, id: string): RunFields {
  return {
    value: own(view.values, id),
    grad: own(view.grads, id),
    active: view.active.includes(id),
    explanation: own(view.explanations, id),
  };
}

/**
 * A card's merge of its xyflow data with the run: `data` with the run fields from `view`. It
 * returns the previous result itself while neither `data` nor those four fields changed, so a
 * `$derived` over it wakes nothing in a card the step did not touch.
 */
export function runMerger(): (data: OpNodeData, id: string, view: RunView) => OpNodeData {
  let base: OpNodeData | undefined;
  let last: OpNodeData | undefined;
  return (data, id, view) => {
    const r = runFields(view, id);
    if (last !== undefined && base === data && Object.is(last.value, r.value) && Object.is(last.grad, r.grad) &&
      last.active === r.active && last.explanation === r.explanation) return last;
    base = data;
    last = { ...data, ...r };
    return last;
  };
}

const KEY = Symbol('graph-card-run');

/** Called by the canvas: its cards read the run from `run` (context, since xyflow renders the cards). */
export function provideCardRun(run: CardRun): void {
  setContext(KEY, run);
}

/** The run the canvas provides, or undefined outside one (the card then shows its data as given). */
export function useCardRun(): CardRun | undefined {
  return getContext<CardRun | undefined>(KEY);
}
