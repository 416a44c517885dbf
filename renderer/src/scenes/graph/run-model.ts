/**
 * The forward/backward animation as pure data: one analysis of the graph (validation, forward
 * trace, backward trace from the output), a cursor that walks through it, and the view at a
 * cursor — which values and gradients are known yet, which node is lit, what each edge's local
 * derivative is, and the running sum where a value feeds several nodes.
 */
import type { BackwardStep, BackwardTrace } from '$shared/autodiff/backward';
import { backwardTrace } from '$shared/autodiff/backward';
import type { GraphError } from '$shared/autodiff/errors';
import type { ForwardStep, ForwardTrace } from '$shared/autodiff/forward';
import { forwardTrace } from '$shared/autodiff/forward';
import type { Graph } from '$shared/autodiff/graph';
import { isLeafOp, nodeMap } from '$shared/autodiff/graph';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { edgeId } from './edge-id';
import { dict } from '$shared/dict';

const LOSS_OPS: ReadonlySet<string> = new Set(['halfSquaredError', 'bce', 'bceWithLogits']);

/**
 * The node the backward pass differentiates: a node nothing reads (a sink), preferring a loss op,
 * then one named "L", then the last sink in graph order. Undefined for an empty graph.
 */
export function chooseOutput(graph: Graph): string | undefined {
  const read = new Set(graph.nodes.flatMap((n) => n.inputs));
  const sinks = graph.nodes.filter((n) => !read.has(n.id) && !isLeafOp(n.op));
  const pick = sinks.find((n) => LOSS_OPS.has(n.op)) ?? sinks.find((n) => n.name === 'L') ?? sinks[sinks.length - 1];
  return pick?.id;
}

export interface Analysis {
  readonly outputId: string | undefined;
  /** Structural problems that stop the pass (empty when it can run). */
  readonly blocked: readonly GraphError[];
  readonly forward: ForwardTrace | undefined;
  /** Operation steps only (leaves have their values from the start). */
  readonly forwardSteps: readonly ForwardStep[];
  readonly backward: BackwardTrace | undefined;
}

/** Validates and runs both sweeps once; every animation frame then only reads this. */
export function analyse(graph: Graph): Analysis {
  const outputId = chooseOutput(graph);
  const fwd = forwardTrace(graph);
  if (!fwd.ok) return { outputId, blocked: fwd.error, forward: undefined, forwardSteps: [], backward: undefined };
  const byId = nodeMap(graph);
  const forwardSteps = fwd.value.steps.filter((s) => !isLeafOp(byId.get(s.nodeId)?.op ?? 'input'));
  const bwd = outputId === undefined ? undefined : backwardTrace(graph, outputId, fwd.value);
  return { outputId, blocked: [], forward: fwd.value, forwardSteps, backward: bwd?.ok ? bwd.value : undefined };
}

/** Where the animation is: before anything, after k forward op steps, or after k backward steps. */
export type Cursor =
  | { readonly phase: 'idle' }
  | { readonly phase: 'forward'; readonly k: number }
  | { readonly phase: 'backward'; readonly k: number };

export const IDLE: Cursor = { phase: 'idle' };

/** The last cursor: forward done and, if there is an output, backward done. */
export function endCursor(a: Analysis): Cursor {
  if (a.forward === undefined) return IDLE;
  if (a.backward === undefined) return { phase: 'forward', k: a.forwardSteps.length };
  return { phase: 'backward', k: a.backward.steps.length };
}

export function isAtEnd(a: Analysis, c: Cursor): boolean {
  const e = endCursor(a);
  if (e.phase === 'idle' || c.phase === 'idle') return e.phase === c.phase;
  return e.phase === c.phase && e.k === c.k;
}

/** One forward step (idle → first op …), never past the end of the forward pass. */
export function stepForward(a: Analysis, c: Cursor): Cursor {
  if (a.forward === undefined) return c;
  if (c.phase === 'idle') return { phase: 'forward', k: Math.min(1, a.forwardSteps.length) };
  if (c.phase === 'forward') return { phase: 'forward', k: Math.min(c.k + 1, a.forwardSteps.length) };
  return c;
}

/** One backward step; finishes the forward pass first (gradients need the values). */
export function stepBackward(a: Analysis, c: Cursor): Cursor {
  if (a.forward === undefined || a.backward === undefined) return c;
  if (c.phase !== 'backward') return { phase: 'backward', k: 0 };
  return { phase: 'backward', k: Math.min(c.k + 1, a.backward.steps.length) };
}

/** The next step of "play": forward to the end, then backward to the end. */
export function stepAny(a: Analysis, c: Cursor): Cursor {
  if (a.forward === undefined) return c;
  const fwdDone = c.phase === 'backward' || (c.phase === 'forward' && c.k >= a.forwardSteps.length);
  return fwdDone ? stepBackward(a, c) : stepForward(a, c);
}

/** Running sum of the gradient arriving at one node, for "contributions add up" at branches. */
export interface RunningSum {
  readonly targetId: string;
  /** Contributions so far, in order, including the current one. */
  readonly terms: readonly number[];
  /** How many contributions will arrive in total (its number of consumers on paths to the output). */
  readonly expected: number;
}

export interface RunView {
  readonly values: Readonly<Record<string, number>>;
  readonly grads: Readonly<Record<string, number>>;
  /** Nodes lit at this step (the node just computed, or the node passing gradient and its target). */
  readonly active: readonly string[];
  /** Local derivative shown on each edge already traversed backward, keyed by edge id. */
  readonly edgeLocals: Readonly<Record<string, number>>;
  /** The edge of the current backward step. */
  readonly activeEdge: string | undefined;
  readonly forwardStep: ForwardStep | undefined;
  readonly backwardStep: BackwardStep | undefined;
  readonly runningSum: RunningSum | undefined;
  /** Why a node's value is NaN/±∞, at every non-finite node computed so far. */
  readonly explanations: Readonly<Record<string, LocalizedText>>;
}

/** The view at `cursor` of graph `graph` analysed as `a`. */
export function viewAt(graph: Graph, a: Analysis, cursor: Cursor): RunView {
  const values = dict<number>();
  const grads = dict<number>();
  const edgeLocals = dict<number>();
  for (const n of graph.nodes) if (isLeafOp(n.op) && n.value !== undefined) values[n.id] = n.value;
  const empty: RunView = {
    values, grads, active: [], edgeLocals, activeEdge: undefined, forwardStep: undefined, backwardStep: undefined,
    runningSum: undefined, explanations: {},
  };
  if (a.forward === undefined || cursor.phase === 'idle') return empty;
  const fk = cursor.phase === 'forward' ? cursor.k : a.forwardSteps.length;
  for (let i = 0; i < fk; i++) {
    const s = a.forwardSteps[i];
    if (s !== undefined) values[s.nodeId] = s.value;
  }
  const explanations = explain(graph, a, values);
  if (cursor.phase === 'forward') {
    const s = fk > 0 ? a.forwardSteps[fk - 1] : undefined;
    return { ...empty, explanations, active: s ? [s.nodeId] : [], forwardStep: s };
  }
  const b = a.backward;
  if (b === undefined) return { ...empty, explanations };
  grads[b.outputId] = 1;
  for (let i = 0; i < cursor.k; i++) {
    const s = b.steps[i];
    if (s === undefined) continue;
    grads[s.targetId] = s.accumulated;
    edgeLocals[edgeId(s.targetId, s.nodeId, s.inputIndex)] = s.local;
  }
  const s = cursor.k > 0 ? b.steps[cursor.k - 1] : undefined;
  let runningSum: RunningSum | undefined;
  if (s !== undefined) {
    const terms = b.steps.slice(0, cursor.k).filter((t) => t.targetId === s.targetId).map((t) => t.contribution);
    const expected = b.steps.filter((t) => t.targetId === s.targetId).length;
    runningSum = { targetId: s.targetId, terms, expected };
  }
  return {
    values, grads, edgeLocals, explanations, forwardStep: undefined, backwardStep: s, runningSum,
    active: s ? [s.nodeId, s.targetId] : [b.outputId],
    activeEdge: s ? edgeId(s.targetId, s.nodeId, s.inputIndex) : undefined,
  };
}

/** Issue messages where a NaN/∞ starts; downstream nodes say which input passed it on. */
function explain(graph: Graph, a: Analysis, values: Readonly<Record<string, number>>): Record<string, LocalizedText> {
  const out = dict<LocalizedText>();
  const byId = nodeMap(graph);
  for (const issue of a.forward?.issues ?? []) if (issue.nodeId in values) out[issue.nodeId] = issue.message;
  for (const id of a.forward?.order ?? []) {
    const v = values[id];
    if (v === undefined || Number.isFinite(v) || out[id] !== undefined) continue;
    const node = byId.get(id);
    const from = node?.inputs.map((i) => byId.get(i)).find((n) => n !== undefined && !Number.isFinite(values[n.id] ?? 0));
    if (node && from) {
      out[id] = text(
        `${node.name} is not a finite number because its input ${from.name} is not.`,
        `${node.name} 不是有限数，因为它的输入 ${from.name} 不是有限数。`,
      );
    }
  }
  return out;
}
