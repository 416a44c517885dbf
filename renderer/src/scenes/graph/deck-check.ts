/**
 * The deck's closed forms for its worked network, checked against the backward pass:
 * ∂L/∂w₁ = (ŷ − y)·ŷ(1 − ŷ)·x₁ and ∂L/∂w₂ = (ŷ − y)·ŷ(1 − ŷ)·x₂. They hold only while the graph
 * still is that network, so the check first confirms its structure.
 */
import type { Graph } from '$shared/autodiff/graph';
import { getNode } from '$shared/autodiff/graph';

const DECK_SHAPE: Readonly<Record<string, { op: string; inputs: readonly string[] }>> = {
  u1: { op: 'mul', inputs: ['w1', 'x1'] },
  u2: { op: 'mul', inputs: ['w2', 'x2'] },
  u3: { op: 'add', inputs: ['u1', 'u2'] },
  yhat: { op: 'sigmoid', inputs: ['u3'] },
  L: { op: 'halfSquaredError', inputs: ['yhat', 'y'] },
};

export interface DeckClosedForm {
  readonly yhat: number;
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  /** (ŷ − y)·ŷ(1 − ŷ)·x₁ */
  readonly dw1: number;
  /** (ŷ − y)·ŷ(1 − ŷ)·x₂ */
  readonly dw2: number;
}

/** Whether `graph` is the deck's network (same ids, ops and wiring; values may differ). */
export function isDeckNetwork(graph: Graph): boolean {
  const leaf = (id: string, op: string): boolean => getNode(graph, id)?.op === op;
  if (!leaf('w1', 'param') || !leaf('w2', 'param') || !leaf('x1', 'input') || !leaf('x2', 'input') || !leaf('y', 'input')) return false;
  return Object.entries(DECK_SHAPE).every(([id, s]) => {
    const n = getNode(graph, id);
    return n !== undefined && n.op === s.op && n.inputs.length === s.inputs.length && n.inputs.every((v, i) => v === s.inputs[i]);
  });
}

/**
 * The closed forms evaluated at the leaf values, with ŷ = σ(w₁x₁ + w₂x₂) computed here directly
 * (not taken from the forward pass, so the comparison is independent). Undefined if the graph
 * is not the deck's network.
 */
export function deckClosedForm(graph: Graph): DeckClosedForm | undefined {
  if (!isDeckNetwork(graph)) return undefined;
  const v = (id: string): number => getNode(graph, id)?.value ?? Number.NaN;
  const x1 = v('x1');
  const x2 = v('x2');
  const y = v('y');
  const yhat = 1 / (1 + Math.exp(-(v('w1') * x1 + v('w2') * x2)));
  const common = (yhat - y) * yhat * (1 - yhat);
  return { yhat, y, x1, x2, dw1: common * x1, dw2: common * x2 };
}
