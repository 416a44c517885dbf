/**
 * Test fixtures (not shipped): small graphs written node by node, independent of `fromExpr`, so
 * that the sweeps can be checked against values computed by hand.
 */
import type { Graph } from './graph';

/**
 * The deck's network (§3.4): u₁ = w₁x₁, u₂ = w₂x₂, u₃ = u₁ + u₂, ŷ = σ(u₃), L = ½(ŷ − y)², at
 * w₁ = 0.5, x₁ = 1, w₂ = −0.25, x₂ = 2, y = 1, where u₃ = 0, ŷ = ½ and L = ⅛.
 */
export const deckGraph: Graph = {
  nodes: [
    { id: 'w1', op: 'param', inputs: [], name: 'w₁', value: 0.5 },
    { id: 'x1', op: 'input', inputs: [], name: 'x₁', value: 1 },
    { id: 'w2', op: 'param', inputs: [], name: 'w₂', value: -0.25 },
    { id: 'x2', op: 'input', inputs: [], name: 'x₂', value: 2 },
    { id: 'y', op: 'input', inputs: [], name: 'y', value: 1 },
    { id: 'u1', op: 'mul', inputs: ['w1', 'x1'], name: 'u₁' },
    { id: 'u2', op: 'mul', inputs: ['w2', 'x2'], name: 'u₂' },
    { id: 'u3', op: 'add', inputs: ['u1', 'u2'], name: 'u₃' },
    { id: 'yhat', op: 'sigmoid', inputs: ['u3'], name: 'ŷ' },
    { id: 'L', op: 'halfSquaredError', inputs: ['yhat', 'y'], name: 'L' },
  ],
};

/**
 * f = x·y + sin(x) with x used twice (its gradient is the sum of two paths):
 * ∂f/∂x = y + cos x, ∂f/∂y = x.
 */
export const branchGraph: Graph = {
  nodes: [
    { id: 'x', op: 'input', inputs: [], name: 'x', value: 0.7 },
    { id: 'y', op: 'input', inputs: [], name: 'y', value: -1.3 },
    { id: 'p', op: 'mul', inputs: ['x', 'y'], name: 'u₁' },
    { id: 's', op: 'sin', inputs: ['x'], name: 'u₂' },
    { id: 'f', op: 'add', inputs: ['p', 's'], name: 'f' },
  ],
};
