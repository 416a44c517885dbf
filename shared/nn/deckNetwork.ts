/** The deck's worked network (§3.4): L = ½(σ(w₁x₁ + w₂x₂) − y)², no bias. */
import type { Expr } from '../expr/ast';
import { add, call, div, mul, num, pow, sub, variable } from '../expr/ast';
import type { Network } from './network';

export interface DeckValues {
  readonly w1: number;
  readonly w2: number;
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/** Default values for the canvas: ŷ = σ(0.5·1 − 0.25·2) = σ(0) = ½, L = ⅛. */
export const DECK_DEFAULTS: DeckValues = { w1: 0.5, w2: -0.25, x1: 1, x2: 2, y: 1 };

/**
 * The deck's network as a graph with the deck's names: u₁ = w₁·x₁, u₂ = w₂·x₂, u₃ = u₁ + u₂,
 * ŷ = σ(u₃), L = ½(ŷ − y)². Features x₁, x₂; target y; parameters w₁, w₂.
 */
export function deckNetwork(values: Partial<DeckValues> = {}): Network {
  const v = { ...DECK_DEFAULTS, ...values };
  return {
    graph: {
      nodes: [
        { id: 'w1', op: 'param', inputs: [], name: 'w₁', value: v.w1 },
        { id: 'x1', op: 'input', inputs: [], name: 'x₁', value: v.x1 },
        { id: 'w2', op: 'param', inputs: [], name: 'w₂', value: v.w2 },
        { id: 'x2', op: 'input', inputs: [], name: 'x₂', value: v.x2 },
        { id: 'u1', op: 'mul', inputs: ['w1', 'x1'], name: 'u₁' },
        { id: 'u2', op: 'mul', inputs: ['w2', 'x2'], name: 'u₂' },
        { id: 'u3', op: 'add', inputs: ['u1', 'u2'], name: 'u₃' },
        { id: 'yhat', op: 'sigmoid', inputs: ['u3'], name: 'ŷ' },
        { id: 'y', op: 'input', inputs: [], name: 'y', value: v.y },
        { id: 'L', op: 'halfSquaredError', inputs: ['yhat', 'y'], name: 'L' },
      ],
    },
    featureIds: ['x1', 'x2'],
    targetId: 'y',
    paramIds: ['w1', 'w2'],
    predictionId: 'yhat',
    lossId: 'L',
  };
}

/** The same loss as a formula in w1, w2, x1, x2, y: 1/2·(sigmoid(w1·x1 + w2·x2) − y)². */
export function deckNetworkExpr(): Expr {
  const [w1, w2, x1, x2, y] = ['w1', 'w2', 'x1', 'x2', 'y'].map(variable) as [Expr, Expr, Expr, Expr, Expr];
  return mul(div(num(1), num(2)), pow(sub(call('sigmoid', add(mul(w1, x1), mul(w2, x2))), y), num(2)));
}
