/**
 * The shared graph and the animation view as xyflow nodes and edges. Pure, and it reuses the
 * previous node/edge object whenever nothing visible changed, so a step of the animation on a
 * 200-node graph only re-renders the few nodes it touches.
 */
import { Position, type Edge, type Node } from '@xyflow/svelte';
import type { GraphError } from '$shared/autodiff/errors';
import type { Graph, GraphNode } from '$shared/autodiff/graph';
import { isLeafOp } from '$shared/autodiff/graph';
import type { NodeOp } from '$shared/autodiff/ops';
import { opSpec } from '$shared/autodiff/ops';
import type { LocalizedText } from '$shared/text';
import { edgeId } from './edge-id';
import type { XY } from './graph-doc';
import type { RunView } from './run-model';
import { BUNDLE_HANDLE, OPEN_SLOT, isBundled, isVariadic, slotCount, slotHandle } from './slots';
import { dict, own } from '$shared/dict';

/** One input of a bundled port, as its on-demand list shows it. */
export interface BundleInput {
  readonly id: string;
  readonly name: string;
  readonly value: number | undefined;
  /** The local derivative ∂(node)/∂(input) once the backward pass has crossed this edge. */
  readonly local: number | undefined;
}

/** A wide node's inputs drawn as one port (slots.ts, BUNDLE_ABOVE). */
export interface BundleInfo {
  readonly count: number;
  readonly inputs: readonly BundleInput[];
  /** The slot of the free handle that adds one more term (variadic ops), else undefined. */
  readonly spareSlot: number | undefined;
}

/** What the edge component of a bundle draws: a fan from every source into the one port. */
export interface BundleEdgeData extends Record<string, unknown> {
  readonly sources: readonly string[];
  readonly count: number;
}

/** What the custom node component draws. */
export type OpNodeData = {
  readonly name: string;
  readonly op: NodeOp;
  /** Short op label: "×", "σ", "½(·−·)²"; leaves: "input", "param", "const". */
  readonly symbol: string;
  readonly role: 'input' | 'param' | 'const' | 'op' | 'loss';
  readonly value: number | undefined;
  readonly grad: number | undefined;
  /** Number of input handles. */
  readonly slots: number;
  /** Which slots are connected. */
  readonly connected: readonly boolean[];
  /** Whether the last slot is an optional extra term (Σ), not a missing input. */
  readonly variadic: boolean;
  /** Why the pass cannot run at this node (missing input, …). */
  readonly blocked: LocalizedText | undefined;
  /** Why the value is NaN/∞. */
  readonly explanation: LocalizedText | undefined;
  readonly active: boolean;
  readonly isOutput: boolean;
  /** Set when the inputs are drawn as one bundled port. */
  readonly bundle: BundleInfo | undefined;
};

export type OpFlowNode = Node<OpNodeData, 'op'>;

/** The fields of a card that the animation changes from step to step (card-run.ts). */
export type RunFields = Pick<OpNodeData, 'value' | 'grad' | 'active' | 'explanation'>;

/** A card's run when the card reads it itself (`runOnCards`): nothing in the data. */
const NO_RUN: RunFields = { value: undefined, grad: undefined, active: false, explanation: undefined };

const LOSS: ReadonlySet<string> = new Set(['halfSquaredError', 'bce', 'bceWithLogits']);

function roleOf(op: NodeOp): OpNodeData['role'] {
  if (op === 'input' || op === 'param' || op === 'const') return op;
  return LOSS.has(op) ? 'loss' : 'op';
}

/** Per-node messages from the structural errors (a cycle marks every node on it). */
export function blockedByNode(errors: readonly GraphError[]): Record<string, LocalizedText> {
  const out = dict<LocalizedText>();
  for (const e of errors) {
    if (e.kind === 'cycle') for (const id of e.nodeIds) out[id] ??= e.message;
    else if ('nodeId' in e) out[e.nodeId] ??= e.message;
  }
  return out;
}

const sameData = (a: OpNodeData, b: OpNodeData): boolean =>
  a.name === b.name && a.op === b.op && a.symbol === b.symbol && a.role === b.role &&
  Object.is(a.value, b.value) && Object.is(a.grad, b.grad) && a.slots === b.slots &&
  a.connected.length === b.connected.length && a.connected.every((c, i) => c === b.connected[i]) &&
  a.variadic === b.variadic && a.blocked === b.blocked && a.explanation === b.explanation && a.active === b.active && a.isOutput === b.isOutput &&
  sameBundle(a.bundle, b.bundle);

function sameBundle(a: BundleInfo | undefined, b: BundleInfo | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.count === b.count && a.spareSlot === b.spareSlot && a.inputs.length === b.inputs.length &&
    a.inputs.every((x, i) => {
      const y = b.inputs[i];
      return y !== undefined && x.id === y.id && x.name === y.name && Object.is(x.value, y.value) && Object.is(x.local, y.local);
    });
}

/** The bundled port's list: every connected input with its value and local derivative. */
function bundleOf(n: GraphNode, names: ReadonlyMap<string, string>, view: RunView): BundleInfo {
  const inputs: BundleInput[] = [];
  n.inputs.forEach((src, slot) => {
    if (src === OPEN_SLOT) return;
    inputs.push({ id: src, name: names.get(src) ?? src, value: own(view.values, src), local: own(view.edgeLocals, edgeId(src, n.id, slot)) });
  });
  return { count: inputs.length, inputs, spareSlot: isVariadic(n) ? inputs.length : undefined };
}

/** The xyflow nodes for the graph, reusing unchanged objects from `previous`. */
export function toFlowNodes(
  graph: Graph,
  positions: Readonly<Record<string, XY>>,
  view: RunView,
  blocked: Readonly<Record<string, LocalizedText>>,
  outputId: string | undefined,
  previous: readonly OpFlowNode[],
  /**
   * For large graphs: give every node its size and handle positions up front. xyflow otherwise
   * renders every node once just to measure its handles, even with culling on (a 5,000-node file
   * took seconds without a frame); with them it renders only what is on screen, and a node is
   * measured for real when it first appears.
   */
  estimateGeometry = false,
  /**
   * The canvas: leave the run (value, gradient, highlight, NaN note) out of every card's data —
   * the cards read it from the run view themselves (card-run.ts), so an animation step returns
   * the same list and xyflow does no work at all. A bundled card keeps its run in the data (its
   * input list shows values and local derivatives).
   */
  runOnCards = false,
): OpFlowNode[] {
  const prev = new Map(previous.map((n) => [n.id, n]));
  const active = new Set(view.active);
  let names: Map<string, string> | undefined;
  const out = graph.nodes.map((n): OpFlowNode => {
    const position = own(positions, n.id) ?? { x: 0, y: 0 };
    const old = prev.get(n.id);
    const run: RunFields = runOnCards && !isBundled(n) ? NO_RUN
      : { value: own(view.values, n.id), grad: own(view.grads, n.id), active: active.has(n.id), explanation: own(view.explanations, n.id) };
    // The common case of an animation step: the graph node is the very object this card was made
    // from, so only what the run view and the position say can differ — compared without building
    // anything (a bundle lists its inputs' values, so it always takes the full comparison).
    if (old && !isBundled(n) && madeFrom.get(old.data) === n && old.position.x === position.x && old.position.y === position.y) {
      const d = old.data;
      if (Object.is(d.value, run.value) && Object.is(d.grad, run.grad) && d.active === run.active &&
        d.blocked === own(blocked, n.id) && d.explanation === run.explanation && d.isOutput === (n.id === outputId)) {
        return old;
      }
    }
    const slots = slotCount(n);
    let bundle: BundleInfo | undefined;
    if (isBundled(n)) {
      names ??= new Map(graph.nodes.map((m) => [m.id, m.name]));
      bundle = bundleOf(n, names, view);
    }
    const data: OpNodeData = {
      name: n.name,
      op: n.op,
      symbol: isLeafOp(n.op) ? n.op : (opSpec(n.op)?.symbol ?? n.op),
      role: roleOf(n.op),
      value: run.value,
      grad: run.grad,
      slots,
      // A bundled port has no per-slot handles to colour.
      connected: bundle ? [] : Array.from({ length: slots }, (_, i) => (n.inputs[i] ?? OPEN_SLOT) !== OPEN_SLOT),
      variadic: isVariadic(n),
      blocked: own(blocked, n.id),
      explanation: run.explanation,
      active: run.active,
      isOutput: n.id === outputId,
      bundle,
    };
    if (old && old.position.x === position.x && old.position.y === position.y && sameData(old.data, data)) {
      madeFrom.set(old.data, n);
      return old;
    }
    madeFrom.set(data, n);
    return {
      id: n.id,
      type: 'op',
      position,
      data,
      ...(old?.selected ? { selected: true } : {}),
      ...(estimateGeometry ? estimatedGeometry(slots, bundle) : {}),
    };
  });
  // Nothing changed: the same array, so xyflow's per-update pass over its node list is skipped too.
  return out.length === previous.length && out.every((n, i) => n === previous[i]) ? (previous as OpFlowNode[]) : out;
}

/**
 * The graph node each card's data was last built from or checked against. Graph nodes are
 * immutable and replaced on edit (graph-edits.ts), so the same object means the same name, op
 * and inputs; a card carries its data object through xyflow's copies of the node.
 */
const madeFrom = new WeakMap<OpNodeData, GraphNode>();

/** The id of the one edge that draws a bundled port's fan. */
export const bundleEdgeId = (target: string): string => `bundle:${target}`;

/**
 * The xyflow edges (one per connected input slot), labelled with local derivatives when known.
 * A bundled node (slots.ts) gets ONE edge instead, drawn as a fan from all its sources by
 * BundleEdge; it is not selectable (inputs are disconnected from the node's list, not by edge).
 */
export function toFlowEdges(graph: Graph, view: RunView, format: (x: number) => string, previous: readonly Edge[]): Edge[] {
  const prev = new Map(previous.map((e) => [e.id, e]));
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: Edge[] = [];
  for (const n of graph.nodes) {
    if (isBundled(n)) {
      edges.push(bundleEdge(n, ids, view, format, prev));
      continue;
    }
    n.inputs.forEach((src, slot) => {
      if (src === OPEN_SLOT || !ids.has(src)) return;
      const id = edgeId(src, n.id, slot);
      const local = own(view.edgeLocals, id);
      const label = local === undefined ? undefined : `∂ ${format(local)}`;
      const active = view.activeEdge === id;
      const cls = active ? 'gl-edge active' : local !== undefined ? 'gl-edge traversed' : 'gl-edge';
      const old = prev.get(id);
      if (old && old.label === label && old.class === cls) {
        edges.push(old);
        return;
      }
      edges.push({
        id, source: src, target: n.id, sourceHandle: 'out', targetHandle: slotHandle(slot), class: cls, animated: active,
        ...(label === undefined ? {} : { label }),
        ...(old?.selected ? { selected: true } : {}),
      });
    });
  }
  // Nothing changed (every forward step): the same array, so xyflow rebuilds no connection lookup.
  return edges.length === previous.length && edges.every((e, i) => e === previous[i]) ? (previous as Edge[]) : edges;
}

function bundleEdge(n: GraphNode, ids: ReadonlySet<string>, view: RunView, format: (x: number) => string, prev: ReadonlyMap<string, Edge>): Edge {
  const sources: string[] = [];
  let activeLocal: number | undefined;
  let active = false;
  let traversed = false;
  n.inputs.forEach((src, slot) => {
    if (src === OPEN_SLOT || !ids.has(src)) return;
    sources.push(src);
    const eid = edgeId(src, n.id, slot);
    const local = own(view.edgeLocals, eid);
    if (local !== undefined) traversed = true;
    if (view.activeEdge === eid) {
      active = true;
      activeLocal = local;
    }
  });
  const id = bundleEdgeId(n.id);
  const label = activeLocal === undefined ? undefined : `∂ ${format(activeLocal)}`;
  const cls = active ? 'gl-edge gl-bundle active' : traversed ? 'gl-edge gl-bundle traversed' : 'gl-edge gl-bundle';
  const old = prev.get(id);
  const data = old?.data as BundleEdgeData | undefined;
  if (old && old.label === label && old.class === cls && data && data.sources.length === sources.length && data.sources.every((s, i) => s === sources[i])) return old;
  return {
    id, source: sources[0] ?? n.id, target: n.id, sourceHandle: 'out', targetHandle: BUNDLE_HANDLE, type: 'bundle', class: cls,
    selectable: false, deletable: false, focusable: false,
    data: { sources, count: sources.length } satisfies BundleEdgeData,
    ...(label === undefined ? {} : { label }),
  };
}

/** Card size used by the automatic layout (layout.ts defaults). */
export const CARD = { width: 136, height: 96 };

/** Size and handles of a node card before it is measured: output on the right, inputs down the left. */
function estimatedGeometry(slots: number, bundle: BundleInfo | undefined): Pick<OpFlowNode, 'initialWidth' | 'initialHeight' | 'handles'> {
  const handles: NonNullable<OpFlowNode['handles']> = [{ id: 'out', type: 'source', position: Position.Right, x: CARD.width - 4, y: CARD.height / 2 - 4, width: 8, height: 8 }];
  if (bundle) {
    handles.push({ id: BUNDLE_HANDLE, type: 'target', position: Position.Left, x: -4, y: CARD.height / 2 - 4, width: 8, height: 8 });
    if (bundle.spareSlot !== undefined) handles.push({ id: slotHandle(bundle.spareSlot), type: 'target', position: Position.Left, x: -4, y: CARD.height - 12, width: 8, height: 8 });
    return { initialWidth: CARD.width, initialHeight: CARD.height, handles };
  }
  for (let i = 0; i < slots; i++) {
    handles.push({ id: slotHandle(i), type: 'target', position: Position.Left, x: -4, y: ((i + 1) * CARD.height) / (slots + 1) - 4, width: 8, height: 8 });
  }
  return { initialWidth: CARD.width, initialHeight: CARD.height, handles };
}
